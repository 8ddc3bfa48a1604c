"""The check the day after a crisis: asked for in the crisis conversation, kept as one time.

Only the moment is stored (``users.follow_up_at``), nothing of what was said; it needs no
consent, as nothing on the crisis path waits for it. The scheduler sends it as that day's
prompt (see ``bot.prompt_times``), with the ``followup`` flow.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from bot.engine.actions import ActionContext, ActionResult
from bot.engine.events import Reply
from bot.engine.texts import Texts
from bot.prompt_times import follow_up_moment, with_next_prompt
from bot.storage.records import UserRecord, UserStatus
from bot.timezones import zone_of

WORDS = frozenset({"usual_time", "same_time", "at_time"})


def confirmation(user: UserRecord, at: datetime, now: datetime, words: Texts) -> str:
    """Say when the check will come: their usual time, this time, or the time it moved to."""
    zone = zone_of(user.timezone)
    local = at.astimezone(zone).strftime("%H:%M")
    if user.prompt_time and local == user.prompt_time:
        return words.get("usual_time", time=local)
    if not user.prompt_time and local == now.astimezone(zone).strftime("%H:%M"):
        return words.get("same_time")
    return words.get("at_time", time=local)  # pushed past quiet hours, or over a DST gap


async def plan_follow_up(ctx: ActionContext, *, words: Texts) -> ActionResult:
    """Plan a check on the user tomorrow at their time, and say when."""
    now = ctx.clock.now()
    user = ctx.user or UserRecord(ctx.user_id, created_at=now)
    # They are talking to the bot, so this turn marks them active whatever they were.
    user = replace(user, status=UserStatus.ACTIVE)
    at = follow_up_moment(user, now)
    last = await ctx.tx.last_prompt_day(ctx.user_id)
    user = with_next_prompt(replace(user, follow_up_at=at), now, after=last)
    ctx.tx.withdraw_prompt(ctx.user_id)  # a prompt claimed already is worked out again
    await ctx.tx.save_user(user)
    return ActionResult(replies=(Reply(confirmation(user, at, now, words)),), user=user)
