"""The daily prompt's action alone: reminders due today said first, the WHO-5 when asked for,
a gentle note after three quiet days (at most one a week), else the usual prompt."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from functools import partial

from bot.features.checkin.actions import save_checkin
from bot.features.prompts.actions import WORDS, prompt_kind
from bot.features.safety_plan.actions import REVIEW
from tests.features.acting import NOW, USER_ID, Acting, words

SHIPPED = words("reminders.yaml", WORDS)
prompt = partial(prompt_kind, words=SHIPPED)
USUAL = {"nudge": False, "measure_due": False}


async def test_a_new_person_gets_the_usual_prompt(person: Acting) -> None:
    result = await person.run(prompt)
    assert (result.replies, result.answers, result.user) == ((), USUAL, None)


async def test_reminders_due_today_are_said_and_then_gone(person: Acting) -> None:
    async with person.store.transaction() as tx:
        await tx.add_step_reminder(USER_ID, "trust", NOW.date())
        await tx.add_step_reminder(USER_ID, REVIEW, NOW.date())
        await tx.add_step_reminder(USER_ID, "movement", NOW.date() + timedelta(days=1))
    result = await person.run(prompt)
    assert sorted(reply.text for reply in result.replies) == sorted(
        [
            SHIPPED.get("step_reminder", card=SHIPPED.get("card_trust")),
            SHIPPED.get("plan_review"),
        ]
    )
    assert (await person.run(prompt)).replies == ()
    async with person.reading() as tx:
        assert [card for card, _day in await tx.step_reminders(USER_ID)] == ["movement"]


async def test_after_three_quiet_days_one_gentle_note_a_week(person: Acting) -> None:
    person.clock.advance(timedelta(days=3))
    result = await person.run(prompt)
    assert result.answers == {"nudge": True, "measure_due": False}
    assert result.user is not None
    assert result.user.last_nudge_at == person.clock.now()
    person.clock.advance(timedelta(days=6))
    assert (await person.run(prompt)).answers == USUAL
    person.clock.advance(timedelta(days=1))
    assert (await person.run(prompt)).answers["nudge"] is True
    kept = await person.store.user(USER_ID)
    assert kept is not None
    assert kept.last_nudge_at == person.clock.now()


async def test_a_recent_check_in_means_no_note(person: Acting) -> None:
    person.clock.advance(timedelta(days=2))
    await person.run(save_checkin, presence=3, connection=4)
    person.clock.advance(timedelta(days=2))
    assert (await person.run(prompt)).answers == USUAL


async def test_the_who5_is_offered_when_asked_for_and_noted_as_offered(person: Acting) -> None:
    assert person.user is not None
    person.user = replace(person.user, measure_every_days=14)
    result = await person.run(prompt)
    assert result.answers == {"nudge": False, "measure_due": True}
    kept = await person.store.user(USER_ID)
    assert kept is not None
    assert kept.measure_offered_at == NOW
    person.clock.advance(timedelta(days=1))
    assert (await person.run(prompt)).answers == USUAL  # not offered again the next day
