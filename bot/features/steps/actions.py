"""/steps: an offer to be reminded of a small step tomorrow."""

from __future__ import annotations

from datetime import timedelta

from bot.engine.actions import ActionContext, ActionResult
from bot.timezones import local_date

# The cards of flows/steps.yaml (the values of its "card" question); the daily prompt names
# a card someone asked to be reminded of (data/reminders.yaml has "card_<id>" for each).
CARDS = ("boundaries", "trust", "empathy", "creative", "movement", "self_care", "exposure")


async def remind_step_tomorrow(ctx: ActionContext) -> ActionResult:
    """Keep a reminder of this card for the user's tomorrow (sent with the daily prompt)."""
    card = str(ctx.answers.get("card") or "")
    tomorrow = local_date(ctx.clock.now(), ctx.user.timezone if ctx.user else None)
    await ctx.tx.add_step_reminder(ctx.user_id, card, tomorrow + timedelta(days=1))
    return ActionResult()
