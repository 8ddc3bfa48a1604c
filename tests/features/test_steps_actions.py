"""/steps' action alone: a card is kept for the person's own tomorrow, by their time zone."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from bot.features.steps.actions import remind_step_tomorrow
from tests.features.acting import USER_ID, Acting, newcomer


async def test_the_card_is_kept_for_tomorrow(person: Acting) -> None:
    assert (await person.run(remind_step_tomorrow, card="movement")).replies == ()
    async with person.reading() as tx:
        assert await tx.step_reminders(USER_ID) == [("movement", date(2026, 11, 3))]


async def test_tomorrow_is_the_persons_own(person: Acting) -> None:
    # 21:00 UTC on 2 November is already the morning of 3 November in Auckland (UTC+13).
    person.clock.advance(timedelta(hours=12))
    person.user = replace(newcomer(), timezone="Pacific/Auckland")
    await person.run(remind_step_tomorrow, card="trust")
    async with person.reading() as tx:
        assert await tx.step_reminders(USER_ID) == [("trust", date(2026, 11, 4))]


async def test_the_daily_prompt_takes_it_on_that_day_only(person: Acting) -> None:
    await person.run(remind_step_tomorrow, card="creative")
    person.clock.advance(timedelta(days=1))
    async with person.reading() as tx:
        assert await tx.take_step_reminders(USER_ID, date(2026, 11, 2)) == []
        assert await tx.take_step_reminders(USER_ID, date(2026, 11, 3)) == ["creative"]
