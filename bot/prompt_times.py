"""When a user's next daily prompt is due: their local time, in UTC, across DST changes.

A prompt time that does not exist on a spring-forward day (02:30) is read with fold=0, so
it comes once, an hour later by the clock; one that happens twice on a fall-back day
(01:30) comes at its first occurrence only. Quiet hours push a prompt to their end.

A follow-up someone asked for after a crisis takes the place of that day's prompt: the
next prompt is whichever comes first, and a day has one at most.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from bot.storage.records import UserRecord, UserStatus
from bot.timezones import local_date, zone_of


def _clock(text: str) -> time:
    hour, minute = text.split(":")
    return time(int(hour), int(minute))


def _in_quiet(at: time, start: time, end: time) -> bool:
    if start <= end:
        return start <= at < end
    return at >= start or at < end  # quiet over midnight, e.g. 22:00-07:00


def _moment(user: UserRecord, day: date, at: time) -> datetime:
    """Return the UTC moment of ``at`` on the user's local ``day``, after quiet hours."""
    if user.quiet_start and user.quiet_end:
        start, end = _clock(user.quiet_start), _clock(user.quiet_end)
        if _in_quiet(at, start, end):
            at = end  # quiet hours: wait until they end
    local = datetime.combine(day, at, tzinfo=zone_of(user.timezone))  # fold=0
    return local.astimezone(UTC)


def prompt_moment(user: UserRecord, day: date) -> datetime:
    """Return the UTC moment of the user's prompt on their local ``day``."""
    return _moment(user, day, _clock(user.prompt_time or "09:00"))


def follow_up_moment(user: UserRecord, now: datetime) -> datetime:
    """Return when to check on the user tomorrow: at their check-in time, else at this time."""
    local = now.astimezone(zone_of(user.timezone))
    at = _clock(user.prompt_time) if user.prompt_time else time(local.hour, local.minute)
    return _moment(user, local.date() + timedelta(days=1), at)


def follow_up_day(user: UserRecord) -> date | None:
    """Return the user's local day of the follow-up they asked for, if there is one."""
    return local_date(user.follow_up_at, user.timezone) if user.follow_up_at else None


def is_follow_up(user: UserRecord, day: date) -> bool:
    """Return whether the prompt of the user's local ``day`` is the follow-up they asked for."""
    planned = follow_up_day(user)
    return planned is not None and planned <= day


def with_next_prompt(user: UserRecord, now: datetime, after: date | None = None) -> UserRecord:
    """Return the user with their next prompt set: the first one still ahead of ``now``
    (and on a local day after ``after``, the day just prompted), or their follow-up if it
    comes first; none if not wanted. A follow-up whose day is done is dropped."""
    planned = follow_up_day(user)
    if planned is not None and after is not None and planned <= after:
        user = replace(user, follow_up_at=None)  # its day's prompt was it, sent or missed
    follow_up = user.follow_up_at if user.status is UserStatus.ACTIVE else None
    daily = _next_daily(user, now, after)
    if follow_up is not None and (daily is None or follow_up < daily[0]):
        return replace(user, next_prompt_at=follow_up, next_prompt_on=planned)
    if daily is None:
        return replace(user, next_prompt_at=None, next_prompt_on=None)
    return replace(user, next_prompt_at=daily[0], next_prompt_on=daily[1])


def _next_daily(
    user: UserRecord, now: datetime, after: date | None
) -> tuple[datetime, date] | None:
    """Return the first daily prompt ahead of ``now`` on a day after ``after``, if wanted."""
    if not user.prompt_time or user.paused or user.status is not UserStatus.ACTIVE:
        return None
    zone = zone_of(user.timezone)
    day = now.astimezone(zone).date() - timedelta(days=1)
    if after is not None:
        day = max(day, after)
    while True:
        day += timedelta(days=1)
        moment = prompt_moment(user, day)
        if moment > now:
            return moment, day
