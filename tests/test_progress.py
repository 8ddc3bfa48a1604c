"""/progress: a chart of the last 30 days and a short summary, or a kind word instead."""

from __future__ import annotations

import itertools
import struct
from datetime import UTC, date, datetime, time, timedelta

import pytest

from bot.app import App
from bot.clock import ManualClock
from bot.engine import Texts
from bot.features.checkin.records import CheckIn
from bot.features.progress import actions as progress
from tests.chat import Chat, text_of
from tests.conftest import ROOT

WORDS = ["numb", "flat", "tired", "calm", "hopeful"]


async def add_days(app: App, chat: Chat, clock: ManualClock, days: int, *, ago: int = 0) -> None:
    """Store one check-in a day for ``days`` days, ending ``ago`` days before today."""
    now = clock.now()
    async with app.store.transaction() as tx:
        for n in range(days):
            at = now - timedelta(days=ago + days - 1 - n)
            await tx.add_checkin(
                chat.user_id,
                CheckIn(
                    at,
                    at.date(),
                    presence=min(10, n // 3),
                    connection=5,
                    feeling=WORDS[n % len(WORDS)],
                ),
            )


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


async def test_with_no_check_ins_there_is_a_kind_word_and_no_chart(chat: Chat) -> None:
    replies = await chat.send("/progress")
    assert "nothing to show yet" in text_of(replies)
    assert all(reply.attachment is None for reply in replies)


async def test_with_one_check_in_there_is_no_empty_chart(
    app: App, chat: Chat, clock: ManualClock
) -> None:
    await add_days(app, chat, clock, 1)
    replies = await chat.send("/progress")
    assert "one check-in" in text_of(replies)
    assert "feelings at 0 out of 10" in text_of(replies)
    assert all(reply.attachment is None for reply in replies)


async def test_thirty_days_make_a_chart_and_a_summary(
    app: App, chat: Chat, clock: ManualClock
) -> None:
    await add_days(app, chat, clock, 30)
    await add_days(app, chat, clock, 10, ago=40)  # older than 30 days: not shown
    replies = await chat.send("/progress")
    photos = [reply.attachment for reply in replies if reply.attachment is not None]
    assert len(photos) == 1
    assert photos[0].kind == "photo"
    width, height = png_size(photos[0].content)
    assert (width, height) == (900, 500)
    assert 10_000 < len(photos[0].content) < 500_000
    said = text_of(replies)
    assert "checked in 30 times, on 30 days" in said
    assert "How present feelings were: rising" in said  # presence climbed from 0 to 9
    assert "How connected you felt: fairly steady" in said
    assert "The words you picked most:" in said


async def test_a_check_in_made_in_the_flow_shows_up(
    chat: Chat, app: App, clock: ManualClock
) -> None:
    await add_days(app, chat, clock, 1, ago=1)
    await chat.send("/checkin")
    for label in ("7", "6", "Good", "Hopeful", "Skip"):
        await chat.tap(label)
    replies = await chat.send("/progress")
    assert "checked in 2 times, on 2 days" in text_of(replies)
    assert "hopeful" in text_of(replies)


async def add_checkin(app: App, chat: Chat, at: datetime, presence: int, connection: int) -> None:
    async with app.store.transaction() as tx:
        await tx.add_checkin(chat.user_id, CheckIn(at, at.date(), presence, connection, "calm"))


async def test_two_check_ins_on_one_day_are_two_check_ins(
    app: App, chat: Chat, clock: ManualClock
) -> None:
    await add_checkin(app, chat, clock.now() - timedelta(hours=2), 2, 3)
    await add_checkin(app, chat, clock.now(), 6, 7)
    said = text_of(await chat.send("/progress"))
    assert "checked in 2 times, all on one day" in said
    assert "one check-in" not in said


async def test_a_day_with_two_check_ins_is_said_to_be_averaged(
    app: App, chat: Chat, clock: ManualClock
) -> None:
    await add_checkin(app, chat, clock.now() - timedelta(days=1), 5, 5)
    await add_checkin(app, chat, clock.now() - timedelta(hours=2), 2, 3)
    await add_checkin(app, chat, clock.now(), 6, 7)
    said = text_of(await chat.send("/progress"))
    assert "checked in 3 times, on 2 days" in said
    assert "shows the average of that day's scores" in said


@pytest.mark.parametrize("days", [7, 30, 90])
def test_date_labels_never_run_into_each_other(days: int) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    words = Texts.load(ROOT / "data" / "progress.yaml", progress.WORDS)
    today = date(2026, 12, 1)
    checkins = [
        CheckIn(
            datetime.combine(today - timedelta(days=n), time(9), UTC),
            today - timedelta(days=n),
            n % 11,
            5,
        )
        for n in range(days)
    ]
    figure = progress.draw(checkins, today, words, days)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    labels = [t for t in figure.axes[0].get_xticklabels() if t.get_text()]
    assert len(labels) >= 3, [t.get_text() for t in labels]
    boxes = sorted(
        (t.get_window_extent(canvas.get_renderer()) for t in labels), key=lambda b: b.x0
    )
    for left, right in itertools.pairwise(boxes):
        assert left.x1 + 4 <= right.x0, [t.get_text() for t in labels]
