"""/language: the languages offered (English and those shipped), and the one chosen."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import replace

from bot.engine.actions import ActionContext, ActionResult
from bot.engine.events import Reply
from bot.engine.texts import Texts, speak, spoken
from bot.i18n import Catalogs
from bot.i18n.catalogs import ENGLISH
from bot.i18n.regions import language_name, language_names
from bot.storage.records import UserRecord

WORDS = frozenset({"chosen", "kept", "not_offered"})
FEW_WORDS = 4  # "en español por favor": a name asked for among more words is no request
# Words that turn a name round ("i dont speak english", "not russian", «не русский»).
NOT = frozenset({"not", "dont", "don", "no", "nao", "nicht", "kein", "не", "ни", "ne", "pas"})


async def offer_languages(ctx: ActionContext, catalogs: Catalogs) -> ActionResult:
    """Offer each language a person may choose, named in its own words; and say whether
    their app's language is one not spoken here, for someone who has chosen none yet (a
    German app: "I don't speak German yet"), so that they can be asked at once."""
    chosen = ctx.user is not None and ctx.user.language is not None
    app = ctx.language.strip()
    unspoken = (
        not chosen
        and bool(app)
        and catalogs.speaks(app) == ENGLISH
        and not app.lower().startswith(ENGLISH)
        and language_name(app, ENGLISH) not in {app, "Unknown language"}  # "und", "zz"
    )
    return ActionResult(
        answers={
            "languages": list(catalogs.offered().values()),
            "language_unspoken": unspoken,
            "app_language": language_name(app, spoken() or ENGLISH) if unspoken else "",
        }
    )


def _folded(text: str) -> str:
    """Case, accents and punctuation folded away: "Inglés" and "ingles" are one word."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[\W_]+", " ", plain).split())


def _language_in(
    wanted: str, offered: Mapping[str, str], also: Mapping[str, tuple[str, ...]]
) -> str | None:
    """Return the language asked for: by its code, a name CLDR gives it in any language
    offered or another it goes by, alone or in a few words ("english pls", "portugues"),
    never after a "not" ("i dont speak english"); None when no one language is named. (A
    number typed picks a button before this: the question's suggestions are numbered.)"""
    said = _folded(wanted)
    codes = list(offered)
    names = {
        code: {
            _folded(name)
            for name in (offered[code], *language_names(code, offered), *also.get(code, ()))
        }
        for code in codes
    }
    exact = [code for code in codes if said in names[code] or said == _folded(code)]
    if exact:
        return exact[0]
    words = said.split()
    if len(words) > FEW_WORDS or NOT & set(words):
        return None
    padded = f" {said} "  # a name among a few words; never a code ("es que...", "en")
    named = [code for code in codes if any(f" {name} " in padded for name in names[code])]
    return named[0] if len(named) == 1 else None


async def choose_language(ctx: ActionContext, catalogs: Catalogs, words: Texts) -> ActionResult:
    """Keep the language chosen (by its name, or its code typed), and speak it from now on."""
    wanted = ctx.answers.get("language")
    if not isinstance(wanted, str) or not wanted.strip():
        return ActionResult(replies=(Reply(words.get("kept")),), answers={"language_found": True})
    offered = catalogs.offered()
    code = _language_in(wanted, offered, catalogs.also_called)
    if code is None:
        names = ", ".join(offered.values())
        return ActionResult(
            replies=(Reply(words.get("not_offered", names=names)),),
            answers={"language_found": False},
        )
    user = ctx.user or UserRecord(ctx.user_id, created_at=ctx.clock.now())
    user = replace(user, language=code)
    await ctx.tx.save_user(user)
    speak(code)  # this answer already in the language chosen
    return ActionResult(
        replies=(Reply(words.get("chosen", name=offered[code])),),
        user=user,
        answers={"language_found": True},
    )
