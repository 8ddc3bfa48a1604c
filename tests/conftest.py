"""Shared fixtures: settings on a temporary database, the real app, a chat helper."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.app import App, open_app
from bot.clock import ManualClock
from bot.config import Settings
from tests.chat import Chat

pytest_plugins = ["tests.pg"]

ROOT = Path(__file__).resolve().parent.parent
TEST_KEY = "q1c0Z2n4cVZ3eWt6aGVsbG9yZWNvbm5lY3R0ZXN0a2U="


def make_settings(tmp_path: Path, **overrides: str) -> Settings:
    """Return settings for a database in tmp_path, with the shipped flows and data."""
    env = {
        "RECONNECT_DATABASE": str(tmp_path / "reconnect.sqlite3"),
        "RECONNECT_ENCRYPTION_KEY": TEST_KEY,
        "RECONNECT_FLOWS_DIR": str(ROOT / "flows"),
        "RECONNECT_DATA_DIR": str(ROOT / "data"),
        **overrides,
    }
    return Settings.from_env(env)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))


@pytest.fixture
async def app(settings: Settings, clock: ManualClock) -> AsyncIterator[App]:
    async with open_app(settings, clock) as opened:
        yield opened


@pytest.fixture
async def chat(app: App) -> Chat:
    """A user who has agreed to talk about feelings (onboarding has its own tests)."""
    talker = Chat(app)
    await talker.consent()
    return talker


@pytest.fixture
def stranger(app: App) -> Chat:
    """A user the bot has never met."""
    return Chat(app, user_id=77)
