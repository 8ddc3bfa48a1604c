"""Daily check-ins: the action that saves one from a flow's answers."""

from __future__ import annotations

from bot.engine.actions import ActionContext, ActionRegistry, ActionResult
from bot.engine.session import Answer
from bot.storage.records import CheckIn
from bot.timezones import local_date


async def save_checkin(ctx: ActionContext) -> ActionResult:
    """Save the check-in the flow just collected."""
    answers = ctx.answers
    now = ctx.clock.now()
    await ctx.tx.add_checkin(
        ctx.user_id,
        CheckIn(
            at=now,
            local_date=local_date(now, ctx.user.timezone if ctx.user else None),
            presence=_score(answers.get("presence")),
            connection=_score(answers.get("connection")),
            feeling=str(answers.get("feeling") or ""),
            note=str(answers.get("note") or ""),
        ),
    )
    return ActionResult()


def _score(value: Answer) -> int:
    return int(value) if isinstance(value, int | float) else 0


def register(registry: ActionRegistry) -> None:
    """Register the check-in actions."""
    registry.register("save_checkin")(save_checkin)
