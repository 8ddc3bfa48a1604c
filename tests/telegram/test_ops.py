"""An operator's port: /healthz says what failed, /metrics counts without naming anyone."""

from __future__ import annotations

import json
import re
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path

import httpx
import pytest

from bot.app import open_app
from bot.config import Settings
from bot.ops_server import Health
from bot.storage.records import Vitals
from bot.telegram.runner import RunningBot, started
from tests.conftest import make_settings
from tests.telegram.conftest import TelegramUser
from tests.telegram.fake_api import TOKEN, FakeTelegram, text_update
from tests.telegram.test_bot import retry_waits  # noqa: F401  (a fixture)

PERSON = 918273645  # a user id that must never reach /metrics
CRISIS = "everything tonight feels pointless and I want to end my life"
TOO_MANY = (429, {"description": "Too Many Requests", "parameters": {"retry_after": 1}})


@asynccontextmanager
async def running(settings: Settings) -> AsyncIterator[RunningBot]:
    async with (
        open_app(settings) as app,
        started(settings, app, drain_every=3600, delivery_backoff=0.01) as bot,
    ):
        yield bot


async def get(bot: RunningBot, path: str) -> httpx.Response:
    async with httpx.AsyncClient() as client:
        return await client.get(f"http://127.0.0.1:{bot.ops_port}{path}")


def metric(body: str, name: str, **labels: str) -> float:
    """Return one sample's value from Prometheus text (0 if absent)."""
    wanted = ",".join(f'{key}="{value}"' for key, value in sorted(labels.items()))
    pattern = re.escape(name + (f"{{{wanted}}}" if labels else "")) + r" (\S+)"
    found = re.search(rf"^{pattern}$", body, re.MULTILINE)
    return float(found.group(1)) if found else 0.0


def polling(tmp_path: Path, fake: FakeTelegram) -> Settings:
    return make_settings(
        tmp_path,
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=fake.base_url,
        RECONNECT_METRICS_PORT="0",
    )


async def test_polling_serves_a_healthy_healthz(tmp_path: Path, fake: FakeTelegram) -> None:
    async with running(polling(tmp_path, fake)) as bot:
        answer = await get(bot, "/healthz")
    assert answer.status_code == 200
    assert answer.json() == {"database": "ok", "telegram": "ok"}


@pytest.mark.usefixtures("retry_waits")
async def test_metrics_count_a_crisis_and_say_nothing_about_the_person(
    tmp_path: Path, fake: FakeTelegram
) -> None:
    person = TelegramUser(fake, user_id=PERSON, within=30)
    async with running(polling(tmp_path, fake)) as bot:
        await person.send("/help", until="not a therapist")
        fake.fail("sendMessage", TOO_MANY)  # one 429, waited out (not slept)
        await person.send(CRISIS, until="Which country are you in")
        answer = await get(bot, "/metrics")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/plain")
    body = answer.text
    # Nothing about the person: not their id (as chat id too), not a word they wrote.
    assert str(PERSON) not in body
    written = {word for word in re.findall(r"[a-z]+", CRISIS.lower()) if len(word) > 3}
    assert {word for word in written if word in body.lower()} == set()
    assert metric(body, "reconnect_screens_total", level="crisis", kind="self") == 1
    assert metric(body, "reconnect_screens_total", level="none", kind="none") == 1
    assert metric(body, "reconnect_updates_handled_total", kind="text") == 1
    assert metric(body, "reconnect_updates_handled_total", kind="command") == 1
    assert metric(body, "reconnect_turn_seconds_count") == 2
    assert metric(body, "reconnect_telegram_429_total") == 1
    assert metric(body, "reconnect_outbox_depth") == 0
    assert metric(body, "reconnect_prompts_due") == 0


