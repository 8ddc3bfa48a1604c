"""The crisis conversation: lines first, the right answer for each risk, and staying."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from bot.app import App, open_app
from bot.clock import ManualClock
from bot.config import Settings
from bot.console import TERMINAL
from bot.engine import Event, EventKind
from bot.storage.records import Priority
from tests.chat import Chat, in_order, labels_of, text_of
from tests.conftest import ROOT


async def in_country(chat: Chat, code: str) -> Chat:
    user = await chat.user()
    assert user is not None
    async with chat.app.store.transaction() as tx:
        await tx.save_user(replace(user, country=code))
    return chat


@pytest.fixture
async def uk(chat: Chat) -> Chat:
    return await in_country(chat, "GB")


async def test_not_safe_never_ends_it_stays_repeats_the_number_and_asks_again(uk: Chat) -> None:
    await uk.send("I want to die")
    replies = await uk.tap("I'm not safe")
    said = text_of(replies)
    assert "call 999 now" in said
    assert "Move away from anything you could use to hurt yourself" in said
    assert "I can't call anyone" in labels_of(replies)
    replies = await uk.tap("Show me the lines again")
    assert "116 123" in text_of(replies)
    assert "I'm still here with you" in text_of(replies)
    assert "Are you safe right now?" in replies[-1].text
    await uk.tap("I'm not safe")
    replies = await uk.tap("I can't call anyone")
    assert "text or a chat" in text_of(replies)
    assert "Are you safe right now?" in replies[-1].text
    await uk.tap("I'm not safe")
    replies = await uk.tap("I've reached someone")
    assert "Can I check on you tomorrow?" in replies[-1].text
    for reply in uk.shown:
        assert "whenever you want to talk" not in reply.text


async def test_typing_im_not_safe_answers_the_question(uk: Chat) -> None:
    await uk.send("I want to die")
    replies = await uk.send("I'm not safe")
    assert "call 999 now" in text_of(replies)
    assert "Thank you for telling me. You don't have" not in text_of(replies)


@pytest.mark.parametrize(
    ("language", "first", "expected"),
    [
        ("de", "Germany", ["Austria", "Switzerland"]),
        ("en", "United States", ["United Kingdom", "India"]),
        ("", "United States", ["United Kingdom"]),
    ],
)
async def test_someone_with_no_country_gets_the_directory_first_then_one_tap(
    stranger: Chat, language: str, first: str, expected: list[str]
) -> None:
    stranger.language = language
    replies = await stranger.send("i want to kill myself")
    assert len(replies) == 1
    question = replies[0]
    assert question.text.startswith("Thank you for telling me")
    assert in_order(
        question.text,
        "your local emergency number",
        "findahelpline.com",
        "Which country are you in?",
    )
    offered = [choice.label for choice in question.choices]
    assert offered[0] == first
    assert set(expected) <= set(offered)
    assert offered[-1] == "Somewhere else"


async def test_in_portuguese_the_directory_and_the_one_tap_are_in_portuguese(
    stranger: Chat,
) -> None:
    stranger.language = "pt-br"  # Brazilian Portuguese is shipped: the whole reply speaks it
    replies = await stranger.send("i want to kill myself")
    assert len(replies) == 1
    question = replies[0]
    assert question.text.startswith("Obrigado por me contar.")
    assert in_order(question.text, "findahelpline.com", "Em que país você está?")
    offered = [choice.label for choice in question.choices]
    assert offered[0] == "Brasil"  # the country buttons in Portuguese too (CLDR's names)
    assert "Portugal" in offered
    assert offered[-1] == "Outro lugar"
    replies = await stranger.tap("Brasil")
    assert "CVV" in text_of(replies)
    user = await stranger.user()
    assert user is not None
    assert user.country == "BR"


async def test_one_tap_on_a_country_shows_its_lines_and_keeps_it(stranger: Chat) -> None:
    stranger.language = "de"
    await stranger.send("i want to kill myself")
    replies = await stranger.tap("Germany")
    assert "TelefonSeelsorge" in text_of(replies)
    assert "112" in text_of(replies)
    assert "Are you safe right now?" in replies[-1].text
    user = await stranger.user()
    assert user is not None
    assert user.country == "DE"


@pytest.mark.parametrize("said", ["no", "No", "nope", "nao", "NO", "si", "sí", "me", "so"])
async def test_a_word_at_the_country_question_is_no_country_code(
    stranger: Chat, said: str
) -> None:
    """ "no" was Norway, "sí" Slovenia: a crisis showed their lines, and kept the country."""
    await stranger.send("i wish i could sleep and never wake up")
    replies = await stranger.send(said)
    assert "Are you safe right now?" in replies[-1].text
    user = await stranger.user()
    assert user is None or user.country is None


@pytest.mark.parametrize(("typed", "code"), [("norway", "NO"), ("DE", "DE"), ("IN", "IN")])
async def test_a_country_is_still_found_by_its_name_or_its_code_in_capitals(
    stranger: Chat, typed: str, code: str
) -> None:
    await stranger.send("/sos")
    await stranger.send(typed)
    user = await stranger.user()
    assert user is not None
    assert user.country == code


@pytest.mark.parametrize("typed", ["not safe at all", "i feel unsafe", "im really not safe"])
async def test_not_safe_said_in_other_words_is_not_safe(uk: Chat, typed: str) -> None:
    await uk.send("i wish i could sleep and never wake up")
    said = text_of(await uk.send(typed))
    assert "make where you are a little safer" in said
    assert "Thank you for telling me. I'm still here" not in said


async def test_words_at_a_crisis_question_are_heard_not_bounced(uk: Chat) -> None:
    await uk.send("i wish i could sleep and never wake up")
    (again,) = await uk.send("im home alone")
    assert again.text.startswith("Thank you for telling me. I'm still here with you.")
    assert "didn't quite catch" not in again.text
    assert again.text.endswith("Are you safe right now?")


async def test_a_typed_country_works_too(stranger: Chat) -> None:
    await stranger.send("/sos")
    replies = await stranger.send("Deutschland")
    assert "TelefonSeelsorge" in text_of(replies)


async def test_sos_shows_the_lines_first_then_the_plan_and_no_thanks_for_telling(
    uk: Chat,
) -> None:
    await uk.send("/safetyplan")
    await uk.tap("Yes, let's start")
    await uk.send("I stop eating")
    await uk.send("/cancel")
    replies = await uk.send("/sos")
    assert in_order(text_of(replies), "116 123", "I stop eating")
    assert "Thank you for telling me" not in text_of(replies)
    assert "glad you told me" not in text_of(replies)


def test_no_safety_flow_points_at_a_number_above() -> None:
    for file in (ROOT / "flows").glob("*.yaml"):
        flow = yaml.safe_load(file.read_text("utf-8"))
        if flow.get("safety"):
            text = file.read_text("utf-8").lower()
            assert "above" not in text, file.name
            assert "do pass" not in text, file.name
            assert "any time, day or night" not in text, file.name


@pytest.mark.parametrize(
    ("message", "first_words"),
    [
        ("I took a whole bottle of pills", "Please call 999 now if you have taken something"),
        ("my husband hits me and says he will kill me", "You deserve to be safe"),
        ("my best friend told me she wants to kill herself", "kind of you to look out"),
    ],
)
async def test_each_kind_of_risk_gets_its_own_answer(
    uk: Chat, message: str, first_words: str
) -> None:
    replies = await uk.send(message)
    assert first_words in replies[0].text
    assert "116 123" in text_of(replies)


async def test_a_crisis_turn_goes_out_before_anything_else(app: App, uk: Chat) -> None:
    event = Event("crisis-first", uk.user_id, EventKind.TEXT, text="I want to end my life")
    outcome = await app.engine.handle(event)
    assert outcome.item is not None
    assert outcome.item.priority is Priority.CRISIS
    # /cancel, since any other command waits until "are you safe?" is answered
    event = Event("plain", uk.user_id, EventKind.COMMAND, text="/cancel")
    outcome = await app.engine.handle(event)
    assert outcome.item is not None
    assert outcome.item.priority is Priority.REPLY


async def test_what_the_screen_interrupted_is_kept_as_a_draft_and_offered_back(
    app: App, uk: Chat
) -> None:
    await uk.send("/journal")
    await uk.tap("Ten minutes on something hard")
    await uk.tap("I'm ready")
    replies = await uk.send("everything about today, and I want to end my life")
    assert "kept as a draft" in text_of(replies)
    assert "Thank you for telling me" in replies[0].text
    await uk.tap("I'm safe for now")
    await uk.tap("Not now")
    replies = await uk.tap("No, thank you")
    replies = await uk.tap("Carry on")
    assert "Use what I wrote before" in labels_of(replies)
    await uk.tap("Use what I wrote before")
    async with app.store.transaction() as tx:
        entries = await tx.journal_entries(uk.user_id)
    assert [entry.parts for entry in entries] == [
        {"writing": "everything about today, and I want to end my life"}
    ]


async def test_after_a_crisis_a_check_tomorrow_is_offered(uk: Chat) -> None:
    await uk.send("I want to die")
    await uk.tap("I'm safe for now")
    replies = await uk.tap("Not now")
    assert "Can I check on you tomorrow?" in replies[-1].text
    assert labels_of(replies[-1:]) == ["Yes, check on me", "No, thank you"]


async def test_in_the_terminal_no_check_tomorrow_is_promised(
    settings: Settings, clock: ManualClock
) -> None:
    """The terminal runs only while it is open: it says so instead of offering the check."""
    async with open_app(settings, clock, channel=TERMINAL) as app:
        chat = Chat(app)
        await chat.consent()
        await in_country(chat, "GB")
        await chat.send("I want to die")
        await chat.tap("I'm safe for now")
        replies = await chat.tap("Not now")
        said = text_of(replies)
        assert "Can I check on you tomorrow?" not in said
        assert "can't reach out" in said
        user = await chat.user()
        assert user is not None
        assert user.follow_up_at is None


def test_every_safety_flow_is_marked_and_needs_no_consent() -> None:
    marked = set()
    for file in Path(ROOT / "flows").glob("*.yaml"):
        flow = yaml.safe_load(file.read_text("utf-8"))
        if flow.get("safety"):
            marked.add(flow["id"])
            assert flow.get("needs_consent") is False, file.name
    wanted = {"crisis", "sos", "safety_check", "emergency", "danger", "someone_else", "concern"}
    assert wanted <= marked


async def test_writing_asked_for_is_interrupted_by_rules_not_by_an_unsure_model(
    uk: Chat,
) -> None:
    await uk.send("/safetyplan")
    await uk.tap("Yes, let's start")
    replies = await uk.send("pacing at night, and a heaviness in my arms")
    assert "2 of 7" in text_of(replies)
    replies = await uk.send("I want to kill myself")
    assert "Thank you for telling me" in replies[0].text
