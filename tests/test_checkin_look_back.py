"""Two weeks of check-ins with feelings at 3 or lower gently suggest /gethelp, once."""

from __future__ import annotations

from datetime import date, timedelta

from bot.app import App
from bot.clock import ManualClock
from bot.features.checkin.actions import low_for_two_weeks
from bot.features.checkin.records import CheckIn
from tests.chat import Chat, labels_of, text_of

SUGGESTION = "feelings have been at 3 or lower on most days for two weeks"


async def check_in(chat: Chat, presence: int, *, close: bool = True) -> str:
    """Check in; return what is said after it, then (unless told not to) say "Not now"."""
    await chat.send("/checkin")
    await chat.tap(str(presence))
    await chat.send("5")
    await chat.tap("Numb or flat")
    await chat.tap("Numb")
    replies = await chat.tap("Skip")
    said = text_of(replies)
    while close and "Not now" in labels_of(replies):
        replies = await chat.tap("Not now")
    return said


async def test_ten_low_days_in_two_weeks_suggest_gethelp_once(
    app: App, chat: Chat, clock: ManualClock
) -> None:
    for day in range(14):
        if day in {3, 8, 11, 12}:  # four days skipped: ten check-ins in fourteen days
            clock.advance(timedelta(days=1))
            continue
        said = await check_in(chat, 2)
        if day < 13:
            assert SUGGESTION not in said, day
        clock.advance(timedelta(days=1))
    assert SUGGESTION in said
    assert "/gethelp" in said
    said = await check_in(chat, 3)  # the day after: not said again
    assert SUGGESTION not in said
    assert "name three things you can see" in said


async def test_yes_starts_gethelp_and_not_now_offers_grounding_instead(
    chat: Chat, clock: ManualClock
) -> None:
    for _day in range(9):
        await check_in(chat, 1)
        clock.advance(timedelta(days=1))
    said = await check_in(chat, 1, close=False)
    assert SUGGESTION in said
    replies = await chat.tap("Yes, let's look")
    assert "How long have you felt detached" in text_of(replies)
    await chat.send("/cancel")
    clock.advance(timedelta(days=20))
    for _day in range(9):
        await check_in(chat, 1)
        clock.advance(timedelta(days=1))
    said = await check_in(chat, 1, close=False)
    assert SUGGESTION in said
    replies = await chat.tap("Not now")
    assert "Try a grounding exercise" in labels_of(replies)


async def test_one_better_day_means_no_suggestion(chat: Chat, clock: ManualClock) -> None:
    for day in range(14):
        said = await check_in(chat, 6 if day == 5 else 2)
        assert SUGGESTION not in said, day
        clock.advance(timedelta(days=1))


def test_the_rule_counts_days_not_check_ins() -> None:
    today = date(2026, 11, 30)

    def on(days_ago: int, presence: int = 2) -> CheckIn:
        moment = date.fromordinal(today.toordinal() - days_ago)
        from datetime import UTC, datetime

        at = datetime(moment.year, moment.month, moment.day, 9, tzinfo=UTC)
        return CheckIn(at=at, local_date=moment, presence=presence, connection=5)

    assert not low_for_two_weeks([on(0)] * 12, today)  # twelve on one day
    assert low_for_two_weeks([on(n) for n in range(10)], today)
    assert not low_for_two_weeks([on(n) for n in range(9)], today)
    assert not low_for_two_weeks([on(n) for n in range(10)] + [on(13, 4)], today)
    assert low_for_two_weeks([on(n) for n in range(10)] + [on(14, 9)], today)  # outside
