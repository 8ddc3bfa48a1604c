"""Behavioural activation in the weekly plan: an activity chosen when a week starts is shown
on each of its days and not after a new week begins; the list is data, checked by flows
check. The loop itself (/activity) is in tests/features/test_activity_actions.py and the
conversation scripts."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

from bot.app import check_flows
from bot.clock import ManualClock
from bot.features.activities import Activities
from tests.chat import Chat, labels_of, text_of
from tests.conftest import ROOT


async def test_the_chosen_activity_comes_with_every_day_of_that_week_only(
    chat: Chat, clock: ManualClock
) -> None:
    await chat.send("/plan")
    await chat.tap("Start today")
    await chat.tap("A fair bit")
    await chat.tap("Go back to a class or group")
    await chat.tap("Today")
    await chat.send("3")
    await chat.send("2")
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
