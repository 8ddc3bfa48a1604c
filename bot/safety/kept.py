"""What the crisis path keeps: when the screen raised a level, and which; never the text."""

from __future__ import annotations

from typing import Any

from bot.engine.actions import ActionContext
from bot.features.feature import Kept


async def exported(ctx: ActionContext) -> list[dict[str, Any]]:
    """Return each raised level and its time, ready for JSON."""
    return [
        {"at": at.isoformat(), "level": level}
        for at, level in await ctx.tx.safety_events(ctx.user_id)
    ]


KEPT = (Kept("safety_events", "safety_events", exported),)
