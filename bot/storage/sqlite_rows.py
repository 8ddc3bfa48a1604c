"""SQLite rows and records: the users columns, the statements built from them, and the
codecs between a ``UserRecord`` and its row (times as ISO text, JSON without spaces)."""

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
)
SETTINGS = USER_COLUMNS[2:]  # what save_user writes (created_at and status are the turn's)

# Column names below come from USER_COLUMNS and SETTINGS only, never from input.
LOAD_TURN = """
SELECT EXISTS (SELECT 1 FROM processed_events WHERE event_id = :event),
       s.state, {columns}
FROM (SELECT :user AS user_id) AS wanted
LEFT JOIN users AS u ON u.user_id = wanted.user_id
LEFT JOIN sessions AS s ON s.user_id = wanted.user_id
""".format(columns=", ".join(f"u.{column}" for column in USER_COLUMNS))  # noqa: S608


def ts(at: datetime) -> str:
    """Return a moment as stored: ISO text."""
    return at.isoformat()


# Every table that holds rows about a user (users last: the others refer to it).
FORGET = tuple(
    f"DELETE FROM {table} WHERE user_id = ?"  # noqa: S608 (names from this list only)
    for table in (
        "sessions",
        "checkins",
        "journal_entries",
        "notes",
        "safety_plans",
        "weekly_plans",
        "step_reminders",
        "safety_events",
        "questionnaire_results",
        "prompts",
        "outbox",
        "processed_events",
        "users",
    )
)


def moment(text: str | None) -> datetime | None:
    """Return a stored moment, if there is one."""
    return datetime.fromisoformat(text) if text else None


def user_from_row(user_id: int, *values: Any) -> UserRecord:
    """Return the user whose ``USER_COLUMNS`` hold these values."""
    row = dict(zip(USER_COLUMNS, values, strict=True))
    return UserRecord(
        user_id,
        datetime.fromisoformat(row["created_at"]),
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
        next_prompt_on=date.fromisoformat(row["next_prompt_on"])
        if row["next_prompt_on"]
        else None,
        last_nudge_at=moment(row["last_nudge_at"]),
        declined_at=moment(row["declined_at"]),
        follow_up_at=moment(row["follow_up_at"]),
        measure_every_days=row["measure_every_days"],
        measure_offered_at=moment(row["measure_offered_at"]),
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
    )


SAVE_USER = (
    f"INSERT INTO users (user_id, created_at, {', '.join(SETTINGS)}) "  # noqa: S608
    f"VALUES (?, ?, {', '.join('?' for _ in SETTINGS)}) ON CONFLICT (user_id) DO UPDATE SET "
    + ", ".join(f"{column} = excluded.{column}" for column in SETTINGS)
)


def to_json(value: object) -> str:
    """Return a value as compact JSON, as stored."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
