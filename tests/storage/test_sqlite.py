"""The SQLite store against a real file: schema, atomic turns, sealing, outbox."""

from __future__ import annotations

import asyncio
import itertools
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import aiosqlite
import pytest

from bot.app import App
from bot.features.checkin.records import CheckIn
from bot.privacy.crypto import FieldCipher
from bot.storage import Priority, SqliteStore, UserRecord
from bot.storage.migrations import MIGRATIONS
from bot.storage.protocol import DuplicateEvent
from tests.chat import Chat

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
CIPHER = FieldCipher([b"s" * 32])


@pytest.fixture
async def store(tmp_path: Path) -> SqliteStore:
    opened = SqliteStore(tmp_path / "db.sqlite3", CIPHER)
    await opened.open()
    yield opened  # type: ignore[misc]
    await opened.close()


async def test_migrations_run_once_and_the_journal_is_wal(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    for _ in range(2):
        store = SqliteStore(path, CIPHER)
        await store.open()
        await store.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()


async def test_a_turn_commits_event_user_session_and_replies_together(store: SqliteStore) -> None:
    async with store.transaction() as tx:
        first = await tx.load_turn("e1", 7)
        assert (first.seen, first.user, first.session) == (False, None, None)
        await tx.commit_turn("e1", 7, {"step": "a"}, [{"text": "hi"}], Priority.REPLY, NOW)
    async with store.transaction() as tx:
        again = await tx.load_turn("e1", 7)
    assert again.seen is True
    assert again.user is not None
    assert again.user.created_at == NOW
    assert again.session == {"step": "a"}
    assert [item.replies for item in await store.pending_outbox()] == [[{"text": "hi"}]]


async def test_a_repeated_event_changes_nothing(store: SqliteStore) -> None:
    async with store.transaction() as tx:
        await tx.commit_turn("e1", 7, {"step": "a"}, [{"text": "one"}], Priority.REPLY, NOW)
    with pytest.raises(DuplicateEvent):
        async with store.transaction() as tx:
            await tx.add_checkin(7, CheckIn(NOW, date(2026, 11, 2), 1, 1))
            await tx.commit_turn("e1", 7, {"step": "b"}, [{"text": "two"}], Priority.REPLY, NOW)
    async with store.transaction() as tx:
        assert (await tx.load_turn("e2", 7)).session == {"step": "a"}
        assert await tx.checkins(7) == []  # the record of the repeated turn was rolled back
    assert [item.replies for item in await store.pending_outbox()] == [[{"text": "one"}]]


async def test_concurrent_turns_commit_together_and_a_duplicate_fails_alone(
    store: SqliteStore,
) -> None:
    async with store.transaction() as tx:
        await tx.commit_turn("dup", 1, {"n": 0}, [{"text": "first"}], Priority.REPLY, NOW)

    async def turn(event_id: str, user_id: int) -> str:
        try:
            async with store.transaction() as tx:
                await tx.add_checkin(user_id, CheckIn(NOW, date(2026, 11, 2), user_id, 1))
                await tx.commit_turn(event_id, user_id, {"n": user_id}, [], Priority.REPLY, NOW)
        except DuplicateEvent:
            return "duplicate"
        return "ok"

    outcomes = await asyncio.gather(*(turn(f"e{u}", u) for u in range(2, 12)), turn("dup", 1))
    assert outcomes == ["ok"] * 10 + ["duplicate"]
    async with store.transaction() as tx:
        for user_id in range(2, 12):
            assert (await tx.load_turn("x", user_id)).session == {"n": user_id}
            assert [c.presence for c in await tx.checkins(user_id)] == [user_id]
        assert (await tx.load_turn("x", 1)).session == {"n": 0}
        assert await tx.checkins(1) == []


async def test_a_commit_given_up_while_waiting_does_not_strand_the_rest_of_its_batch(
    store: SqliteStore,
) -> None:
    async def turn(event_id: str, user_id: int) -> None:
        async with store.transaction() as tx:
            await tx.commit_turn(event_id, user_id, None, [{"text": "hi"}], Priority.REPLY, NOW)

    given_up = asyncio.create_task(turn("given-up", 1))  # a sender stopped at shutdown, say
    others = [asyncio.create_task(turn(f"e{user_id}", user_id)) for user_id in range(2, 5)]
    await asyncio.sleep(0)  # all four wait for the same group commit
    given_up.cancel()
    await asyncio.wait_for(asyncio.gather(*others), 5)
    assert len(await store.pending_outbox()) == 4  # what it held was committed all the same


async def test_a_follow_up_time_is_kept_with_the_user(store: SqliteStore) -> None:
    at = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)
    async with store.transaction() as tx:
        await tx.save_user(UserRecord(7, created_at=NOW, follow_up_at=at))
    async with store.transaction() as tx:
        user = (await tx.load_turn("x", 7)).user
    assert user is not None
    assert user.follow_up_at == at
    assert [u.follow_up_at for u in await store.users([7])] == [at]


