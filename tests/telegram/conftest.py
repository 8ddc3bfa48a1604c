"""Fixtures: a fake Bot API on loopback, and the real bot started against it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from bot.app import open_app
from bot.config import Settings
from bot.telegram.runner import RunningBot, started
from tests.conftest import make_settings
from tests.telegram.fake_api import TOKEN, FakeTelegram, button_update, text_update


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    server = FakeTelegram()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
def tg_settings(tmp_path: Path, fake: FakeTelegram) -> Settings:
    return make_settings(tmp_path, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=fake.base_url)


RunBot = Callable[[], AbstractAsyncContextManager[RunningBot]]


@pytest.fixture
def run_bot(tg_settings: Settings) -> RunBot:
    """Open the app and start the bot; each use is one run of the process."""

    @asynccontextmanager
    async def run() -> AsyncIterator[RunningBot]:
        async with (
            open_app(tg_settings) as app,
            started(tg_settings, app, drain_every=3600, delivery_backoff=0.01) as running,
        ):
            yield running

    return run


class TelegramUser:
    """A person in a private chat with the bot, as Telegram would relay them."""

    def __init__(self, fake: FakeTelegram, user_id: int = 4242, within: float = 10.0) -> None:
        self.fake = fake
        self.user_id = user_id
        self.within = within  # how long to wait for a reply

    def messages(self) -> list[dict[str, Any]]:
        """Return every message the bot sent to this user, as Telegram stored them."""
        return [c.result for c in self.fake.sent(self.user_id) if isinstance(c.result, dict)]

    async def push(self, update: dict[str, Any], until: str | None) -> list[str]:
        before = len(self.fake.sent(self.user_id))
        self.fake.push(update)
        if until is None:
            return []

        def arrived() -> bool:
            return any(until.casefold() in t.casefold() for t in self._texts_since(before))

        await self.fake.wait_for(arrived, self.within)
        return self._texts_since(before)

    def _texts_since(self, before: int) -> list[str]:
        calls = self.fake.sent(self.user_id)[before:]
        return [str(c.params.get("text", "")) for c in calls if c.result is not None]

    async def send(self, text: str, until: str | None = None) -> list[str]:
        """Type a message; wait until a reply containing ``until`` arrives."""
        return await self.push(text_update(self.user_id, text), until)

    def message_with(self, label: str) -> dict[str, Any]:
        """Return the newest bot message that has a button with this label."""
        for message in reversed(self.messages()):
            for row in message.get("reply_markup", {}).get("inline_keyboard", []):
                if any(button["text"] == label for button in row):
                    return message
        raise AssertionError(f"no message with a button {label!r}")

    async def agree(self) -> None:
        """Go through /start as a new user would: agree, and skip what can be skipped."""
        await self.send("/start", until="Is it okay")
        await self.tap("Yes, that's okay", until="How old are you")
        await self.tap("I'd rather not say", until="Which country")
        await self.tap("Skip for now", until="Which time zone")
        await self.tap("Not sure", until="reminder")
        await self.tap("No reminders", until="first check-in")

    async def tap(self, label: str, until: str | None = None) -> list[str]:
        """Press the newest button with this label."""
        message = self.message_with(label)
        data = next(
            button["callback_data"]
            for row in message["reply_markup"]["inline_keyboard"]
            for button in row
            if button["text"] == label
        )
        return await self.push(button_update(self.user_id, message, data), until)
