"""The WHO-5 again every two or four weeks, offered with the daily prompt, for those who
asked: the outcome measure, answered now and again, shows change that days of check-ins
hide. Only how often and when it was last offered are kept (on the user), no score.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from bot.engine.actions import ActionContext, ActionResult
from bot.features.questionnaires.records import QuestionnaireResult
from bot.storage.records import UserRecord
from bot.timezones import local_date

OUTCOME = "who5"  # the questionnaire offered again (data/questionnaires/who5.yaml)
EVERY = {"14": 14, "28": 28, "off": None}  # the answers flows/measure_repeat.yaml offers
OFFER_AGAIN = timedelta(days=7)  # after "not today", offered again at the earliest then


def repeat_due(
    user: UserRecord | None, results: Sequence[QuestionnaireResult], now: datetime
) -> bool:
    """Return whether today's prompt should offer the WHO-5: asked for, and the last one
    answered at least that many days ago (by the person's calendar), not offered lately."""
    if user is None or not user.measure_every_days:
        return False
    if user.measure_offered_at is not None and now - user.measure_offered_at < OFFER_AGAIN:
        return False
    answered = [result.local_date for result in results if result.questionnaire == OUTCOME]
    if not answered:
        return True
    days = (local_date(now, user.timezone) - max(answered)).days
    return days >= user.measure_every_days


def offered(user: UserRecord, now: datetime) -> UserRecord:
    """Return the user as offered the WHO-5 now."""
    return replace(user, measure_offered_at=now)


async def set_measure_repeat(ctx: ActionContext) -> ActionResult:
    """Keep how often to offer the WHO-5 with the daily prompt (or never)."""
    user = ctx.user
    if user is None:
        return ActionResult(answers={"has_reminder": False})
    every = EVERY.get(str(ctx.answers.get("every")))
    user = replace(user, measure_every_days=every, measure_offered_at=None)
    await ctx.tx.save_user(user)
    has_reminder = bool(user.prompt_time) and not user.paused
    return ActionResult(answers={"has_reminder": has_reminder}, user=user)
