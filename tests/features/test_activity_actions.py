"""/activity's actions alone: an activity is kept sealed for its day with how it may feel,
waits to be rated once its day comes, is compared kindly with the guess, can be let go,
and the week's look-back shows what lifted even a little."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from functools import partial

import pytest

from bot.features.activities import Activities
from bot.features.activities.actions import (
    REMINDER,
    WORDS,
    keep_activity,
    let_go_activity,
    rate_activity,
    read_activities,
    remind_activity,
    show_activity_week,
)
from bot.features.activities.records import planned
from tests.features.acting import DATA, USER_ID, Acting, words

SAID = words("activation.yaml", WORDS)
FOUND = Activities.load(DATA).found
keep = partial(keep_activity, found=FOUND, words=SAID)
read = partial(read_activities, found=FOUND)
rate = partial(rate_activity, words=SAID)
look_back = partial(show_activity_week, found=FOUND, words=SAID)


async def plan(person: Acting, day: str = "today", **answers: object) -> None:
    chosen = {"activity": "old_song", "expected_pleasure": 2, "expected_achievement": 3}
    await person.run(keep, day=day, **{**chosen, **answers})  # type: ignore[arg-type]


async def test_ones_own_words_are_kept_sealed_for_the_day_chosen(person: Acting) -> None:
    result = await person.run(
        keep,
        activity="own",
        own_activity="  call my sister  ",
        day="tomorrow",
        expected_pleasure=1,
        expected_achievement=4,
    )
    assert [r.text for r in result.replies] == ["Planned: call my sister, tomorrow."]
    assert result.answers["activity_today"] is False
    async with person.reading() as tx:
        (kept,) = await planned(tx, USER_ID)
    assert (kept.activity, kept.own, kept.due_on) == (
        "call my sister",
        True,
        person.clock.now().date() + timedelta(days=1),
    )
    assert (kept.expected_pleasure, kept.expected_achievement, kept.rated) == (1, 4, False)


async def test_an_idea_from_the_list_is_named_with_how_to_do_it(person: Acting) -> None:
    result = await person.run(keep, activity="old_song", day="in_3", expected_pleasure=0)
    said = result.replies[0].text
    assert said.startswith(
        "Planned: Listen to a song you once loved, in 3 days, on Thursday 05 November."
    )
    assert "all the way through" in said


@pytest.mark.parametrize("answers", [{"activity": "not_now"}, {"activity": "own"}])
async def test_nothing_chosen_keeps_nothing(person: Acting, answers: dict[str, str]) -> None:
    result = await person.run(keep, day="today", **answers)
    assert (result.replies, result.answers) == ((), {"activity_kept": False})
    async with person.reading() as tx:
        assert await planned(tx, USER_ID) == []


async def test_an_activity_waits_to_be_rated_from_its_day_on(person: Acting) -> None:
    await plan(person, day="tomorrow")
    assert (await person.run(read)).answers == {"activity_waiting": False}
    person.clock.advance(timedelta(days=1))
    answers = (await person.run(read)).answers
    assert answers["activity_waiting"] is True
    assert answers["waiting_label"] == "Listen to a song you once loved"


@pytest.mark.parametrize(
    ("felt", "line"),
    [
        ((4, 4), "It lifted a little more than you expected"),
        ((2, 4), "About what you expected"),
        ((1, 1), "Less than you hoped this time"),
        ((0, 0), "Nothing much this time"),
    ],
)
async def test_how_it_was_is_set_beside_the_guess_kindly(
    person: Acting, felt: tuple[int, int], line: str
) -> None:
    await plan(person)  # expected 2 and 3
    waiting = (await person.run(read)).answers
    result = await person.run(
        rate,
        waiting_id=waiting["waiting_id"],
        actual_pleasure=felt[0],
        actual_achievement=felt[1],
    )
    said = result.replies[0].text
    assert f"Pleasure: you expected 2, it was {felt[0]}" in said
    assert f"you expected 3, it was {felt[1]}" in said
    assert line in said
    assert (await person.run(read)).answers == {"activity_waiting": False}


async def test_one_that_didnt_happen_is_let_go_and_not_looked_back_on(person: Acting) -> None:
    await plan(person)
    waiting = (await person.run(read)).answers
    await person.run(let_go_activity, waiting_id=waiting["waiting_id"])
    assert (await person.run(read)).answers == {"activity_waiting": False}
    assert (await person.run(look_back)).replies == ()
    async with person.reading() as tx:
        (kept,) = await planned(tx, USER_ID)
    assert kept.rated_at is not None
    assert not kept.rated


async def test_the_reminder_is_kept_only_for_someone_with_a_daily_prompt(person: Acting) -> None:
    result = await person.run(remind_activity, day="in_2")
    assert result.answers == {"has_prompt_time": False}
    async with person.reading() as tx:
        assert await tx.step_reminders(USER_ID) == []
    assert person.user is not None
    person.user = replace(person.user, prompt_time="19:00")
    result = await person.run(remind_activity, day="in_2")
    assert result.answers == {"has_prompt_time": True}
    async with person.reading() as tx:
        due = person.clock.now().date() + timedelta(days=2)
        assert await tx.step_reminders(USER_ID) == [(REMINDER, due)]


async def test_the_week_looks_back_on_what_lifted_even_a_little(person: Acting) -> None:
    assert (await person.run(look_back)).replies == ()  # nothing rated: nothing said
    for felt in ((3, 0), (0, 0)):
        await plan(person)
        waiting = (await person.run(read)).answers
        await person.run(
            rate,
            waiting_id=waiting["waiting_id"],
            actual_pleasure=felt[0],
            actual_achievement=felt[1],
        )
    said = (await person.run(look_back)).replies[0].text
    assert said.startswith("Activities this week, and what lifted even a little:")
    assert "Listen to a song you once loved (pleasure 3, achievement 0)" in said
    assert "(nothing much yet, and it still counts)" in said
    person.clock.advance(timedelta(days=8))
    assert (await person.run(look_back)).replies == ()  # a week on, gone from the look-back
