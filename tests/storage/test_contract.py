"""The storage contract: what the bot relies on, run against every backend through the protocol.

A second backend adds one param to the ``backend`` fixture.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.privacy.crypto import FieldCipher
from bot.storage import CheckIn, Priority, SqliteStore
from bot.storage.protocol import BotStore, DuplicateEvent

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
CIPHER = FieldCipher([b"c" * 32])


def sqlite_backend(tmp_path: Path) -> BotStore:
    return SqliteStore(tmp_path / "contract.sqlite3", CIPHER)


@pytest.fixture(params=[sqlite_backend], ids=["sqlite"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[BotStore]:
    make: Callable[[Path], BotStore] = request.param
    opened = make(tmp_path)
    await opened.open()
    yield opened
    await opened.close()


async def test_one_turn_commits_session_and_replies_together(store: BotStore) -> None:
    async with store.transaction() as tx:
        await tx.commit_turn("e1", 7, {"step": "a"}, [{"text": "hi"}], Priority.REPLY, NOW)
    async with store.transaction() as tx:
        turn = await tx.load_turn("e1", 7)
    assert (turn.seen, turn.session) == (True, {"step": "a"})
    assert [item.replies for item in await store.pending_outbox()] == [[{"text": "hi"}]]


async def test_a_duplicate_event_raises_and_changes_nothing(store: BotStore) -> None:
    async with store.transaction() as tx:
        await tx.commit_turn("e1", 7, {"step": "a"}, [{"text": "one"}], Priority.REPLY, NOW)
    with pytest.raises(DuplicateEvent):
        async with store.transaction() as tx:
            await tx.commit_turn("e1", 7, {"step": "b"}, [{"text": "two"}], Priority.REPLY, NOW)
    async with store.transaction() as tx:
        assert (await tx.load_turn("e2", 7)).session == {"step": "a"}
    assert [item.replies for item in await store.pending_outbox()] == [[{"text": "one"}]]


async def test_a_turn_reads_its_own_check_in(store: BotStore) -> None:
    checkin = CheckIn(at=NOW, local_date=NOW.date(), presence=3, connection=4, note="quiet")
    async with store.transaction() as tx:
        await tx.commit_turn("e1", 7, None, [], Priority.REPLY, NOW)
        await tx.add_checkin(7, checkin)
        assert await tx.checkins(7) == [checkin]


async def test_a_reply_is_delivered_once_then_marked_sent(store: BotStore) -> None:
    async with store.transaction() as tx:
        await tx.commit_turn("e1", 7, None, [{"text": "hi"}], Priority.REPLY, NOW)
    (item,) = await store.pending_outbox()
    await store.mark_sent(item)
    assert await store.pending_outbox() == []


async def test_delete_leaves_nothing_of_the_user(store: BotStore) -> None:
    async with store.transaction() as tx:
        await tx.commit_turn("e1", 7, {"step": "a"}, [{"text": "hi"}], Priority.REPLY, NOW)
        await tx.add_checkin(
            7, CheckIn(at=NOW, local_date=NOW.date(), presence=3, connection=4, note="quiet")
        )
    async with store.transaction() as tx:
        await tx.forget_user(7)
        await tx.commit_turn("e2", 7, None, [], Priority.REPLY, NOW)
    async with store.transaction() as tx:
        turn = await tx.load_turn("e3", 7)
        assert (turn.user, turn.session) == (None, None)
        assert await tx.checkins(7) == []
    assert await store.user(7) is None
