"""What /steps keeps: the small steps someone asked to be reminded of, and when (a safety
plan's review waits there too)."""

from __future__ import annotations

from typing import Any

from bot.engine.actions import ActionContext
from bot.features.feature import Kept


async def exported(ctx: ActionContext) -> list[dict[str, Any]]:
    """Return the reminders asked for, ready for JSON."""
    return [
        {"card": card, "due_on": due.isoformat()}
        for card, due in await ctx.tx.step_reminders(ctx.user_id)
    ]


KEPT = (Kept("step_reminders", "small_step_reminders", exported),)
