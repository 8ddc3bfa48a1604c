"""`reconnect db copy FROM TO`: every row from one store into an empty other, SQLite or
PostgreSQL either way. Sealed values are copied as they are, sealed: nothing is opened on
the way, so the copy needs no key, and opens with the key the source opens with.

Moments and days are read as each backend keeps them (ISO text in SQLite, ``timestamptz``
and ``date`` in PostgreSQL) and written as ISO text, which both read back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from bot.storage.postgres import PostgresStore
from bot.storage.protocol import BotStore
from bot.storage.rows import USER_COLUMNS
from bot.storage.sqlite import SqliteStore

# Every table, users first, and the columns both backends have (not PostgreSQL's leases:
# a copy is taken by the first worker that wants it).
TABLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("users", ("user_id", *USER_COLUMNS)),
    ("sessions", ("user_id", "state", "updated_at")),
    (
        "checkins",
        ("id", "user_id", "at", "local_date", "presence", "connection", "feeling", "note"),
    ),
    ("processed_events", ("event_id", "user_id", "at")),
    ("outbox", ("id", "key", "user_id", "priority", "created_at", "replies", "sent")),
    ("safety_events", ("id", "user_id", "at", "level")),
    ("safety_plans", ("user_id", "plan", "updated_at")),
    ("journal_entries", ("id", "user_id", "at", "local_date", "template", "body")),
    ("weekly_plans", ("user_id", "started_on", "days", "updated_at")),
    ("step_reminders", ("id", "user_id", "card", "due_on")),
    ("prompts", ("user_id", "local_date", "due_at", "state")),
    ("notes", ("id", "user_id", "kind", "at", "local_date", "body")),
    ("questionnaire_results", ("id", "user_id", "at", "body")),
    ("activities", ("id", "user_id", "at", "body")),
)
BATCH = 1_000  # rows read and written at a time

Row = tuple[Any, ...]


class NotEmpty(Exception):
    """The store copied into holds data already: a copy goes into an empty store only."""


def _as_stored(value: object) -> object:
    """Return a value as both backends take it: moments and days as ISO text."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, memoryview):
        return bytes(value)
    return value


async def _read(store: BotStore, table: str, columns: Sequence[str]) -> list[Row]:
    """Return every row of a table, in the order of its key."""
    sql = f"SELECT {', '.join(columns)} FROM {table} ORDER BY {columns[0]}"  # noqa: S608
    if isinstance(store, SqliteStore):
        return [tuple(row) for row in await store.db.execute_fetchall(sql)]
    if isinstance(store, PostgresStore):
        async with store.connection() as db:
            return await (await db.execute(sql)).fetchall()
    raise TypeError(f"cannot copy from {type(store).__name__}")


async def _write(store: BotStore, table: str, columns: Sequence[str], rows: list[Row]) -> None:
    """Insert rows into a table of the store, in one transaction."""
    values = [tuple(_as_stored(value) for value in row) for row in rows]
    names = ", ".join(columns)
    if isinstance(store, SqliteStore):
        marks = ", ".join("?" for _ in columns)
        async with store.immediate() as db:
            await db.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", values)  # noqa: S608
        return
    if isinstance(store, PostgresStore):
        marks = ", ".join("%s" for _ in columns)
        async with store.connection() as conn, conn.cursor() as cursor:
            await cursor.executemany(
                f"INSERT INTO {table} ({names}) VALUES ({marks})",  # noqa: S608
                values,
            )
            if "id" in columns:  # the next id after the copied ones
                await cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "  # noqa: S608
                    f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)"
                )
        return
    raise TypeError(f"cannot copy into {type(store).__name__}")


async def copy_store(
    source: BotStore, target: BotStore, progress: Callable[[str, int], None] | None = None
) -> dict[str, int]:
    """Copy every row of the open ``source`` into the open, empty ``target``; return the
    rows copied per table. Raise NotEmpty if the target holds any row already."""
    for table, columns in TABLES:
        if await _read_one(target, table, columns[0]):
            raise NotEmpty(f"the target already holds rows in {table}: copy into an empty one")
    copied: dict[str, int] = {}
    for table, columns in TABLES:
        rows = await _read(source, table, columns)
        for start in range(0, len(rows), BATCH):
            await _write(target, table, columns, rows[start : start + BATCH])
        copied[table] = len(rows)
        if progress is not None:
            progress(table, len(rows))
    return copied


async def _read_one(store: BotStore, table: str, column: str) -> bool:
    """Return whether a table holds any row."""
    sql = f"SELECT {column} FROM {table} LIMIT 1"  # noqa: S608
    if isinstance(store, SqliteStore):
        return bool(list(await store.db.execute_fetchall(sql)))
    if isinstance(store, PostgresStore):
        async with store.connection() as db:
            return bool(await (await db.execute(sql)).fetchall())
    raise TypeError(f"cannot copy into {type(store).__name__}")
