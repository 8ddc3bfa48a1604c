"""Daily check-ins: the action that saves one from a flow's answers."""

from __future__ import annotations

from bot.engine.actions import ActionContext, ActionRegistry, ActionResult
from bot.storage.records import CheckIn


async def save_checkin(ctx: ActionContext) -> ActionResult:
    """Save the check-in the flow just collected."""
    answers = ctx.answers
    now = ctx.clock.now()
    await ctx.tx.add_checkin(
        ctx.user_id,
        CheckIn(
            at=now,
            local_date=now.date(),
            presence=int(answers.get("presence") or 0),
            connection=int(answers.get("connection") or 0),
            feeling=str(answers.get("feeling") or ""),
            note=str(answers.get("note") or ""),
        ),
    )
    return ActionResult()


def register(registry: ActionRegistry) -> None:
    """Register the check-in actions."""
    registry.register("save_checkin")(save_checkin)
