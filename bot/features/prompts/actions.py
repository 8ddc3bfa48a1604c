"""What a daily prompt says: the usual question, or after three quiet days one gentle note
(at most one a week), and any small step the user asked to be reminded of."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from bot.engine.actions import ActionContext, ActionRegistry, ActionResult
from bot.engine.events import Reply
from bot.engine.texts import Texts
from bot.features.steps.actions import CARDS
from bot.timezones import local_date

QUIET_DAYS = timedelta(days=3)
NUDGE_EVERY = timedelta(days=7)
WORDS = frozenset({"step_reminder", *(f"card_{card}" for card in CARDS)})


def register(registry: ActionRegistry, words: Texts) -> None:
    """Register the prompt's action."""

    @registry.register("prompt_kind", provides=["nudge"])
    async def prompt_kind(ctx: ActionContext) -> ActionResult:
        """Choose the usual prompt or a gentle note; bring up small steps due today."""
        now = ctx.clock.now()
        user = ctx.user
        today = local_date(now, user.timezone if user else None)
        cards = await ctx.tx.take_step_reminders(ctx.user_id, today)
        replies = tuple(
            Reply(words.get("step_reminder", card=words.get(f"card_{card}")))
            for card in cards
            if f"card_{card}" in words.messages
        )
        if user is None or now - user.created_at < QUIET_DAYS:
            return ActionResult(replies=replies, answers={"nudge": False})
        quiet = not await ctx.tx.checkins(ctx.user_id, since=now - QUIET_DAYS)
        due = user.last_nudge_at is None or now - user.last_nudge_at >= NUDGE_EVERY
        if not (quiet and due):
            return ActionResult(replies=replies, answers={"nudge": False})
        user = replace(user, last_nudge_at=now)
        await ctx.tx.save_user(user)
        return ActionResult(replies=replies, answers={"nudge": True}, user=user)
