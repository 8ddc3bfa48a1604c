"""What a daily prompt says: the usual question, the WHO-5 when someone asked for it every
few weeks, or after three quiet days one gentle note (at most one a week), and any small
step, or look at their safety plan, the user asked to be reminded of."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from bot.engine.actions import ActionContext, ActionResult
from bot.engine.events import Reply
from bot.engine.session import Answer
from bot.engine.texts import Texts
from bot.features.activities.actions import REMINDER as ACTIVITY
from bot.features.questionnaires.records import results as questionnaire_results
from bot.features.questionnaires.repeat import offered, repeat_due
from bot.features.safety_plan.actions import REVIEW
from bot.features.steps.actions import CARDS
from bot.timezones import local_date

QUIET_DAYS = timedelta(days=3)
NUDGE_EVERY = timedelta(days=7)
WORDS = frozenset(
    {"step_reminder", "plan_review", "activity_day", *(f"card_{card}" for card in CARDS)}
)


def reminder_text(reminder: str, words: Texts) -> str:
    """Return what the prompt says for a reminder that is due ('' for one it doesn't know)."""
    if reminder == REVIEW:
        return words.get("plan_review")
    if reminder == ACTIVITY:
        return words.get("activity_day")
    if f"card_{reminder}" in words.messages:
        return words.get("step_reminder", card=words.get(f"card_{reminder}"))
    return ""


async def prompt_kind(ctx: ActionContext, *, words: Texts) -> ActionResult:
    """Choose the usual prompt, the WHO-5 asked for, or a gentle note; bring up reminders
    due today."""
    now = ctx.clock.now()
    user = ctx.user
    today = local_date(now, user.timezone if user else None)
    reminders = await ctx.tx.take_step_reminders(ctx.user_id, today)
    texts = (reminder_text(reminder, words) for reminder in reminders)
    replies = tuple(Reply(text) for text in texts if text)
    if user is not None and repeat_due(
        user, await questionnaire_results(ctx.tx, ctx.user_id), now
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
