"""What every backend stores alike: the users columns, the tables about a user, the sealed
columns, and the codecs between records and the values stored (so a sealed value written by
one backend opens in another)."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from bot.storage.records import UserRecord, UserStatus

# The users columns a UserRecord is read from and saved to, in order.
USER_COLUMNS = (
    "created_at",
    "status",
    "country",
    "consented_at",
    "age_band",
    "timezone",
    "prompt_time",
    "paused",
    "quiet_start",
    "quiet_end",
    "next_prompt_at",
    "next_prompt_on",
    "last_nudge_at",
    "declined_at",
    "follow_up_at",
    "measure_every_days",
    "measure_offered_at",
    "language",
)
SETTINGS = USER_COLUMNS[2:]  # what save_user writes (created_at and status are the turn's)

# The turn's own rows about a person, no feature's: where they are in a flow, replies
# waiting to go, prompts claimed, event ids seen. /delete erases them; /export gives none.
TURN_TABLES = ("sessions", "outbox", "prompts", "processed_events")
TURN_SEALED = ("session", "outbox")  # the turn's sealed fields

# Where each sealed field is kept: its table, the table's key column, the sealed column.
# Which fields are sealed is declared by the features (``Kept.sealed``) and TURN_SEALED;
# this says only where a backend finds them.
SEALED_COLUMNS: dict[str, tuple[str, str, str]] = {
    "session": ("sessions", "user_id", "state"),
    "outbox": ("outbox", "id", "replies"),
    "checkin.note": ("checkins", "id", "note"),
    "safety_plan": ("safety_plans", "user_id", "plan"),
    "journal": ("journal_entries", "id", "body"),
    "note": ("notes", "id", "body"),
}
# Where a document's body is kept, whatever its kind; each is sealed as its row's kind, which
# ``BY_KIND`` (no field's name) stands for where a sealed column's field is named.
DOCUMENT_BODY = ("documents", "id", "body")
BY_KIND = "(kind)"


def ts(at: datetime) -> str:
    """Return a moment as stored: ISO text."""
    return at.isoformat()


def moment(value: str | datetime | None) -> datetime | None:
    """Return a stored moment (ISO text, or a backend's own timestamp), if there is one."""
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value) if value else None


def day_of(value: str | date | None) -> date | None:
    """Return a stored day (ISO text, or a backend's own date), if there is one."""
    if isinstance(value, date):
        return value
    return date.fromisoformat(value) if value else None


def user_from_row(user_id: int, *values: Any) -> UserRecord:
    """Return the user whose ``USER_COLUMNS`` hold these values."""
    row = dict(zip(USER_COLUMNS, values, strict=True))
    created_at = moment(row["created_at"])
    assert created_at is not None
    return UserRecord(
        user_id,
        created_at,
        UserStatus(row["status"]),
        country=row["country"],
        consented_at=moment(row["consented_at"]),
        age_band=row["age_band"],
        timezone=row["timezone"],
        prompt_time=row["prompt_time"],
        paused=bool(row["paused"]),
        quiet_start=row["quiet_start"],
        quiet_end=row["quiet_end"],
        next_prompt_at=moment(row["next_prompt_at"]),
        next_prompt_on=day_of(row["next_prompt_on"]),
        last_nudge_at=moment(row["last_nudge_at"]),
        declined_at=moment(row["declined_at"]),
        follow_up_at=moment(row["follow_up_at"]),
        measure_every_days=row["measure_every_days"],
        measure_offered_at=moment(row["measure_offered_at"]),
        language=row["language"],
    )


def user_values(user: UserRecord) -> tuple[object, ...]:
    """Return the values of ``SETTINGS`` for a user, as stored."""
    return (
        user.country,
        ts(user.consented_at) if user.consented_at else None,
        user.age_band,
        user.timezone,
        user.prompt_time,
        int(user.paused),
        user.quiet_start,
        user.quiet_end,
        ts(user.next_prompt_at) if user.next_prompt_at else None,
        user.next_prompt_on.isoformat() if user.next_prompt_on else None,
        ts(user.last_nudge_at) if user.last_nudge_at else None,
        ts(user.declined_at) if user.declined_at else None,
        ts(user.follow_up_at) if user.follow_up_at else None,
        user.measure_every_days,
        ts(user.measure_offered_at) if user.measure_offered_at else None,
        user.language,
    )


def to_json(value: object) -> str:
    """Return a value as compact JSON, as stored."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
