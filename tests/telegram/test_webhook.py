"""The webhook answers 200 only once an update's turn is done: a turn that failed (the
database gone) gets 500, so Telegram sends the update again, and it is then handled once."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.app import App, open_app
from bot.config import Settings
from bot.telegram.runner import started
from tests.conftest import make_settings
from tests.telegram.fake_api import TOKEN, FakeTelegram, text_update

PERSON = 5550123


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def settings(tmp_path: Path, fake: FakeTelegram) -> Settings:
    port = free_port()
    return make_settings(
        tmp_path,
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=fake.base_url,
        RECONNECT_WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram",
        RECONNECT_WEBHOOK_SECRET="s3cret",
        RECONNECT_WEBHOOK_LISTEN="127.0.0.1",
        RECONNECT_WEBHOOK_PORT=str(port),
    )


@asynccontextmanager
async def running(settings: Settings) -> AsyncIterator[App]:
    async with (
        open_app(settings) as app,
        started(settings, app, drain_every=3600, delivery_backoff=0.01),
    ):
        yield app


async def post(settings: Settings, update: dict[str, Any], secret: str = "s3cret") -> int:
    async with httpx.AsyncClient() as client:
        answer = await client.post(
            settings.webhook_url or "",
            json=update,
            headers={"X-Telegram-Bot-Api-Secret-Token": secret},
            timeout=30,
        )
    return answer.status_code


async def test_a_turn_that_failed_is_answered_500_and_handled_once_when_sent_again(
    settings: Settings, fake: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    update = {"update_id": 7, **text_update(PERSON, "/help")}
    async with running(settings) as app:
        working = app.store.transaction

        def gone() -> Any:
            raise ConnectionError("the database is not answering")

        monkeypatch.setattr(app.store, "transaction", gone)
        assert await post(settings, update) == 500  # Telegram will send it again
        assert fake.sent(PERSON) == []
        monkeypatch.setattr(app.store, "transaction", working)
        assert await post(settings, update) == 200  # handled, its reply sent
        assert await post(settings, update) == 200  # a duplicate: seen, nothing more
        await fake.wait_for(lambda: bool(fake.sent(PERSON)), within=30)
    assert len(fake.sent(PERSON)) == 1
    assert "I'm Reconnect" in str(fake.sent(PERSON)[0].params["text"])


async def test_a_post_without_the_secret_is_refused_and_not_read(
    settings: Settings, fake: FakeTelegram
) -> None:
    async with running(settings):
        assert await post(settings, {"update_id": 8, **text_update(PERSON, "/help")}, "x") == 403
    assert fake.sent(PERSON) == []


async def test_telegram_is_told_the_webhook_with_its_secret(
    settings: Settings, fake: FakeTelegram
) -> None:
    async with running(settings):
        pass
    told = [call.params for call in fake.calls if call.method == "setWebhook"]
    assert len(told) == 1
    assert told[0]["url"] == settings.webhook_url
    assert told[0]["secret_token"] == "s3cret"
