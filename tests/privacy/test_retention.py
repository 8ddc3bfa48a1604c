"""Retention: a deployer can have old notes and journal entries deleted; off by default."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.app import App
from bot.clock import ManualClock
from bot.engine import Event, EventKind
from bot.features.checkin.records import CheckIn
from bot.features.journal.records import JournalEntry
from bot.maintenance import tidy
from tests.chat import Chat
from tests.conftest import make_settings


async def fill(app: App, chat: Chat, clock: ManualClock) -> None:
    now = clock.now()
    async with app.store.transaction() as tx:
        for days_ago in (40, 5):
            at = now - timedelta(days=days_ago)
            await tx.add_checkin(
                chat.user_id, CheckIn(at, at.date(), 3, 4, "flat", f"note {days_ago}")
            )
            await tx.add_journal_entry(
                chat.user_id,
                JournalEntry(at, at.date(), "expressive", {"writing": f"entry {days_ago}"}),
            )
    await chat.send("/menu")  # a processed event id from today


async def kept(app: App, chat: Chat) -> tuple[list[str], list[str]]:
    async with app.store.transaction() as tx:
        notes = [c.note for c in await tx.checkins(chat.user_id)]
        writing = [e.parts.get("writing", "") for e in await tx.journal_entries(chat.user_id)]
    return notes, writing


async def test_without_retention_nothing_is_deleted(
    app: App, chat: Chat, clock: ManualClock
) -> None:
    assert app.settings.retention_days is None
    await fill(app, chat, clock)
    await tidy(app.store, clock, app.settings.retention_days)
    assert await kept(app, chat) == (["note 40", "note 5"], ["entry 40", "entry 5"])


async def test_with_retention_old_notes_and_entries_go_and_scores_stay(
    app: App, chat: Chat, clock: ManualClock
) -> None:
    await fill(app, chat, clock)
    await tidy(app.store, clock, 30)
    assert await kept(app, chat) == (["", "note 5"], ["entry 5"])
    async with app.store.transaction() as tx:
        assert [c.presence for c in await tx.checkins(chat.user_id)] == [3, 3]


async def test_old_processed_event_ids_are_pruned_after_a_week(
    app: App, chat: Chat, clock: ManualClock
) -> None:
    await chat.deliver(Event("menu-1", chat.user_id, EventKind.COMMAND, text="/menu"))
    assert await seen(app, chat, "menu-1")
    clock.advance(timedelta(days=8))
    await tidy(app.store, clock, None)
    assert not await seen(app, chat, "menu-1")


async def seen(app: App, chat: Chat, event_id: str) -> bool:
    """Return whether the store still knows the event as handled."""
    async with app.store.transaction() as tx:
        return (await tx.load_turn(event_id, chat.user_id)).seen


@pytest.mark.parametrize(("value", "days"), [("", None), ("90", 90)])
def test_the_setting_is_read_from_the_environment(
    tmp_path: Path, value: str, days: int | None
) -> None:
    assert make_settings(tmp_path, RECONNECT_RETENTION_DAYS=value).retention_days == days
