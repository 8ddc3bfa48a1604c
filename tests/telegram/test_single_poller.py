"""One poller per bot: a second on the same database, or a 409 from Telegram, stops at once."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

import pytest

from bot.app import open_app
from bot.config import Settings
from bot.telegram.runner import ANOTHER_POLLER, PollingRefused, started
from tests.conftest import TEST_KEY
from tests.telegram.conftest import RunBot, TelegramUser
from tests.telegram.fake_api import TOKEN, FakeTelegram
from tests.telegram.test_run_command import reconnect_run

CONFLICT = (
    409,
    {
        "description": "Conflict: terminated by other getUpdates request; make sure that only "
        "one bot instance is running"
    },
)


async def test_a_second_poller_on_the_same_database_is_refused_before_polling(
    fake: FakeTelegram, run_bot: RunBot, tg_settings: Settings
) -> None:
    async with run_bot():
        await TelegramUser(fake).send("/help", until="not a therapist")
        polls_before = len(fake.calls)
        async with open_app(tg_settings) as second:
            with pytest.raises(PollingRefused) as refused:
                async with started(tg_settings, second):
                    pass
        assert str(refused.value) == ANOTHER_POLLER
        assert "webhook mode" in ANOTHER_POLLER
        assert len(fake.calls) == polls_before  # it never asked Telegram anything
    async with open_app(tg_settings) as app, started(tg_settings, app):
        pass  # the first one let go when it stopped: a new poller starts


async def test_a_409_from_telegram_stops_polling_and_says_why(
    fake: FakeTelegram, run_bot: RunBot
) -> None:
    fake.fail("getUpdates", *[CONFLICT] * 3)
    async with run_bot() as running:
        await asyncio.wait_for(running.conflict.wait(), 30)


def run_env(tmp_path: Path, fake: FakeTelegram) -> dict[str, str]:
    return {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "RECONNECT_DATABASE": str(tmp_path / "bot.sqlite3"),
        "RECONNECT_ENCRYPTION_KEY": TEST_KEY,
    }


async def test_a_second_reconnect_run_exits_at_once_saying_what_to_do(
    tmp_path: Path, fake: FakeTelegram
) -> None:
    first = await reconnect_run(tmp_path, run_env(tmp_path, fake))
    try:
        await TelegramUser(fake, user_id=99, within=30).send("/help", until="not a therapist")
        second = await reconnect_run(tmp_path, run_env(tmp_path, fake))
        _, stderr = await asyncio.wait_for(second.communicate(), 30)
    finally:
        first.send_signal(signal.SIGTERM)
        await asyncio.wait_for(first.communicate(), 30)
    assert second.returncode == 3
    said = stderr.decode()
    assert "already polling Telegram for this bot" in said
    assert "webhook mode" in said
    assert first.returncode == 0  # the first kept running until it was stopped


async def test_reconnect_run_exits_on_a_409_saying_why(tmp_path: Path, fake: FakeTelegram) -> None:
    fake.fail("getUpdates", *[CONFLICT] * 5)
    process = await reconnect_run(tmp_path, run_env(tmp_path, fake))
    _, stderr = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 3
    assert "409 Conflict" in stderr.decode()
