"""Several workers on one PostgreSQL database: one turn per user at a time, every update
handled once, each outbox item and each due prompt taken by one worker, and taken over when
its holder lets go or its lease runs out. Workers are stores (or whole apps) racing in one
event loop, each with its own pool; nothing waits on the wall clock."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.app import open_app
from bot.clock import ManualClock
from bot.engine import Event, EventKind
from bot.privacy.crypto import FieldCipher
from bot.storage import Priority, UserRecord
from bot.storage.declared import user_tables
from bot.storage.postgres import PostgresStore
from bot.storage.postgres_migrations import MIGRATIONS
from tests.conftest import make_settings

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
CIPHER = FieldCipher([b"w" * 32])

Workers = Callable[..., PostgresStore]


@pytest.fixture
async def workers(pg_dsn: str) -> AsyncIterator[Workers]:
    """Make workers on one database (``workers(name, **options)``); all closed at the end."""
    made: list[PostgresStore] = []

    def make(name: str, **options: Any) -> PostgresStore:
        made.append(PostgresStore(pg_dsn, CIPHER, worker=name, **options))
        return made[-1]

    yield make
    for store in made:
        await store.close()


async def opened(*stores: PostgresStore) -> None:
    for store in stores:
        await store.open()


async def test_workers_starting_at_once_migrate_once(workers: Workers) -> None:
    started = [workers(f"w{n}") for n in range(3)]
    await asyncio.gather(*(store.open() for store in started))
    async with started[0].connection() as db:
        cursor = await db.execute("SELECT version FROM schema_version ORDER BY version")
        assert [version for (version,) in await cursor.fetchall()] == list(
            range(1, len(MIGRATIONS) + 1)
        )


async def count_turn(store: PostgresStore, user_id: int, event_id: str) -> None:
    """One turn that reads the user's count from their session and writes it back plus one."""
    async with store.transaction() as tx:
        turn = await tx.load_turn(event_id, user_id)
        count = (turn.session or {}).get("count", 0)
        await asyncio.sleep(0)  # let the other worker run between the read and the write
        await tx.commit_turn(event_id, user_id, {"count": count + 1}, [], Priority.REPLY, NOW)


async def test_two_workers_never_run_one_users_turns_at_once(workers: Workers) -> None:
    a, b = workers("a"), workers("b")
    await opened(a, b)
    await asyncio.gather(
        *(count_turn(worker, 7, f"{worker.worker}:{n}") for n in range(15) for worker in (a, b))
    )
    async with a.transaction() as tx:
        assert (await tx.load_turn("check", 7)).session == {"count": 30}  # no turn lost


async def test_a_turn_waits_for_the_users_lock_before_it_reads(workers: Workers) -> None:
    a, b = workers("a"), workers("b")
    await opened(a, b)
    async with a.transaction() as first:
        await first.load_turn("e1", 7)  # a holds the user's lock
        second = asyncio.create_task(count_turn(b, 7, "e2"))
        async with a.connection() as db:
            for _ in range(20_000):  # until b is seen waiting (round trips, no sleep)
                cursor = await db.execute(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                )
                row = await cursor.fetchone()
                if row and row[0]:
                    break
                await asyncio.sleep(0)
            else:
                pytest.fail("the second worker never waited for the user's lock")
        assert not second.done()
        await first.commit_turn("e1", 7, {"count": 10}, [], Priority.REPLY, NOW)
    await second
    async with b.transaction() as tx:
        assert (await tx.load_turn("check", 7)).session == {"count": 11}  # read after a's commit


async def test_one_update_given_to_two_workers_is_handled_once(
    pg_dsn: str, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, RECONNECT_DATABASE=pg_dsn)
    clock = ManualClock(NOW)
    async with open_app(settings, clock) as one, open_app(settings, clock) as two:
        assert isinstance(one.store, PostgresStore)
        for app in (one, two):
            async with app.store.transaction() as tx:
                await tx.save_user(UserRecord(42, created_at=NOW, consented_at=NOW))
        updates = [Event(f"tg:{n}", 42, EventKind.COMMAND, text="/checkin") for n in range(5)]
        outcomes = await asyncio.gather(
            *(app.engine.handle(update) for update in updates for app in (one, two))
        )
        answered = [outcome.item for outcome in outcomes if outcome.item is not None]
        assert sorted(item.key for item in answered) == [f"tg:{n}" for n in range(5)]
        items = await one.store.pending_outbox() + await two.store.pending_outbox()
        assert sorted(item.key for item in items) == [f"tg:{n}" for n in range(5)]


async def queue_replies(store: PostgresStore, count: int) -> None:
    """Commit ``count`` turns of two replies each, events e0, e1, ..."""
    replies = [{"text": "hi"}, {"text": "and this"}]
    for n in range(count):
        async with store.transaction() as tx:
            await tx.commit_turn(f"e{n}", 100 + n, None, replies, Priority.REPLY, NOW)


async def test_two_workers_draining_the_outbox_take_each_item_once(workers: Workers) -> None:
    writer = workers("writer")
    await writer.open()
    await queue_replies(writer, 40)
    await writer.close()  # lets go of what it committed: anyone may send it now
    a, b = workers("a"), workers("b")
    await opened(a, b)
    taken_a, taken_b = await asyncio.gather(a.pending_outbox(limit=25), b.pending_outbox(limit=25))
    keys_a, keys_b = {i.key for i in taken_a}, {i.key for i in taken_b}
    assert not keys_a & keys_b
    assert len(keys_a | keys_b) == 40
    assert {i.key for i in await a.pending_outbox(limit=100)} == keys_a  # a still holds its own


