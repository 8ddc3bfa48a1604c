"""/gratitude: one small thing a day someone was glad of, kept sealed, read back on request.

Noticing small good moments is one of the gentle ways back toward feeling (the seeds'
"savouring"). The lines are the feature's notes (bot.storage.records.Note, kind
"gratitude"): /export and /delete cover them with no code here.
"""

from __future__ import annotations

from bot.engine.actions import ActionContext, ActionResult
from bot.engine.events import Reply
from bot.engine.texts import Texts
from bot.i18n.dates import day_named
from bot.storage.records import Note
from bot.timezones import local_date

KIND = "gratitude"
SHOWN = 7  # the newest lines read back
WORDS = frozenset({"kept", "none_yet", "recent", "line"})


async def keep_gratitude(ctx: ActionContext, *, words: Texts) -> ActionResult:
    """Keep today's line (sealed) if one was written, and say how many there are."""
    line = ctx.answers.get("line")
    written = line.strip() if isinstance(line, str) else ""
    if written:
        now = ctx.clock.now()
        zone = ctx.user.timezone if ctx.user else None
        await ctx.tx.add_note(ctx.user_id, Note(KIND, now, local_date(now, zone), written))
    count = len(await ctx.tx.notes(ctx.user_id, KIND))
    replies = (Reply(words.get("kept", count=count)),) if written else ()
    return ActionResult(replies=replies, answers={"gratitude_count": count})


async def show_gratitude(ctx: ActionContext, *, words: Texts) -> ActionResult:
    """Read back the newest lines, newest first, each with its day."""
    notes = (await ctx.tx.notes(ctx.user_id, KIND))[-SHOWN:]
    if not notes:
        return ActionResult(replies=(Reply(words.get("none_yet")),))
    lines = "\n".join(
        words.get("line", date=day_named(note.local_date, "%d %b %Y", "dd MMM y"), text=note.text)
        for note in reversed(notes)
    )
    return ActionResult(replies=(Reply(words.get("recent", lines=lines)),))
