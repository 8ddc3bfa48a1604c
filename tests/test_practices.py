"""Practices: every grounding exercise, journal template, plan day and small step, walked
to its end; /cancel and a crisis message in the middle of each; journal text sealed."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from bot.app import App
from bot.clock import ManualClock
from bot.features.checkin.records import CheckIn
from tests.chat import Chat, labels_of, text_of

CRISIS = "I want to kill myself"
OUT = "This doesn't feel good"  # at every step of the exercises that turn inward
PACED = (["Next"], ["Finish"], ["Next", OUT], ["Finish", OUT])
EXERCISES = {
    "Breath awareness (3 min)": "notice that you are breathing",
    "Box breathing (2 min)": "four equal sides",
    "5-4-3-2-1 senses (3 min)": "five things you can see",
    "Body scan (4 min)": "attention to your feet",
    "Labelling what you notice (3 min)": "about naming, not changing",
}


async def open_exercise(chat: Chat, label: str) -> str:
    await chat.send("/ground")
    await chat.tap("Let me choose")
    return text_of(await chat.tap(label))


@pytest.mark.parametrize("label", sorted(EXERCISES))
async def test_each_exercise_is_paced_to_its_end(chat: Chat, label: str) -> None:
    said = await open_exercise(chat, label)
    assert EXERCISES[label] in said
    assert "seconds" in said or "minute" in said or "ready" in said
    steps = 1
    while "Finish" not in labels_of(chat.shown[-1:]):
        replies = await chat.tap("Next")
        assert labels_of(replies) in PACED, text_of(replies)
        steps += 1
    replies = await chat.tap("Finish")
    assert "What did you notice?" in text_of(replies)
    assert {"Calmer", "Nothing much"} <= set(labels_of(replies))
    replies = await chat.send("a heaviness in my arms")
    assert "worth noticing" in text_of(replies)
    assert steps >= 3


@pytest.mark.parametrize("label", sorted(EXERCISES))
async def test_cancel_or_a_crisis_in_the_middle_of_an_exercise(chat: Chat, label: str) -> None:
    await open_exercise(chat, label)
    await chat.tap("Next")
    replies = await chat.through_a_crisis(CRISIS)
    assert labels_of(replies) in PACED
    replies = await chat.send("/cancel")
    assert "stopped the grounding exercise" in text_of(replies)


@pytest.mark.parametrize(
    ("start", "question"),
    [
        ("Numb or far away", "5-4-3-2-1"),
        ("Tense or anxious", "box breathing"),
        ("Restless or scattered", "on the breath"),
    ],
)
async def test_the_exercise_offered_follows_how_the_user_feels(
    chat: Chat, start: str, question: str
) -> None:
    await chat.send("/ground")
    replies = await chat.tap(start)
    assert question in text_of(replies)


async def write_three_questions(chat: Chat, happened: str) -> None:
    await chat.tap("What happened, what I felt, what I needed")
    await chat.send(happened)
    await chat.send("tight in the chest")
    replies = await chat.tap("I'm not sure")
    assert "Saved" in text_of(replies)


async def test_each_journal_template_is_saved_sealed_listed_and_shown(
    app: App, chat: Chat
) -> None:
    await chat.send("/journal")
    await write_three_questions(chat, "the tram stopped under the clocktower")

    await chat.send("/journal")
    await chat.tap("Write something new")
    replies = await chat.tap("Ten minutes on something hard")
    assert "ten minutes" in text_of(replies)
    await chat.tap("I'm ready")
    replies = await chat.send("the winter my grandmother's orchard was sold " * 20)
    assert "Saved" in text_of(replies)

    await chat.send("/journal")
    await chat.tap("Write something new")
    replies = await chat.tap("Name a feeling and find it in my body")
    assert "family of feelings" in text_of(replies)
    await chat.tap("Sad")
    replies = await chat.tap("Lonely")
    assert 'Where do you notice "lonely"' in text_of(replies)
    await chat.tap("Throat")
    replies = await chat.send("like a stone I can't swallow")
    assert "Saved" in text_of(replies)

    async with app.store.transaction() as tx:
        entries = await tx.journal_entries(chat.user_id)
    assert [e.template for e in entries] == ["three_questions", "expressive", "feeling_in_body"]
    assert entries[2].parts == {
        "feeling": "lonely",
        "body_place": "throat",
        "note": "like a stone I can't swallow",
    }

    replies = await chat.send("/journal")
    await chat.tap("Read past entries")
    listed = labels_of(chat.shown[-1:])
    assert listed[0].startswith("3 · 02 Nov 2026 · A feeling and where it sits")
    assert listed[-1].startswith("1 · ")
    replies = await chat.tap(listed[-1])
    said = text_of(replies)
    assert "the tram stopped under the clocktower" in said
    assert "What I felt\ntight in the chest" in said
    assert "What I needed" not in said  # skipped, so not shown
    await chat.tap("Read another")
    replies = await chat.send("2")
    assert "grandmother's orchard" in text_of(replies)
    await chat.tap("Read another")
    replies = await chat.send("1")  # the entry numbered 1, the last button (newest first)
    assert "the tram stopped under the clocktower" in text_of(replies)
    await chat.tap("Read another")
    replies = await chat.send("9")
    assert "couldn't find that entry" in text_of(replies)

    folder = app.settings.database.parent
    raw = b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())
    for phrase in (b"clocktower", b"orchard", b"swallow"):
        assert phrase not in raw


async def test_one_journal_entry_is_one_entry(chat: Chat) -> None:
    await chat.send("/journal")
    await write_three_questions(chat, "the tram stopped under the clocktower")
    await chat.send("/journal")
    replies = await chat.tap("Read past entries")
    assert "You have 1 entry;" in text_of(replies)
    replies = await chat.send("7")
    assert "You have 1 entry:" in text_of(replies)


async def test_the_emergency_number_is_named_without_a_stray_possessive(chat: Chat) -> None:
    await chat.send("/settings")
    await chat.tap("Country")
    await chat.send("United States")
    replies = await chat.send("/sos")
    assert "call the emergency number: 911 (United States)." in text_of(replies)
    assert "States's" not in text_of(replies)


async def test_cancel_or_a_crisis_in_the_middle_of_a_journal_entry(app: App, chat: Chat) -> None:
    await chat.send("/journal")
    await chat.tap("What happened, what I felt, what I needed")
    await chat.send("a long day at the depot")
    replies = await chat.through_a_crisis("honestly i want to die")
    assert "What did you feel" in text_of(replies)
    replies = await chat.send("/cancel")
    assert "stopped the journal" in text_of(replies)
    async with app.store.transaction() as tx:
        assert await tx.journal_entries(chat.user_id) == []


PLAN_DAYS = {
    1: "breath awareness",
    2: "share one small, specific feeling",
    3: "fifteen-minute walk",
    4: "set one small boundary",
    5: "empathy exercise",
    6: "practise congruence",
    7: "look back",
}


async def test_every_day_of_the_plan_is_offered_and_marked(
    app: App, chat: Chat, clock: ManualClock
) -> None:
    replies = await chat.send("/plan")
    assert "seven days of small steps" in text_of(replies)
    await chat.tap("Start today")
    replies = await chat.tap("Not now")  # no activity added: tests/test_activities.py
    for day, words in PLAN_DAYS.items():
        if day > 1:
            clock.advance(timedelta(days=1))
            async with app.store.transaction() as tx:
                now = clock.now()
                await tx.add_checkin(chat.user_id, CheckIn(now, now.date(), day, 2 + day // 2))
            replies = await chat.send("/plan")
        said = text_of(replies)
        assert f"Day {day} of 7" in said
        assert words in said
        mark = "Skip today" if day == 4 else "Done"
        replies = await chat.tap(mark)
        assert ("Skipped for today" if day == 4 else "Marked as done") in text_of(replies)
    said = text_of(chat.shown[-4:])
    async with app.store.transaction() as tx:
        plan = await tx.weekly_plan(chat.user_id)
    assert plan is not None
    assert plan.days == {
        1: "done",
        2: "done",
        3: "done",
        4: "skipped",
        5: "done",
        6: "done",
        7: "done",
    }
    review = next(r.text for r in chat.shown if "This week you checked in" in r.text)
    assert "checked in 6 times" in review
    assert "feelings went from 2 to 7" in review
    assert "You marked 5 of the 6 daily steps as done" in review
    clock.advance(timedelta(days=1))
    replies = await chat.send("/plan")
    assert "complete" in text_of(replies)
    assert "Start a new week" in labels_of(replies)


async def test_a_plan_started_mid_week_counts_from_that_day(
    chat: Chat, clock: ManualClock
) -> None:
    clock.advance(timedelta(days=3))  # a Thursday
    await chat.send("/plan")
    await chat.tap("Start today")
    replies = await chat.tap("Not now")
    assert "Day 1 of 7" in text_of(replies)
    replies = await chat.tap("Later")
    assert "whenever you're ready" in text_of(replies)
    replies = await chat.send("/plan")
    assert "Day 1 of 7" in text_of(replies)


async def test_a_day_marked_done_is_not_offered_again_the_same_day(
    chat: Chat, clock: ManualClock
) -> None:
    await chat.send("/plan")
    await chat.tap("Start today")
    await chat.tap("Not now")
    await chat.tap("Done")
    clock.advance(timedelta(hours=3))
    replies = await chat.send("/plan")
    assert "already marked" in text_of(replies)
    assert "Done" not in labels_of(replies)
    clock.advance(timedelta(days=1))
    replies = await chat.send("/plan")
    assert "Day 2 of 7" in text_of(replies)
    assert "Done" in labels_of(replies)


async def test_cancel_or_a_crisis_in_the_middle_of_a_plan_day(chat: Chat) -> None:
    await chat.send("/plan")
    await chat.tap("Start today")
    await chat.tap("Not now")
    replies = await chat.through_a_crisis("i want to end it all")
    assert "Day 1 of 7" in text_of(replies)
    replies = await chat.send("/cancel")
    assert "stopped the weekly plan" in text_of(replies)


CARDS = [
    "Boundaries",
    "Trust",
    "Empathy",
    "Creative expression",
    "Movement",
    "Self-care",
    "Gradual exposure",
]


@pytest.mark.parametrize("card", CARDS)
async def test_each_small_step_card_has_one_thing_to_try_and_a_reminder(
    app: App, chat: Chat, card: str
) -> None:
    await with_daily_prompt(chat)
    await chat.send("/steps")
    replies = await chat.tap(card)
    assert "Try now:" in text_of(replies)
    assert labels_of(replies) == ["I'll try it", "Remind me tomorrow", "Another card"]
    replies = await chat.tap("Remind me tomorrow")
    assert "remind you of this tomorrow" in text_of(replies)
    async with app.store.transaction() as tx:
        assert len(await tx.step_reminders(chat.user_id)) == 1


async def with_daily_prompt(chat: Chat) -> None:
    user = await chat.user()
    assert user is not None
    async with chat.app.store.transaction() as tx:
        await tx.save_user(replace(user, prompt_time="19:00"))


async def test_remind_me_tomorrow_without_a_daily_time_promises_nothing(
    app: App, chat: Chat
) -> None:
    await chat.send("/steps")
    await chat.tap("Trust")
    replies = await chat.tap("Remind me tomorrow")
    assert "remind you of this tomorrow" not in text_of(replies)
    assert "you haven't set one" in text_of(replies)
    async with app.store.transaction() as tx:
        assert await tx.step_reminders(chat.user_id) == []


async def test_cancel_or_a_crisis_in_the_middle_of_a_card(chat: Chat) -> None:
    await chat.send("/steps")
    await chat.tap("Trust")
    replies = await chat.through_a_crisis("I want to die")
    assert "Try now:" in text_of(replies)
    replies = await chat.tap("Another card")
    assert "Which kind of small step" in text_of(replies)
    replies = await chat.send("/cancel")
    assert "stopped the small steps" in text_of(replies)


@pytest.mark.parametrize(
    ("scores", "button", "leads_to"),
    [
        (("2", "8"), "Try a grounding exercise", "How are you right now?"),
        (("7", "1"), "Show me a small step", "Which kind of small step"),
        (("7", "7"), "Write about it", "Which kind of writing"),
    ],
)
async def test_check_in_suggestions_lead_into_practices(
    chat: Chat, scores: tuple[str, str], button: str, leads_to: str
) -> None:
    await chat.send("/checkin")
    for label in (*scores, "Good", "Calm", "Skip"):
        await chat.tap(label)
    replies = await chat.tap(button)
    assert leads_to in text_of(replies)
