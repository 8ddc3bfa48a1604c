"""/journal: entries saved sealed, listed by date, shown one at a time."""

from __future__ import annotations

import re

from bot.engine.actions import ActionContext, ActionResult
from bot.engine.events import Reply
from bot.engine.texts import Texts
from bot.features.journal.records import JournalEntry
from bot.i18n.dates import day_named
from bot.timezones import local_date

# Which answers of the journal flow make up an entry of each template, in order.
TEMPLATES: dict[str, tuple[str, ...]] = {
    "three_questions": ("happened", "felt", "needed"),
    "expressive": ("writing",),
    "feeling_in_body": ("feeling", "body_place", "note"),
}
LISTED = 10  # entries offered as buttons: the newest
WORDS = frozenset(
    {"entry_label", "entry_header", "entry_part", "not_found", "none_yet", "date_format"}
    | {f"template_{name}" for name in TEMPLATES}
    | {f"part_{part}" for parts in TEMPLATES.values() for part in parts}
)
_LEADING_NUMBER = re.compile(r"\s*#?(\d+)")


def label(number: int, entry: JournalEntry, words: Texts) -> str:
    """Name an entry as its button does: "3 · 21 Nov · What happened"."""
    return words.get(
        "entry_label",
        number=number,
        date=day_named(entry.local_date, words.get("date_format"), "dd MMM y"),
        template=words.get(f"template_{entry.template}"),
    )


async def save_journal_entry(ctx: ActionContext) -> ActionResult:
    """Save what was written under the chosen template (skipped parts left out)."""
    template = str(ctx.answers.get("template") or "")
    names = TEMPLATES.get(template)
    if names is None:
        raise ValueError(f"unknown journal template {template!r}")
    parts = {
        name: str(value).strip()
        for name in names
        if isinstance(value := ctx.answers.get(name), str) and value.strip()
    }
    await _keep(ctx, template, parts)
    return ActionResult()


async def save_more_writing(ctx: ActionContext) -> ActionResult:
    """Keep more writing sent on after an entry of writing, as an entry of its own."""
    writing = str(ctx.answers.get("writing") or "").strip()
    if writing:
        await _keep(ctx, "expressive", {"writing": writing})
    return ActionResult()


async def _keep(ctx: ActionContext, template: str, parts: dict[str, str]) -> None:
    """Save an entry dated now, on the person's own calendar day."""
    now = ctx.clock.now()
    timezone = ctx.user.timezone if ctx.user else None
    await ctx.tx.add_journal_entry(
        ctx.user_id, JournalEntry(now, local_date(now, timezone), template, parts)
    )


async def read_journal(ctx: ActionContext, *, words: Texts) -> ActionResult:
    """Count the entries and list the newest as buttons, newest first."""
    entries = await ctx.tx.journal_entries(ctx.user_id)
    numbered = list(enumerate(entries, start=1))[-LISTED:]
    labels = [label(number, entry, words) for number, entry in reversed(numbered)]
    return ActionResult(answers={"entry_count": len(entries), "entry_list": labels})


async def show_journal_entry(ctx: ActionContext, *, words: Texts) -> ActionResult:
    """Show the entry picked by its button or its number."""
    entries = await ctx.tx.journal_entries(ctx.user_id)
    match = _LEADING_NUMBER.match(str(ctx.answers.get("entry_pick") or ""))
    number = int(match.group(1)) if match else 0
    if not 1 <= number <= len(entries):
        return ActionResult(replies=(Reply(words.get("not_found", count=len(entries))),))
    entry = entries[number - 1]
    parts = [
        words.get("entry_part", title=words.get(f"part_{name}"), text=entry.parts[name])
        for name in TEMPLATES.get(entry.template, ())
        if entry.parts.get(name)
    ]
    text = "\n\n".join([words.get("entry_header", label=label(number, entry, words)), *parts])
    return ActionResult(replies=(Reply(text),))
