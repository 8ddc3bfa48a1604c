"""What /plan keeps: the week's plan, each day's step done or skipped."""

from __future__ import annotations

from typing import Any

from bot.engine.actions import ActionContext
from bot.features.feature import Kept


async def exported(ctx: ActionContext) -> dict[str, Any] | None:
    """Return the plan, if there is one, ready for JSON."""
    plan = await ctx.tx.weekly_plan(ctx.user_id)
    if plan is None:
        return None
    return {
        "started_on": plan.started_on.isoformat(),
        "days": {str(day): mark for day, mark in sorted(plan.days.items())},
    }


KEPT = (Kept("weekly_plans", "weekly_plan", exported),)
