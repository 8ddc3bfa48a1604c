"""What /journal keeps: entries, their parts sealed."""

from __future__ import annotations

from typing import Any

from bot.engine.actions import ActionContext
from bot.features.feature import Kept


async def exported(ctx: ActionContext) -> list[dict[str, Any]]:
    """Return every journal entry, oldest first, ready for JSON."""
    return [
        {
            "at": e.at.isoformat(),
            "date": e.local_date.isoformat(),
            "template": e.template,
            "parts": e.parts,
        }
        for e in await ctx.tx.journal_entries(ctx.user_id)
    ]


KEPT = (Kept("journal_entries", "journal", exported, sealed=("journal",)),)
