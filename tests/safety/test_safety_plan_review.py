"""A reminder to look at the safety plan again, asked for after making it: it comes with
the daily prompt of the day chosen (a week or a month on), once, on an injected clock."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.app import App, open_app
from bot.clock import ManualClock
from bot.config import Settings
from bot.console import TERMINAL
from bot.prompt_times import with_next_prompt
from bot.scheduler import Scheduler
from bot.storage.records import UserRecord
from tests.chat import Chat, labels_of, text_of
from tests.test_follow_up import Sent, run_until, texts

REMINDER = "remind you to look at it again"


async def make_a_plan(app: App, clock: ManualClock, prompt_time: str | None) -> Chat:
    now = clock.now()  # Monday 2026-11-02, 09:00 UTC and in London
    user = UserRecord(
        1,
        created_at=now,
        consented_at=now,
        country="GB",
        timezone="Europe/London",
        prompt_time=prompt_time,
    )
    async with app.store.transaction() as tx:
        await tx.save_user(with_next_prompt(user, now))
    chat = Chat(app, user_id=1)
    await chat.send("/safetyplan")
    await chat.tap("Yes, let's start")
    for _part in range(4):
        await chat.tap("Skip this part")
    await chat.tap("Just these lines")
    await chat.tap("Skip this part")
    await chat.tap("Skip this part")
    replies = await chat.tap("Very likely")
    assert "Would you like me to remind you to look at it again?" in text_of(replies)
    assert labels_of(replies) == ["In a week", "In a month", "No, thanks"]
    return chat


@pytest.mark.parametrize(("label", "days"), [("In a week", 7), ("In a month", 30)])
async def test_the_reminder_comes_with_the_prompt_of_its_day_and_once(
    app: App, clock: ManualClock, label: str, days: int
) -> None:
    chat = await make_a_plan(app, clock, "19:00")
    said = text_of(await chat.tap(label))
    assert f"I'll remind you {label.lower()}, with your daily check-in prompt." in said
    assert "Would you like a copy?" in said
    await chat.tap("No, thanks")
    start = clock.now()
    sent = Sent(app, clock)
    scheduler = Scheduler(app.store, app.engine, clock)
    await run_until(scheduler, clock, sent, start + timedelta(days=days + 2))
    reminded = [item.key for _, item in sent.items if REMINDER in texts(item)]
    due = (start + timedelta(days=days)).date().isoformat()
    assert reminded == [f"prompt:1:{due}"]
    moments = {item.key: at for at, item in sent.items}
    assert moments[f"prompt:1:{due}"] == datetime.fromisoformat(f"{due}T19:00:00+00:00")
    item = next(item for _, item in sent.items if item.key == f"prompt:1:{due}")
    assert "/safetyplan" in texts(item)
    assert len(sent.items) == days + 2  # a prompt every day, the reminder in one of them


async def test_without_a_daily_time_nothing_is_promised_or_kept(
    app: App, clock: ManualClock
) -> None:
    chat = await make_a_plan(app, clock, None)
    said = text_of(await chat.tap("In a week"))
    assert "I'll remind you" not in said
    assert "you haven't set one" in said
    async with app.store.transaction() as tx:
        assert await tx.step_reminders(1) == []


async def test_no_thanks_keeps_no_reminder(app: App, clock: ManualClock) -> None:
    chat = await make_a_plan(app, clock, "19:00")
    said = text_of(await chat.tap("No, thanks"))
    assert "I'll remind you" not in said
    assert "Would you like a copy?" in said
    async with app.store.transaction() as tx:
        assert await tx.step_reminders(1) == []


async def test_the_terminal_offers_no_reminder_it_cannot_send(
    settings: Settings, clock: ManualClock
) -> None:
    async with open_app(settings, clock, channel=TERMINAL) as terminal:
        chat = Chat(terminal, user_id=1)
        await chat.consent()
        await chat.send("/safetyplan")
        await chat.tap("Yes, let's start")
        for _part in range(4):
            await chat.tap("Skip this part")
        await chat.tap("Just these lines")
        await chat.tap("Skip this part")
        await chat.tap("Skip this part")
        replies = await chat.tap("Very likely")
    said = text_of(replies)
    assert "Look at it again now and then" in said
    assert "A note in your calendar can remind you." in said
    assert "remind you to look at it again?" not in said
    assert labels_of(replies) == ["As a message to forward", "As a file", "No, thanks"]
