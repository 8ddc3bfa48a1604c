"""The notes every feature may keep (bot.storage.records.Note: a gratitude line, an
activity), sealed, exported and erased here for all of them."""

from __future__ import annotations

from typing import Any

from bot.engine.actions import ActionContext
from bot.features.feature import Kept


async def exported(ctx: ActionContext) -> list[dict[str, Any]]:
    """Return every note, of every kind, ready for JSON."""
    return [
        {"kind": n.kind, "at": n.at.isoformat(), "date": n.local_date.isoformat(), "text": n.text}
        for n in await ctx.tx.notes(ctx.user_id)
    ]


KEPT = (Kept("notes", "notes", exported, sealed=("note",)),)
