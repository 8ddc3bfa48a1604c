"""SQLite's statements built from the users columns; the columns and codecs shared by every
backend live in ``rows`` (times as ISO text, JSON without spaces)."""

from __future__ import annotations

from functools import cache

from bot.storage.declared import user_tables
from bot.storage.rows import (
    SETTINGS,
    USER_COLUMNS,
    moment,
    to_json,
    ts,
    user_from_row,
    user_values,
)

__all__ = [
    "LOAD_TURN",
    "SAVE_USER",
    "USER_COLUMNS",
    "forget",
    "moment",
    "to_json",
    "ts",
    "user_from_row",
    "user_values",
]

# Column names below come from USER_COLUMNS and SETTINGS only, never from input.
LOAD_TURN = """
SELECT EXISTS (SELECT 1 FROM processed_events WHERE event_id = :event),
       s.state, {columns}
FROM (SELECT :user AS user_id) AS wanted
LEFT JOIN users AS u ON u.user_id = wanted.user_id
LEFT JOIN sessions AS s ON s.user_id = wanted.user_id
""".format(columns=", ".join(f"u.{column}" for column in USER_COLUMNS))  # noqa: S608


@cache
def forget() -> tuple[str, ...]:
    """Return the statements that erase a person: one per table the features and the turn
    declare (names from those declarations only, never from input)."""
    return tuple(f"DELETE FROM {table} WHERE user_id = ?" for table in user_tables())  # noqa: S608


SAVE_USER = (
    f"INSERT INTO users (user_id, created_at, {', '.join(SETTINGS)}) "  # noqa: S608
    f"VALUES (?, ?, {', '.join('?' for _ in SETTINGS)}) ON CONFLICT (user_id) DO UPDATE SET "
    + ", ".join(f"{column} = excluded.{column}" for column in SETTINGS)
)
