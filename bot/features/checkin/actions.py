"""Daily check-ins: the action that saves one from a flow's answers, and a look back."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from bot.engine.actions import ActionContext, ActionResult
from bot.engine.session import Answer
from bot.features.checkin.records import CheckIn
from bot.timezones import local_date

# Two weeks of feelings at 3 or lower on most days: worth more than self-care (the seeds'
# "when to seek help"; two weeks as in the usual screening questions for low mood).
LOW = 3
WINDOW_DAYS = 14
MOST_DAYS = 10  # of the 14: people skip days, and a gap should not hide a long low patch


def low_for_two_weeks(checkins: Sequence[CheckIn], today: date) -> bool:
    """Return whether feelings were at 3 or lower on most of the last 14 days, and never higher."""
    first = today - timedelta(days=WINDOW_DAYS - 1)
    recent = [c for c in checkins if first <= c.local_date <= today]
    days = {c.local_date for c in recent}
    return len(days) >= MOST_DAYS and all(c.presence <= LOW for c in recent)


def newly_low_for_two_weeks(checkins: Sequence[CheckIn], today: date) -> bool:
    """Return whether the two low weeks are reached today: said once, not every day after."""
    before = [c for c in checkins if c.local_date < today]
    yesterday = today - timedelta(days=1)
    return low_for_two_weeks(checkins, today) and not low_for_two_weeks(before, yesterday)


async def save_checkin(ctx: ActionContext) -> ActionResult:
    """Save the check-in the flow just collected; say whether two low weeks were reached."""
    answers = ctx.answers
    now = ctx.clock.now()
    today = local_date(now, ctx.user.timezone if ctx.user else None)
    await ctx.tx.add_checkin(
        ctx.user_id,
        CheckIn(
            at=now,
            local_date=today,
            presence=_score(answers.get("presence")),
            connection=_score(answers.get("connection")),
            feeling=str(answers.get("feeling") or ""),
            note=str(answers.get("note") or ""),
        ),
    )
    since = now - timedelta(days=WINDOW_DAYS + 2)
    low = newly_low_for_two_weeks(await ctx.tx.checkins(ctx.user_id, since), today)
    return ActionResult(answers={"low_two_weeks": low})


def _score(value: Answer) -> int:
    return int(value) if isinstance(value, int | float) else 0