async def test_webhook_mode_serves_them_too(tmp_path: Path, fake: FakeTelegram) -> None:
    with socket.socket() as probe:  # a free port for the webhook
        probe.bind(("127.0.0.1", 0))
        webhook_port = probe.getsockname()[1]
    settings = make_settings(
        tmp_path,
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=fake.base_url,
        RECONNECT_WEBHOOK_URL=f"http://127.0.0.1:{webhook_port}/telegram",
        RECONNECT_WEBHOOK_SECRET="s3cret",
        RECONNECT_WEBHOOK_LISTEN="127.0.0.1",
        RECONNECT_WEBHOOK_PORT=str(webhook_port),
        RECONNECT_METRICS_PORT="0",
    )
    async with running(settings) as bot, httpx.AsyncClient() as client:
        assert bot.ops_port not in {None, webhook_port}
        update = {"update_id": 1, **text_update(PERSON, "/help")}
        posted = await client.post(
            f"http://127.0.0.1:{webhook_port}/telegram",
            json=update,
            headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret"},
        )
        assert posted.status_code == 200
        await fake.wait_for(lambda: bool(fake.sent(PERSON)), within=30)
        health = await get(bot, "/healthz")
        scraped = await get(bot, "/metrics")
    assert health.status_code == 200
    assert metric(scraped.text, "reconnect_updates_handled_total", kind="command") == 1


class Database:
    """A store whose database answers, or not."""

    def __init__(self) -> None:
        self.up = True

    async def ping(self) -> None:
        if not self.up:
            raise OSError("connection refused")

    async def vitals(self, now: datetime, late_before: datetime) -> Vitals:
        return Vitals(0, 0, 0)

    def sole_poller(self, name: str) -> object:
        raise NotImplementedError


class Telegram:
    """getMe that answers, or not; and a clock for how recent an answer is."""

    def __init__(self) -> None:
        self.up = True
        self.now = 1000.0
        self.asked = 0

    def get_me(self) -> Callable[[], Awaitable[object]]:
        async def ask() -> object:
            self.asked += 1
            if not self.up:
                raise OSError("unreachable")
            return {"id": 1}

        return ask


def health_over(database: Database, telegram: Telegram) -> Health:
    return Health(database, telegram.get_me(), fresh=60, monotonic=lambda: telegram.now)  # type: ignore[arg-type]


async def test_healthz_names_the_database_when_it_does_not_answer() -> None:
    database, telegram = Database(), Telegram()
    health = health_over(database, telegram)
    database.up = False
    assert await health.check() == (False, {"database": "failed", "telegram": "ok"})
    database.up = True
    assert await health.check() == (True, {"database": "ok", "telegram": "ok"})


async def test_healthz_fails_telegram_only_once_getme_stops_answering() -> None:
    database, telegram = Database(), Telegram()
    health = health_over(database, telegram)
    assert await health.check() == (True, {"database": "ok", "telegram": "ok"})
    telegram.up = False
    telegram.now += 30  # answered recently: no need to ask again
    assert await health.check() == (True, {"database": "ok", "telegram": "ok"})
    assert telegram.asked == 1
    telegram.now += 31  # no longer recent: asked, and it fails
    assert await health.check() == (False, {"database": "ok", "telegram": "failed"})


async def test_a_failing_healthz_answers_503_over_http(tmp_path: Path, fake: FakeTelegram) -> None:
    settings = polling(tmp_path, fake)
    async with running(settings) as bot:
        await bot_store_closed(bot)
        answer = await get(bot, "/healthz")
    assert answer.status_code == 503
    assert json.loads(answer.text)["database"] == "failed"


async def bot_store_closed(bot: RunningBot) -> None:
    """Make the database stop answering, as a lost server would."""
    store = bot.channel.app.store

    async def refuse() -> None:
        raise OSError("the database went away")

    store.ping = refuse  # type: ignore[method-assign]


async def test_a_metrics_port_in_use_stops_the_start_saying_so(
    tmp_path: Path, fake: FakeTelegram
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        settings = make_settings(
            tmp_path,
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_API_BASE_URL=fake.base_url,
            RECONNECT_METRICS_PORT=str(taken.getsockname()[1]),
        )
        with pytest.raises(OSError, match="in use"):
            async with running(settings):
                pass
    assert [c.method for c in fake.calls if c.method == "deleteWebhook"] == []  # never polled
