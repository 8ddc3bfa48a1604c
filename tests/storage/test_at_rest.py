"""What lies on disk: the rows and bytes themselves, for what no store method can show.

Free text is sealed in the file, a safety event keeps no text, /delete leaves no row and
no sealed value behind (in the database or its WAL), and a key rotation leaves every value
under the new key. The rest of storage is checked through the protocol (test_contract.py).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

import pytest

from bot.app import App, open_app
from bot.clock import ManualClock
from bot.engine import Event, EventKind
from bot.privacy.crypto import key_id, parse_keys
from bot.privacy.keys import rotate_key_file
from bot.storage.declared import sealed_columns
from tests.chat import Chat, text_of
from tests.conftest import make_settings
from tests.privacy.test_data_rights import PHRASE, write_everywhere
from tests.privacy.test_keys import exported


async def rows_about(app: App, user_id: int) -> dict[str, int]:
    """Count the user's rows in every table that has a user_id column, whatever it is."""
    tables = [
        name
        for (name,) in await app.store.db.execute_fetchall(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
        )
        if any(
            column[1] == "user_id"
            for column in await app.store.db.execute_fetchall(f"PRAGMA table_info({name})")
        )
    ]
    counts = {}
    for table in tables:
        rows = await app.store.db.execute_fetchall(
            f"SELECT COUNT(*) FROM {table} WHERE user_id = ?",
            (user_id,),
        )
        counts[table] = next(iter(rows))[0]
    return counts


async def sealed_blobs(app: App, user_id: int) -> list[bytes]:
    """Return the ciphertext of every sealed value kept for the user (header dropped)."""
    blobs: list[bytes] = []
    for table, column in (
        ("sessions", "state"),
        ("checkins", "note"),
        ("journal_entries", "body"),
        ("notes", "body"),
        ("safety_plans", "plan"),
        ("outbox", "replies"),
        ("documents", "body"),
    ):
        rows = await app.store.db.execute_fetchall(
            f"SELECT {column} FROM {table} WHERE user_id = ? AND {column} IS NOT NULL",
            (user_id,),
        )
        blobs += [bytes(blob)[17:49] for (blob,) in rows if len(blob) >= 49]
    return blobs


def files_of(app: App) -> bytes:
    folder = app.settings.database.parent
    return b"".join(p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file())


async def test_delete_erases_every_row_and_leaves_no_trace_in_the_files_or_logs(
    app: App, stranger: Chat, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    await write_everywhere(stranger, clock)
    before = await rows_about(app, stranger.user_id)
    assert len(before) >= 13, before  # every table that holds rows about a person
    empty = {table for table, count in before.items() if not count}
    assert empty <= {"outbox", "prompts"}, before  # all sent; no daily prompt yet
    blobs = await sealed_blobs(app, stranger.user_id)
    assert len(blobs) >= 8

    replies = await stranger.send("/delete")
    assert "can't be undone" in text_of(replies)
    replies = await stranger.tap("No, keep it")
    assert "nothing has been deleted" in text_of(replies)
    assert await rows_about(app, stranger.user_id) != dict.fromkeys(before, 0)

    await stranger.send("/delete")
    confirm = stranger.payload_for("Yes, delete everything")
    event = Event("delete-confirm", stranger.user_id, EventKind.BUTTON, payload=confirm)
    replies = await stranger.deliver(event)
    said = text_of(replies)
    assert "Everything I kept about you has been erased" in said
    assert "stay in your Telegram history" in said  # on Telegram, the chat itself remains
    assert "Carry on" not in said  # nothing put aside survives to be offered

    assert await rows_about(app, stranger.user_id) == dict.fromkeys(before, 0)
    raw = files_of(app)  # the database file and its WAL, while the bot still runs
    assert PHRASE.encode() not in raw
    for blob in blobs:
        assert blob not in raw, "an erased sealed value is still in the files"
    assert PHRASE not in caplog.text

    again = await stranger.deliver(event)  # the same update delivered twice
    assert again == []
    assert await rows_about(app, stranger.user_id) == dict.fromkeys(before, 0)
    replies = await stranger.send("/checkin")  # a stranger again: consent first
    assert "Is it okay for me to ask" in text_of(replies)


async def test_safety_events_keep_time_and_level_only(app: App, chat: Chat) -> None:
    await chat.send("I want to die, said plainly")
    rows = await app.store.db.execute_fetchall("SELECT * FROM safety_events")
    assert len(rows) == 1
    assert "crisis" in rows[0]
    columns = await app.store.db.execute_fetchall("PRAGMA table_info(safety_events)")
    assert {column[1] for column in columns} <= {"id", "user_id", "at", "level"}
    folder = app.settings.database.parent  # the message is nowhere in the clear
    raw = b"".join(path.read_bytes() for path in folder.iterdir() if path.is_file())
    assert b"said plainly" not in raw


def key_ids_in(database: Path) -> set[bytes]:
    with sqlite3.connect(database) as db:
        found = {
            bytes(blob[1:5])
            for table, _, column, _ in sealed_columns()
            for (blob,) in db.execute(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL")
        }
    db.close()
    return found


async def test_an_interrupted_rotation_run_again_leaves_everything_readable(
    tmp_path: Path, clock: ManualClock
) -> None:
    settings = make_settings(tmp_path, RECONNECT_ENCRYPTION_KEY="")  # a key file beside the db
    async with open_app(settings, clock) as app:
        chat = Chat(app, user_id=5)
        await write_everywhere(chat, clock)
    before = await exported(settings, clock, 5)
    old_keys = parse_keys(settings.key_file.read_text())
    assert len(old_keys) == 1

    half = await rotate_key_file(settings.database, settings.key_file, batch=2, stop_after=4)
    assert not half.complete
    keys = parse_keys(settings.key_file.read_text())
    assert len(keys) == 2
    assert keys[1] == old_keys[0]
    assert len(key_ids_in(settings.database)) == 2  # some values old, some new
    assert await exported(settings, clock, 5) == before  # the bot reads all of it meanwhile

    done = await rotate_key_file(settings.database, settings.key_file, batch=2)
    assert done.complete
    final = parse_keys(settings.key_file.read_text())
    assert final == keys[:1]
    assert key_ids_in(settings.database) == {key_id(final[0])}
    assert await exported(settings, clock, 5) == before
    assert PHRASE in json.dumps(before)
