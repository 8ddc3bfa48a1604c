"""What check-ins keep: one row a check-in, its note sealed."""

from __future__ import annotations

from typing import Any

from bot.engine.actions import ActionContext
from bot.features.feature import Kept


async def exported(ctx: ActionContext) -> list[dict[str, Any]]:
    """Return every check-in, oldest first, ready for JSON."""
    return [
        {
            "at": c.at.isoformat(),
            "date": c.local_date.isoformat(),
            "presence": c.presence,
            "connection": c.connection,
            "feeling": c.feeling,
            "note": c.note,
        }
        for c in await ctx.tx.checkins(ctx.user_id)
    ]


KEPT = (Kept("checkins", "checkins", exported, sealed=("checkin.note",)),)
