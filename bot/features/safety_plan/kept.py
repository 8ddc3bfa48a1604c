"""What /safetyplan keeps: the plan, part by part, sealed."""

from __future__ import annotations

from bot.engine.actions import ActionContext
from bot.features.feature import Kept


async def exported(ctx: ActionContext) -> dict[str, str]:
    """Return the plan, part by part (empty if there is none)."""
    return await ctx.tx.safety_plan(ctx.user_id)


KEPT = (Kept("safety_plans", "safety_plan", exported, sealed=("safety_plan",)),)
