"""`reconnect db copy FROM TO`: every row from one store into an empty other, SQLite or
PostgreSQL either way. Sealed values are copied as they are, sealed: nothing is opened on
the way, so the copy needs no key, and opens with the key the source opens with.

Moments and days are read as each backend keeps them (ISO text in SQLite, ``timestamptz``
and ``date`` in PostgreSQL) and written as ISO text, which both read back.

The tables copied are walked from the declarations /delete walks (bot.storage.declared),
and their columns read from the stores themselves: a feature's new table is copied with
no edit here. What is left out on purpose is named below.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from bot.storage.declared import USERS, user_tables
from bot.storage.postgres import PostgresStore
from bot.storage.protocol import BotStore
from bot.storage.sqlite import SqliteStore

# What a copy leaves out, on purpose. Each store keeps its own record of the migrations it
# ran (SQLite's is PRAGMA user_version; SQLite's counters are its own)...
NOT_COPIED = {
    "schema_version": "each store records the migrations it ran itself",
    "sqlite_sequence": "SQLite's own counters, set again by the rows copied",
}
# ...and PostgreSQL's leases: a copy is taken by the first worker that wants it.
LEASES: dict[str, tuple[str, ...]] = {
    "outbox": ("claimed_by", "claimed_until"),
    "prompts": ("leased_by", "lease_until"),
}
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


def copied_tables() -> tuple[str, ...]:
    """Return every table a copy fills, ``users`` first (the others refer to it): the
    turn's own tables and each feature's kept ones, walked from their declarations as
    /delete walks them, so a new feature's table is copied with no line here."""
    return (USERS, *(table for table in user_tables() if table != USERS))


async def columns_of(store: BotStore, table: str) -> tuple[str, ...]:
    """Return a table's columns as the store has them, in their order (none if no table)."""
    if isinstance(store, SqliteStore):
        rows = await store.db.execute_fetchall(f"PRAGMA table_info({table})")
        return tuple(str(row[1]) for row in rows)
    if isinstance(store, PostgresStore):
        async with store.connection() as db:
            found = await (
                await db.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                    "current_schema() AND table_name = %s ORDER BY ordinal_position",
                    (table,),
                )
            ).fetchall()
        return tuple(str(row[0]) for row in found)
    raise TypeError(f"cannot copy {type(store).__name__}")


async def _copied_columns(source: BotStore, target: BotStore, table: str) -> tuple[str, ...]:
    """Return the columns of a table a copy carries: the source's, leases left out; fail if
    the target lacks the table or one of them, rather than leave a value behind."""
    have, take = await columns_of(source, table), await columns_of(target, table)
    columns = tuple(column for column in have if column not in LEASES.get(table, ()))
    missing = [column for column in columns if column not in take]
    if not have or not take or missing:
        raise LookupError(f"{table} is not in both stores alike (missing: {missing or 'all'})")
    return columns


async def copy_store(
    source: BotStore, target: BotStore, progress: Callable[[str, int], None] | None = None
) -> dict[str, int]:
    """Copy every row of the open ``source`` into the open, empty ``target``; return the
    rows copied per table. Raise NotEmpty if the target holds any row already."""
    tables = {table: await _copied_columns(source, target, table) for table in copied_tables()}
    for table in tables:
        if await _read_one(target, table):
            raise NotEmpty(f"the target already holds rows in {table}: copy into an empty one")
    copied: dict[str, int] = {}
    for table, columns in tables.items():
        rows = await _read(source, table, columns)
        for start in range(0, len(rows), BATCH):
            await _write(target, table, columns, rows[start : start + BATCH])
        copied[table] = len(rows)
        if progress is not None:
            progress(table, len(rows))
    return copied


async def _read_one(store: BotStore, table: str) -> bool:
    """Return whether a table holds any row."""
    sql = f"SELECT 1 FROM {table} LIMIT 1"  # noqa: S608
    if isinstance(store, SqliteStore):
        return bool(list(await store.db.execute_fetchall(sql)))
    if isinstance(store, PostgresStore):
        async with store.connection() as db:
            return bool(await (await db.execute(sql)).fetchall())
    raise TypeError(f"cannot copy into {type(store).__name__}")