async def test_a_crash_mid_turn_leaves_nothing(store: SqliteStore) -> None:
    with pytest.raises(RuntimeError):
        async with store.transaction() as tx:
            await tx.add_checkin(7, CheckIn(NOW, date(2026, 11, 2), 1, 1))
            raise RuntimeError("crash before the turn commits")
    async with store.transaction() as tx:
        assert await tx.checkins(7) == []
        assert (await tx.load_turn("e1", 7)).seen is False


async def test_replies_survive_a_restart_and_are_sent_once(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    store = SqliteStore(path, CIPHER)
    await store.open()
    async with store.transaction() as tx:
        await tx.commit_turn("p1", 8, None, [{"text": "later"}], Priority.PROMPT, NOW)
    async with store.transaction() as tx:
        await tx.commit_turn("e1", 7, {}, [{"text": "a"}, {"text": "b"}], Priority.REPLY, NOW)
    pending = await store.pending_outbox()
    await store.mark_sent(pending[0], 1)  # "a" left, then the process died
    await store.close()

    store = SqliteStore(path, CIPHER)
    await store.open()
    try:
        pending = await store.pending_outbox()
        assert [(item.user_id, item.unsent) for item in pending] == [
            (7, [{"text": "b"}]),  # replies to people talking come before prompts
            (8, [{"text": "later"}]),
        ]
        for item in pending:
            await store.mark_sent(item)
        assert await store.pending_outbox() == []
    finally:
        await store.close()


async def test_free_text_is_not_readable_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    store = SqliteStore(path, CIPHER)
    await store.open()
    phrase = "my secret phrase about the lighthouse"
    async with store.transaction() as tx:
        await tx.add_checkin(7, CheckIn(NOW, date(2026, 11, 2), 3, 4, "flat", phrase))
        await tx.commit_turn(
            "e1", 7, {"answers": {"note": phrase}}, [{"text": phrase}], Priority.REPLY, NOW
        )
    async with store.transaction() as tx:
        assert (await tx.checkins(7))[0].note == phrase
    await store.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("db."))
    assert b"lighthouse" not in raw


async def test_a_whole_check_in_leaves_the_note_sealed(app: App, chat: Chat) -> None:
    await chat.send("/checkin")
    for label in ("3", "4", "Sad", "Low"):
        await chat.tap(label)
    await chat.send("walked past the old bakery on Elm street")
    async with app.store.transaction() as tx:
        stored = await tx.checkins(chat.user_id)
    assert [(c.presence, c.connection, c.feeling) for c in stored] == [(3, 4, "low")]
    assert stored[0].note == "walked past the old bakery on Elm street"
    folder = app.settings.database.parent
    raw = b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())
    assert b"bakery" not in raw


async def test_the_wal_starts_over_under_steady_writing(tmp_path: Path) -> None:
    """Turns that never pause must not let the write-ahead log grow without end."""
    limit = 256 * 1024
    # The background checkpointer's rounds are driven here, every 50 commits, instead of
    # by its timer: how often a timer fires on a busy machine is no part of the contract.
    store = SqliteStore(tmp_path / "db.sqlite3", CIPHER, checkpoint_every=3600, wal_limit=limit)
    await store.open()
    wal = tmp_path / "db.sqlite3-wal"
    sizes = [0]
    commits = 0

    async with aiosqlite.connect(tmp_path / "db.sqlite3", isolation_level=None) as side:

        async def user(user_id: int) -> None:
            nonlocal commits
            for turn in range(60):
                async with store.transaction() as tx:
                    item = await tx.commit_turn(
                        f"{user_id}:{turn}",
                        user_id,
                        {"n": turn},
                        [{"text": "x"}],
                        Priority.REPLY,
                        NOW,
                    )
                assert item is not None
                await store.mark_sent(item)
                sizes.append(wal.stat().st_size)
                commits += 1
                if commits % 50 == 0:
                    await store.checkpoint(side)

        await asyncio.gather(*(user(n) for n in range(40)))
    await store.close()
    # 2,400 turns and as many sent marks write several MiB of log. Left to PASSIVE
    # checkpoints alone the WAL never shrinks; here it must start over again and again.
    restarts = sum(1 for before, after in itertools.pairwise(sizes) if after < before)
    assert restarts >= 3, f"the WAL started over {restarts} times, reaching {max(sizes):,} bytes"
