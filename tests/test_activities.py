"""Behavioural activation in the weekly plan: an activity chosen when a week starts is shown
on each of its days and not after a new week begins; the list is data, checked by flows
check. The loop itself (/activity) is in tests/features/test_activity_actions.py and the
conversation scripts."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from bot.app import App, check_flows, open_app
from bot.clock import ManualClock
from bot.config import Settings
from bot.engine import Event, EventKind
from bot.features.activities import Activities
from tests.chat import Chat, labels_of, text_of
from tests.conftest import ROOT


async def plan_for_tomorrow(chat: Chat) -> str:
    """Plan a song for tomorrow from /activity, expecting little; return what was said last."""
    await chat.send("/activity")
    await chat.tap("Very little")
    await chat.tap("Listen to a song you once loved")
    await chat.tap("Tomorrow")
    await chat.send("1")
    return text_of(await chat.send("2"))


async def test_the_reminder_comes_with_the_daily_prompt_of_its_day_only(
    app: App, chat: Chat, clock: ManualClock
) -> None:
    user = await chat.user()
    assert user is not None
    async with app.store.transaction() as tx:
        await tx.save_user(replace(user, prompt_time="19:00", timezone="UTC"))
    assert "Would you like a reminder on that day?" in await plan_for_tomorrow(chat)
    assert "I'll remind you that day" in text_of(await chat.tap("Yes, remind me"))
    today = Event("prompt:today", chat.user_id, EventKind.PROMPT, payload="prompt")
    assert "small activity you planned" not in text_of(await chat.deliver(today))
    await chat.tap("Not today")
    clock.advance(timedelta(days=1))
    tomorrow = Event("prompt:tomorrow", chat.user_id, EventKind.PROMPT, payload="prompt")
    said = text_of(await chat.deliver(tomorrow))
    assert "Today is the day of the small activity you planned" in said
    assert "/activity asks how it was" in said
    await chat.tap("Not today")
    said = text_of(await chat.send("/activity"))
    assert "You planned this: Listen to a song you once loved. How did it go?" in said


async def test_in_the_terminal_it_says_it_cant_remind(
    settings: Settings, clock: ManualClock
) -> None:
    async with open_app(settings, clock, channel="terminal") as app:
        chat = Chat(app, user_id=77)
        await chat.consent()
        said = await plan_for_tomorrow(chat)
        assert "Planned: Listen to a song you once loved, tomorrow." in said
        assert "in the terminal I can't remind you" in said
        assert "Would you like a reminder" not in said
        async with app.store.transaction() as tx:
            assert await tx.step_reminders(chat.user_id) == []


async def test_the_chosen_activity_comes_with_every_day_of_that_week_only(
    chat: Chat, clock: ManualClock
) -> None:
    await chat.send("/plan")
    await chat.tap("Start today")
    await chat.tap("A fair bit")
    await chat.tap("Go back to a class or group")
    await chat.tap("Today")
    await chat.send("3")
    said = text_of(await chat.send("2"))  # planned for today: the plan's day 1 at once
    assert "Planned: Go back to a class or group, today." in said
    assert "This week's activity: Go back to a class or group" in said
    assert "Day 1 of 7" in said
    await chat.tap("Done")
    for day in range(2, 8):
        clock.advance(timedelta(days=1))
        said = text_of(await chat.send("/plan"))
        assert f"Day {day} of 7" in said
        assert "This week's activity: Go back to a class or group" in said
        await chat.tap("Done")
    clock.advance(timedelta(days=1))
    assert "Start a new week" in labels_of(await chat.send("/plan"))
    said = text_of(await chat.tap("Start a new week"))
    assert "You planned this: Go back to a class or group. How did it go?" in said
    said = text_of(await chat.tap("Not now"))
    assert "/activity is here whenever you like" in said
    assert "This week's activity" not in said


def test_every_level_has_a_few_activities_that_fit_on_a_button() -> None:
    found = Activities.load(ROOT / "data").found
    assert found is not None
    assert [level.id for level in found.levels] == ["low", "some", "more"]
    for level in found.levels:
        assert 3 <= len(level.activities) <= 6
        assert all(len(activity.label) <= 40 for activity in level.activities)


def test_a_broken_activity_list_is_a_clear_problem(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    text = (data / "activities.yaml").read_text(encoding="utf-8")
    (data / "activities.yaml").write_text(text.replace("id: draw_mood", "id: old_song"))
    found = [str(problem) for problem in check_flows(ROOT / "flows", data=data)]
    assert any("activities.yaml" in p and "same id" in p for p in found), found
