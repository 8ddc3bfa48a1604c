"""When a user's next daily prompt is due: their local time, in UTC, across DST changes.

A prompt time that does not exist on a spring-forward day (02:30) is read with fold=0, so
it comes once, an hour later by the clock; one that happens twice on a fall-back day
(01:30) comes at its first occurrence only. Quiet hours push a prompt to their end.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from bot.storage.records import UserRecord, UserStatus
from bot.timezones import zone_of


def _clock(text: str) -> time:
    hour, minute = text.split(":")
    return time(int(hour), int(minute))


def _in_quiet(at: time, start: time, end: time) -> bool:
    if start <= end:
        return start <= at < end
    return at >= start or at < end  # quiet over midnight, e.g. 22:00-07:00


def prompt_moment(user: UserRecord, day: date) -> datetime:
    """Return the UTC moment of the user's prompt on their local ``day``."""
    at = _clock(user.prompt_time or "09:00")
    if user.quiet_start and user.quiet_end:
        start, end = _clock(user.quiet_start), _clock(user.quiet_end)
        if _in_quiet(at, start, end):
            at = end  # quiet hours: wait until they end
    local = datetime.combine(day, at, tzinfo=zone_of(user.timezone))  # fold=0
    return local.astimezone(UTC)


def with_next_prompt(user: UserRecord, now: datetime, after: date | None = None) -> UserRecord:
    """Return the user with their next prompt set: the first one still ahead of ``now``
    (and on a local day after ``after``, the day just prompted); none if not wanted."""
    if not user.prompt_time or user.paused or user.status is not UserStatus.ACTIVE:
        return replace(user, next_prompt_at=None, next_prompt_on=None)
    zone = zone_of(user.timezone)
    day = now.astimezone(zone).date() - timedelta(days=1)
    if after is not None:
        day = max(day, after)
    while True:
        day += timedelta(days=1)
        moment = prompt_moment(user, day)
        if moment > now:
            return replace(user, next_prompt_at=moment, next_prompt_on=day)
