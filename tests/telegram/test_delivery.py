"""Crisis replies first, through the real PTB application and a fake Bot API: before the
replies still queued for the chat, whole, and first out of the outbox after a restart."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from bot.app import App, open_app
from bot.config import Settings
from bot.storage.records import OutboxItem, Priority
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


async def test_a_crisis_reply_overtakes_the_replies_still_queued_for_the_chat(
    fake: FakeTelegram, tg_settings: Settings
) -> None:
    async with (
        open_app(tg_settings) as app,
        # A slow pace for the chat (three at once, then one every 0.5 s), so that replies
        # are still queued for it when the crisis reply comes.
        started(tg_settings, app, drain_every=3600, chat_period=0.5) as running,
    ):
        delivery = running.channel.delivery
        ordinary = [
            await queued(app, f"reply-{n}", [f"reply {n}"], Priority.REPLY) for n in range(1, 7)
        ]
        sending = [asyncio.create_task(delivery.deliver(item)) for item in ordinary]
        await fake.wait_for(lambda: len(texts_sent(fake)) == 3)
        crisis = await queued(
            app, "crisis", ["the lines", "are you safe right now?"], Priority.CRISIS
        )
        assert await asyncio.wait_for(delivery.deliver(crisis), 5)
        await asyncio.wait_for(asyncio.gather(*sending), 10)
    sent = texts_sent(fake)
    assert sorted(sent[:3]) == ["reply 1", "reply 2", "reply 3"]  # out before it came
    assert sent[3:] == ["the lines", "are you safe right now?", "reply 4", "reply 5", "reply 6"]


async def test_after_a_restart_the_outbox_sends_a_crisis_reply_first(
    fake: FakeTelegram, tg_settings: Settings
) -> None:
    async with open_app(tg_settings) as app:  # committed, then the process stopped
        await queued(app, "prompt", ["a daily prompt"], Priority.PROMPT)
        await queued(app, "reply", ["a reply"], Priority.REPLY)
        await queued(app, "crisis", ["the lines"], Priority.CRISIS)
    async with (
        open_app(tg_settings) as app,
        started(tg_settings, app, drain_every=3600, chat_period=0.01),
    ):
        await fake.wait_for(lambda: len(texts_sent(fake)) == 3)
    assert texts_sent(fake) == ["the lines", "a reply", "a daily prompt"]
