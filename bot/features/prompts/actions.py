"""What a daily prompt says: the usual question, the WHO-5 when someone asked for it every
few weeks, or after three quiet days one gentle note (at most one a week), and any small
step the user asked to be reminded of."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from bot.engine.actions import ActionContext, ActionRegistry, ActionResult
from bot.engine.events import Reply
from bot.engine.session import Answer
from bot.engine.texts import Texts
from bot.features.questionnaires.repeat import offered, repeat_due
from bot.features.steps.actions import CARDS
from bot.timezones import local_date

QUIET_DAYS = timedelta(days=3)
NUDGE_EVERY = timedelta(days=7)
WORDS = frozenset({"step_reminder", *(f"card_{card}" for card in CARDS)})


def register(registry: ActionRegistry, words: Texts) -> None:
    """Register the prompt's action."""

    @registry.register("prompt_kind", provides=["nudge", "measure_due"])
    async def prompt_kind(ctx: ActionContext) -> ActionResult:
        """Choose the usual prompt, the WHO-5 asked for, or a gentle note; bring up small
        steps due today."""
        now = ctx.clock.now()
        user = ctx.user
        today = local_date(now, user.timezone if user else None)
        cards = await ctx.tx.take_step_reminders(ctx.user_id, today)
        replies = tuple(
            Reply(words.get("step_reminder", card=words.get(f"card_{card}")))
            for card in cards
            if f"card_{card}" in words.messages
        )
        if user is not None and repeat_due(
            user, await ctx.tx.questionnaire_results(ctx.user_id), now
        ):
            user = offered(user, now)
            await ctx.tx.save_user(user)
            return ActionResult(replies=replies, answers=_kind(measure=True), user=user)
        if user is None or now - user.created_at < QUIET_DAYS:
            return ActionResult(replies=replies, answers=_kind())
        quiet = not await ctx.tx.checkins(ctx.user_id, since=now - QUIET_DAYS)
        due = user.last_nudge_at is None or now - user.last_nudge_at >= NUDGE_EVERY
        if not (quiet and due):
            return ActionResult(replies=replies, answers=_kind())
        user = replace(user, last_nudge_at=now)
        await ctx.tx.save_user(user)
        return ActionResult(replies=replies, answers=_kind(nudge=True), user=user)


def _kind(*, nudge: bool = False, measure: bool = False) -> dict[str, Answer]:
    return {"nudge": nudge, "measure_due": measure}
