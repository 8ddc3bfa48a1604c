"""Moving and keeping data: `reconnect db copy` (SQLite to PostgreSQL and back, sealed values
copied sealed) and `reconnect backup` (SQLite's online backup), each restored and read."""

from __future__ import annotations

import asyncio
import secrets
import sqlite3
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

import bot.features.catalogue
from bot.cli import main
from bot.features.checkin.records import CheckIn
from bot.features.feature import Kept
from bot.privacy.crypto import FieldCipher
from bot.storage import SqliteStore
from bot.storage.copying import LEASES, NOT_COPIED, copied_tables, copy_store
from bot.storage.declared import user_tables
from bot.storage.migrations import MIGRATIONS
from bot.storage.postgres import PostgresStore
from bot.storage.protocol import BotStore
from tests.conftest import TEST_KEY
from tests.storage import test_contract
from tests.storage.test_contract import NOW, Backend, opened, read_sealed, schema, write_sealed

CIPHER = FieldCipher([b"k" * 32])
backend = test_contract.backend  # each backend: SQLite, and PostgreSQL when there is one


@pytest.fixture
async def any_store(backend: Backend) -> AsyncIterator[BotStore]:
    async with opened(backend, CIPHER) as store:
        yield store


@pytest.fixture(autouse=True)
def _no_log_setup(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line sets up logging to the terminal; here the terminal is pytest's."""
    monkeypatch.setattr("bot.cli.setup_logging", lambda *_args, **_kwargs: None)


async def run(*argv: str) -> int:
    """Run the command line as its own process would: its own event loop, off this one."""
    return await asyncio.to_thread(main, list(argv))


async def written(path: Path) -> list[object]:
    """Write one value of every sealed kind into a new SQLite file; return them as read."""
    store = SqliteStore(path, CIPHER)
    await store.open()
    try:
        await write_sealed(store)
        return await read_sealed(store)
    finally:
        await store.close()


def sqlite_columns() -> dict[str, set[str]]:
    """Return every table's columns as SQLite's migrations make them: what both have."""
    with sqlite3.connect(":memory:") as db:
        for script in MIGRATIONS:
            db.executescript(script)
        tables = {
            name: {column for _, column, *_ in db.execute(f"PRAGMA table_info({name})")}
            for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    db.close()
    return tables


async def test_every_table_is_copied_whole_or_named_as_left_out(any_store: BotStore) -> None:
    """A table (or column) a copy neither fills nor names as left out on purpose would be
    lost on the way to a new database."""
    tables = await schema(any_store)
    assert set(tables) - set(copied_tables()) - set(NOT_COPIED) == set()
    assert set(copied_tables()) - set(tables) == set()
    shared = sqlite_columns()
    for table in copied_tables():  # every column but a lease is in both backends
        assert set(tables[table]) - set(LEASES.get(table, ())) == shared[table], table


async def nothing(_context: object) -> object:
    return None


@pytest.fixture
def keepsakes(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A new feature, declaring the one table it keeps, and nothing else touched."""
    kept = Kept("keepsakes", "keepsakes", nothing, sealed=())
    monkeypatch.setattr(bot.features.catalogue, "KEPT", (*bot.features.catalogue.KEPT, kept))
    user_tables.cache_clear()
    yield
    monkeypatch.undo()
    user_tables.cache_clear()


@pytest.mark.usefixtures("keepsakes")
async def test_a_new_features_table_is_copied_with_no_edit_to_the_copy(tmp_path: Path) -> None:
    source, target = (SqliteStore(tmp_path / name, CIPHER) for name in ("a.db", "b.db"))
    for each in (source, target):
        await each.open()
        await each.db.execute(
            "CREATE TABLE keepsakes (id INTEGER PRIMARY KEY, user_id INTEGER, body BLOB)"
        )
    try:
        await source.db.execute("INSERT INTO keepsakes VALUES (3, 7, x'0102')")
        await source.db.commit()
        assert (await copy_store(source, target))["keepsakes"] == 1
        rows = await target.db.execute_fetchall("SELECT id, user_id, body FROM keepsakes")
        assert [tuple(row) for row in rows] == [(3, 7, b"\x01\x02")]
    finally:
        await source.close()
        await target.close()


def test_copying_from_nowhere_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "copy", str(tmp_path / "none.sqlite3"), str(tmp_path / "new")]) == 2
    assert "no database at" in capsys.readouterr().err


async def test_sqlite_to_postgresql_and_back_keeps_every_sealed_value_sealed(
    tmp_path: Path, pg_dsn: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source, back = tmp_path / "source.sqlite3", tmp_path / "back.sqlite3"
    before = await written(source)
    assert await run("db", "copy", str(source), pg_dsn) == 0
    assert "checkins: 1 rows" in capsys.readouterr().out
    store = PostgresStore(pg_dsn, CIPHER)  # the same key opens the copy: nothing resealed
    await store.open()
    try:
        assert await read_sealed(store) == before
        async with store.transaction() as tx:  # new rows follow the copied ones
            await tx.add_checkin(7, CheckIn(NOW, NOW.date(), 1, 2, "flat", "later"))
            assert [c.note for c in await tx.checkins(7)] == ["a quiet note", "later"]
    finally:
        await store.close()
    assert await run("db", "copy", pg_dsn, str(back)) == 0
    assert await written_back(back) == [*before[:2], ["a quiet note", "later"], *before[3:]]
    assert await run("db", "copy", str(source), pg_dsn) == 2  # never into a database in use
    assert "already holds rows" in capsys.readouterr().err


async def written_back(path: Path) -> list[object]:
    store = SqliteStore(path, CIPHER)
    await store.open()
    try:
        return await read_sealed(store)
    finally:
        await store.close()


async def test_a_backup_restores_everything_and_holds_no_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    database, copy = tmp_path / "live.sqlite3", tmp_path / "backups" / "monday.sqlite3"
    key = secrets.token_bytes(32)
    cipher = FieldCipher([key])
    store = SqliteStore(database, cipher)
    await store.open()  # the bot is running while the backup is made
    try:
        await write_sealed(store)
        before = await read_sealed(store)
        monkeypatch.setenv("RECONNECT_DATABASE", str(database))
        monkeypatch.setenv("RECONNECT_ENCRYPTION_KEY", TEST_KEY)
        assert await run("backup", str(copy)) == 0
        assert "the key is not in the backup" in capsys.readouterr().out
        assert await run("backup", str(copy)) == 2  # never over an older one
    finally:
        await store.close()
    assert key not in copy.read_bytes()
    restored = SqliteStore(copy, cipher)
    await restored.open()
    try:
        assert await read_sealed(restored) == before
    finally:
        await restored.close()


def test_a_postgresql_database_is_backed_up_with_its_own_tools(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("RECONNECT_DATABASE", "postgresql://nobody@127.0.0.1:1/none")
    assert main(["backup", str(tmp_path / "copy")]) == 2
    assert "pg_dump" in capsys.readouterr().err
