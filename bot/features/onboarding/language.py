"""/language: the languages offered (English and those shipped), and the one chosen."""

from __future__ import annotations

from dataclasses import replace

from bot.engine.actions import ActionContext, ActionResult
from bot.engine.answers import normalise
from bot.engine.events import Reply
from bot.engine.texts import Texts, speak, spoken
from bot.i18n import Catalogs
from bot.i18n.catalogs import ENGLISH
from bot.i18n.regions import language_name, language_names
from bot.storage.records import UserRecord

WORDS = frozenset({"chosen", "kept", "not_offered"})


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
    )
    return ActionResult(
        answers={
            "languages": list(catalogs.offered().values()),
            "language_unspoken": unspoken,
            "app_language": language_name(app, spoken() or ENGLISH) if unspoken else "",
        }
    )


async def choose_language(ctx: ActionContext, catalogs: Catalogs, words: Texts) -> ActionResult:
    """Keep the language chosen (by its name, or its code typed), and speak it from now on."""
    wanted = ctx.answers.get("language")
    if not isinstance(wanted, str) or not wanted.strip():
        return ActionResult(replies=(Reply(words.get("kept")),))
    offered = catalogs.offered()
    said = normalise(wanted)
    code = next(
        (
            c
            for c, name in offered.items()
            if said in {normalise(name), c.casefold()}
            or said in {normalise(other) for other in language_names(c, offered)}
        ),
        None,
    )
    if code is None:
        names = ", ".join(offered.values())
        return ActionResult(replies=(Reply(words.get("not_offered", names=names)),))
    user = ctx.user or UserRecord(ctx.user_id, created_at=ctx.clock.now())
    user = replace(user, language=code)
    await ctx.tx.save_user(user)
    speak(code)  # this answer already in the language chosen
    return ActionResult(replies=(Reply(words.get("chosen", name=offered[code])),), user=user)
