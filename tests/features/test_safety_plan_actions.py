"""/safetyplan's actions alone: parts kept as written (a skipped part stays as it was), shown
in order, sent as a file, recalled in a crisis, the local lines put into part 5 once."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from functools import partial

from bot.features.safety_plan.actions import (
    LINES,
    REVIEW,
    WORDS,
    add_plan_lines,
    find_plan_lines,
    read_safety_plan,
    recall_safety_plan,
    remind_plan_review,
    save_safety_plan,
    send_safety_plan_file,
    show_safety_plan,
)
from tests.features.acting import NOW, USER_ID, Acting, words

SHIPPED = words("safety_plan.yaml", WORDS)
show = partial(show_safety_plan, words=SHIPPED)
recall = partial(recall_safety_plan, words=SHIPPED)
send_file = partial(send_safety_plan_file, words=SHIPPED)
PLAN_TEXT = "\n\n".join(
    [
        SHIPPED.get("header"),
        SHIPPED.get("part", title=SHIPPED.get("title_warning_signs"), text="not sleeping"),
        SHIPPED.get("part", title=SHIPPED.get("title_reasons"), text="my dog"),
    ]
)


def lines_for(country: str | None) -> str:
    """Stand in for the crisis lines of a country."""
    return f"lines of {country}"


async def test_parts_are_kept_as_written_and_a_skipped_part_stays(person: Acting) -> None:
    assert (await person.run(read_safety_plan)).answers == {"has_plan": False}
    await person.run(save_safety_plan, warning_signs="  not sleeping ", reasons="my cat")
    await person.run(save_safety_plan, warning_signs="", reasons="my dog")
    async with person.reading() as tx:
        assert await tx.safety_plan(USER_ID) == {
            "warning_signs": "not sleeping",
            "reasons": "my dog",
        }
    assert (await person.run(read_safety_plan)).answers == {"has_plan": True}


async def test_the_plan_is_shown_part_by_part_in_order(person: Acting) -> None:
    [reply] = (await person.run(show)).replies
    assert reply.text == SHIPPED.get("none_yet")
    await person.run(save_safety_plan, reasons="my dog", warning_signs="not sleeping")
    [reply] = (await person.run(show)).replies
    assert reply.text == PLAN_TEXT


async def test_the_plan_is_sent_as_a_text_file(person: Acting) -> None:
    await person.run(save_safety_plan, warning_signs="not sleeping", reasons="my dog")
    [reply] = (await person.run(send_file)).replies
    assert reply.attachment is not None
    assert (reply.attachment.filename, reply.attachment.content) == (
        SHIPPED.get("file_name"),
        PLAN_TEXT.encode("utf-8"),
    )


async def test_in_a_crisis_the_plan_comes_first_if_there_is_one(person: Acting) -> None:
    assert (await person.run(recall)).replies == ()
    await person.run(save_safety_plan, warning_signs="not sleeping", reasons="my dog")
    [reply] = (await person.run(recall)).replies
    assert reply.text == SHIPPED.get("recall") + "\n\n" + PLAN_TEXT


async def test_the_local_lines_go_after_part_five_once(person: Acting) -> None:
    assert person.user is not None
    person.user = replace(person.user, country="DE")
    found = await person.run(partial(find_plan_lines, lines_for=lines_for))
    assert found.answers == {LINES: "lines of DE"}
    added = await person.run(add_plan_lines, professionals="Dr Weber", **found.answers)
    assert added.answers == {"professionals": "Dr Weber\n\nlines of DE"}
    again = await person.run(add_plan_lines, **{**found.answers, **added.answers})
    assert again.answers == {}


async def test_a_review_asked_for_comes_up_a_week_later(person: Acting) -> None:
    await person.run(remind_plan_review, review_in="week")
    await person.run(remind_plan_review, review_in="no")
    async with person.reading() as tx:
        assert await tx.step_reminders(USER_ID) == [(REVIEW, NOW.date() + timedelta(days=7))]
