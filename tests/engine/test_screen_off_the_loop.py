"""The crisis screen runs off the event loop, before a turn's transaction: a message that
takes the screen a while (a page of text for its sentence encoder) holds no one else."""

from __future__ import annotations

import asyncio
import threading

import pytest

from bot.app import App
from bot.safety.levels import Verdict
from tests.chat import Chat

SLOW = "a message the screen takes its time over"


async def test_a_slow_screen_for_one_person_holds_no_one_else(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    real = app.engine._screen

    def screen(text: str) -> Verdict:
        if text == SLOW:
            release.wait(timeout=5)  # waits on the other person's turn, not on the clock
        return real(text)

    monkeypatch.setattr(app.engine, "_screen", screen)
    slow, quick = Chat(app, user_id=1), Chat(app, user_id=2)
    await slow.consent()
    await quick.consent()
    slow_turn = asyncio.create_task(slow.send(SLOW))
    await asyncio.sleep(0)  # let the slow turn start and reach its screen
    assert await quick.send("/menu")
    assert not slow_turn.done()
    release.set()
    assert await slow_turn
