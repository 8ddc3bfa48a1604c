"""Crisis replies first, through the real PTB application and a fake Bot API: before the
replies still waiting for the chat, whole, and first out of the outbox after a restart."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.app import App, open_app
from bot.config import Settings
from bot.storage.records import OutboxItem, Priority
from bot.telegram import limits
from bot.telegram.runner import started
from tests.telegram.fake_api import FakeTelegram

PERSON = 4242


async def queued(app: App, key: str, texts: list[str], priority: Priority) -> OutboxItem:
    """Commit a turn's replies to the outbox, as the engine does."""
    async with app.store.transaction() as tx:
        item = await tx.commit_turn(
            key, PERSON, None, [{"text": text} for text in texts], priority, datetime.now(UTC)
        )
    assert item is not None
    return item


def texts_sent(fake: FakeTelegram) -> list[str]:
    return [str(call.params["text"]) for call in fake.sent(PERSON) if call.result is not None]


class HeldBack:
    """asyncio for the limiter: a chat's back-off after a 429 lasts until the test ends it."""

    def __init__(self) -> None:
        self.over = asyncio.Event()

    def __getattr__(self, name: str) -> Any:
        return getattr(asyncio, name)

    async def sleep(self, _seconds: float) -> None:
        await self.over.wait()


async def test_a_crisis_reply_overtakes_the_replies_still_waiting_for_the_chat(
    fake: FakeTelegram, tg_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    held = HeldBack()
    monkeypatch.setattr(limits, "asyncio", held)
    too_many = (429, {"description": "Too Many Requests", "parameters": {"retry_after": 3}})
    async with (
        open_app(tg_settings) as app,
        started(tg_settings, app, drain_every=3600) as running,
    ):
        delivery = running.channel.delivery
        gate = running.application.bot.rate_limiter.chats  # type: ignore[union-attr]
        fake.fail("sendMessage", too_many)  # Telegram holds the chat back
        replies = [
            await queued(app, f"reply-{n}", [f"reply {n}"], Priority.REPLY) for n in range(1, 4)
        ]
        sending = [asyncio.create_task(delivery.deliver(replies[0]))]
        await fake.wait_for(lambda: not fake.failures["sendMessage"])
        sending += [asyncio.create_task(delivery.deliver(item)) for item in replies[1:]]
        crisis = await queued(
            app, "crisis", ["the lines", "are you safe right now?"], Priority.CRISIS
        )
        crisis_sent = asyncio.create_task(delivery.deliver(crisis))
        # The refused reply backing off, two replies and the crisis reply (held and waiting)
        await fake.wait_for(lambda: gate.gates[PERSON].using == 5)
        assert texts_sent(fake) == []
        held.over.set()
        assert await asyncio.wait_for(crisis_sent, 5)
        await asyncio.wait_for(asyncio.gather(*sending), 5)
    sent = texts_sent(fake)
    assert sent == ["the lines", "are you safe right now?", "reply 1", "reply 2", "reply 3"]


async def test_after_a_restart_the_outbox_sends_a_crisis_reply_first(
    fake: FakeTelegram, tg_settings: Settings
) -> None:
    async with open_app(tg_settings) as app:  # committed, then the process stopped
        await queued(app, "prompt", ["a daily prompt"], Priority.PROMPT)
        await queued(app, "reply", ["a reply"], Priority.REPLY)
        await queued(app, "crisis", ["the lines"], Priority.CRISIS)
    async with (
        open_app(tg_settings) as app,
        started(tg_settings, app, drain_every=3600),
    ):
        await fake.wait_for(lambda: len(texts_sent(fake)) == 3)
    assert texts_sent(fake) == ["the lines", "a reply", "a daily prompt"]


async def test_a_reply_telegram_took_while_the_database_was_gone_is_not_sent_again(
    fake: FakeTelegram, tg_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database restarts between Telegram accepting a reply and the outbox marking it:
    the worker remembers, marks it once the database is back, and sends nothing twice."""
    async with (
        open_app(tg_settings) as app,
        started(tg_settings, app, drain_every=3600) as running,
    ):
        delivery = running.channel.delivery
        item = await queued(app, "reply-1", ["only once"], Priority.REPLY)
        working = app.store.mark_sent

        async def gone(*_args: Any) -> None:
            raise ConnectionError("the database is restarting")

        monkeypatch.setattr(app.store, "mark_sent", gone)
        with contextlib.suppress(ConnectionError):
            assert not await delivery.deliver(item)  # sent, not marked: kept for later
        assert texts_sent(fake) == ["only once"]
        monkeypatch.setattr(app.store, "mark_sent", working)
        await delivery.drain()  # the database is back; the outbox still holds the item
        assert await app.store.pending_outbox() == []
    assert texts_sent(fake) == ["only once"]
