"""/plan's actions alone: a week begun today, each day marked, a look back on day seven."""

from __future__ import annotations

from datetime import timedelta
from functools import partial

from bot.features.checkin.actions import save_checkin
from bot.features.journal.actions import save_journal_entry
from bot.features.weekly_plan.actions import (
    WORDS,
    mark_plan_day,
    read_weekly_plan,
    review_week,
    start_weekly_plan,
)
from tests.features.acting import Acting, words

SHIPPED = words("weekly_plan.yaml", WORDS)
review = partial(review_week, words=SHIPPED)


async def test_no_plan_until_one_is_begun(person: Acting) -> None:
    result = await person.run(read_weekly_plan)
    assert result.answers == {"plan_state": "none", "plan_day": 0, "day_mark": ""}


async def test_a_day_marked_is_remembered_and_the_next_day_is_day_two(person: Acting) -> None:
    started = await person.run(start_weekly_plan)
    assert started.answers == {"plan_state": "active", "plan_day": 1, "day_mark": ""}
    await person.run(mark_plan_day, plan_day=1, mark="done")
    assert (await person.run(read_weekly_plan)).answers["day_mark"] == "done"
    person.clock.advance(timedelta(days=1))
    tomorrow = await person.run(read_weekly_plan)
    assert tomorrow.answers == {"plan_state": "active", "plan_day": 2, "day_mark": ""}


async def test_a_mark_that_is_neither_done_nor_skipped_is_not_kept(person: Acting) -> None:
    await person.run(start_weekly_plan)
    await person.run(mark_plan_day, plan_day=1, mark="maybe")
    assert (await person.run(read_weekly_plan)).answers["day_mark"] == ""


async def test_after_seven_days_the_plan_is_finished(person: Acting) -> None:
    await person.run(start_weekly_plan)
    person.clock.advance(timedelta(days=7))
    assert (await person.run(read_weekly_plan)).answers["plan_state"] == "finished"


async def test_the_look_back_counts_the_weeks_check_ins_steps_and_writing(
    person: Acting,
) -> None:
    await person.run(start_weekly_plan)
    await person.run(save_checkin, presence=2, connection=3)
    await person.run(mark_plan_day, plan_day=1, mark="done")
    await person.run(save_journal_entry, template="expressive", writing="a hard day")
    person.clock.advance(timedelta(days=6))
    await person.run(save_checkin, presence=4, connection=5)
    [reply] = (await person.run(review)).replies
    assert reply.text.split("\n\n") == [
        SHIPPED.get(
            "review",
            count=2,
            presence=3,
            connection=4,
            presence_from=2,
            presence_to=4,
            connection_from=3,
            connection_to=5,
        ),
        SHIPPED.get("review_steps", done=1, total=6),
        SHIPPED.get("review_journal", count=1),
    ]


async def test_a_week_with_no_check_ins_says_so(person: Acting) -> None:
    await person.run(start_weekly_plan)
    [reply] = (await person.run(review)).replies
    assert reply.text.split("\n\n") == [
        SHIPPED.get("review_no_checkins"),
        SHIPPED.get("review_steps", done=0, total=6),
    ]
