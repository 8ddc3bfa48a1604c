"""The check-in's action alone: what is kept, and the one day two low weeks are reached."""

from __future__ import annotations

from datetime import timedelta

from bot.features.checkin.actions import save_checkin
from bot.features.checkin.records import CheckIn
from tests.features.acting import NOW, USER_ID, Acting


async def test_a_check_in_is_kept_as_answered(person: Acting) -> None:
    result = await person.run(save_checkin, presence=2, connection=6, feeling="flat", note="tired")
    assert result.answers == {"low_two_weeks": False}
    async with person.reading() as tx:
        assert await tx.checkins(USER_ID) == [
            CheckIn(NOW, NOW.date(), presence=2, connection=6, feeling="flat", note="tired")
        ]


async def test_skipped_parts_are_kept_empty(person: Acting) -> None:
    await person.run(save_checkin, presence=4, connection=None)
    async with person.reading() as tx:
        [kept] = await tx.checkins(USER_ID)
    assert (kept.presence, kept.connection, kept.feeling, kept.note) == (4, 0, "", "")


async def test_two_low_weeks_are_said_on_the_tenth_low_day_and_not_again(person: Acting) -> None:
    reached = []
    for _ in range(11):
        result = await person.run(save_checkin, presence=2, connection=2)
        reached.append(result.answers["low_two_weeks"])
        person.clock.advance(timedelta(days=1))
    assert reached == [False] * 9 + [True, False]