async def test_a_reply_is_held_by_the_worker_that_committed_it(workers: Workers) -> None:
    a, b = workers("a"), workers("b")
    await opened(a, b)
    await queue_replies(a, 1)
    assert await b.pending_outbox() == []  # a is sending it
    (item,) = await a.pending_outbox()
    await a.mark_sent(item, 0)
    await a.close()  # a stops cleanly: it lets go
    assert [i.key for i in await b.pending_outbox()] == ["e0"]


async def test_an_item_held_by_a_worker_that_died_is_taken_over_when_its_lease_ends(
    workers: Workers,
) -> None:
    dead = workers("dead", outbox_lease=timedelta(0))  # its lease has run out at once
    other = workers("other")
    await opened(dead, other)
    await queue_replies(dead, 2)
    first, _ = await dead.pending_outbox()
    await dead.mark_sent(first, 1)  # one reply of two had left when it died
    taken = await other.pending_outbox()
    assert [(i.key, i.sent) for i in taken] == [("e0", 1), ("e1", 0)]


async def due_users(store: PostgresStore, count: int) -> None:
    async with store.transaction() as tx:
        for user_id in range(1, count + 1):
            user = UserRecord(
                user_id,
                created_at=NOW,
                consented_at=NOW,
                prompt_time="09:00",
                next_prompt_at=NOW,
                next_prompt_on=NOW.date(),
            )
            await tx.save_user(user)


async def test_two_workers_ticking_at_once_claim_each_due_prompt_once(workers: Workers) -> None:
    a, b = workers("a"), workers("b")
    await opened(a, b)
    await due_users(a, 30)
    late = NOW - timedelta(hours=2)
    (due_a, _), (due_b, _) = await asyncio.gather(
        a.claim_due_prompts(NOW, late, 20), b.claim_due_prompts(NOW, late, 20)
    )
    assert not set(due_a) & set(due_b)
    assert sorted(due_a + due_b) == list(range(1, 31))


async def test_a_due_prompt_is_sent_by_one_worker_and_taken_over_after_its_lease(
    workers: Workers,
) -> None:
    lease = timedelta(minutes=5)
    a, b = workers("a", prompt_lease=lease), workers("b", prompt_lease=lease)
    await opened(a, b)
    await due_users(a, 10)
    await a.claim_due_prompts(NOW, NOW - timedelta(hours=2), 100)
    window = {
        "talking_since": NOW - timedelta(minutes=10),
        "late_before": NOW - timedelta(hours=2),
    }
    got_a, got_b = await asyncio.gather(
        a.due_prompts(NOW, limit=6, **window), b.due_prompts(NOW, limit=6, **window)
    )
    users_a = {p.user.user_id for p in got_a}
    users_b = {p.user.user_id for p in got_b}
    assert not users_a & users_b
    assert users_a | users_b == set(range(1, 11))
    assert {p.user.user_id for p in await a.due_prompts(NOW, limit=100, **window)} == users_a
    # a dies; b takes its prompts over once a's lease has run out, on the scheduler's clock
    later = NOW + lease
    assert {p.user.user_id for p in await b.due_prompts(NOW, limit=100, **window)} == users_b
    taken = {p.user.user_id for p in await b.due_prompts(later, limit=100, **window)}
    assert taken == set(range(1, 11))


async def test_housekeeping_vacuums_away_the_rows_an_erasure_left(
    workers: Workers, pg_dsn: str
) -> None:
    """PostgreSQL keeps a deleted row in the table until VACUUM: after /delete, the next
    housekeeping vacuums every personal table, so the erased session is not kept there."""
    import psycopg

    store = workers("a")
    await opened(store)
    async with store.transaction() as tx:
        await tx.commit_turn("e1", 7, {"step": "a"}, [], Priority.REPLY, NOW)
    async with store.transaction() as tx:
        await tx.load_turn("e2", 7)
        await tx.forget_user(7)
        await tx.commit_turn("e2", 7, None, [], Priority.REPLY, NOW)
    await store.prune(notes_before=None, events_before=NOW - timedelta(days=7))
    with psycopg.connect(pg_dsn) as db:
        rows = db.execute(
            "SELECT relname, n_dead_tup, last_vacuum FROM pg_stat_user_tables "
            "WHERE schemaname = current_schema()"
        ).fetchall()
    vacuumed = {name: (dead, last) for name, dead, last in rows}
    assert vacuumed["sessions"][0] == 0
    assert [table for table in user_tables() if vacuumed[table][1] is None] == []


def test_the_leases_come_from_the_settings_and_keep_their_defaults_unset(
    tmp_path: Path,
) -> None:
    """An operator (or the fault test) shortens the time a dead worker's outbox items and
    prompts stay held; unset, the defaults hold."""
    from bot.app import build_store
    from bot.storage.postgres_connection import OUTBOX_LEASE, PROMPT_LEASE

    url = "postgresql://nobody@127.0.0.1:1/none"  # never connected to: the store is not opened
    short = make_settings(
        tmp_path,
        RECONNECT_DATABASE=url,
        RECONNECT_OUTBOX_LEASE_SECONDS="3",
        RECONNECT_PROMPT_LEASE_SECONDS="4.5",
    )
    store = build_store(url, CIPHER, short)
    assert isinstance(store, PostgresStore)
    assert (store.outbox_lease, store.prompt_lease) == (
        timedelta(seconds=3),
        timedelta(seconds=4.5),
    )
    unset = build_store(url, CIPHER, make_settings(tmp_path, RECONNECT_DATABASE=url))
    assert isinstance(unset, PostgresStore)
    assert (unset.outbox_lease, unset.prompt_lease) == (OUTBOX_LEASE, PROMPT_LEASE)
