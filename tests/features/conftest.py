"""Fixtures for running feature actions alone (the ``clock`` is tests/conftest.py's)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ManualClock
from tests.features.acting import Acting, newcomer, opened_store


@pytest.fixture
async def person(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Acting]:
    """Someone who joined today, has consented, and lives in UTC."""
    async with opened_store(tmp_path) as store:
        acting = Acting(store, clock, newcomer())
        await acting.join()
        yield acting
