"""Each crisis answer fits what was said, says the emergency number once, and promises nothing."""

from __future__ import annotations

from dataclasses import replace

from bot.app import SAFETY_FLOWS, App
from bot.engine import Engine
from bot.safety.levels import Kind, Level, Verdict
from tests.chat import Chat, in_order, labels_of, text_of


async def in_country(chat: Chat, code: str) -> Chat:
    user = await chat.user()
    assert user is not None
    async with chat.app.store.transaction() as tx:
        await tx.save_user(replace(user, country=code))
    return chat


async def test_danger_says_the_local_emergency_number_once_then_asks_the_country(
    stranger: Chat,
) -> None:
    replies = await stranger.send("my husband hits me and says he will kill me")
    said = text_of(replies)
    assert said.count("your local emergency number") == 1
    assert in_order(said, "You deserve to be safe", "Which country are you in?")
    replies = await stranger.tap("Somewhere else")
    said = text_of(replies)
    assert "your local emergency number" not in said
    assert "violence or abuse" in said
    assert "findahelpline.com" in said
    assert "Are you somewhere safe right now?" in said


async def test_danger_names_the_police_and_the_violence_service_first(chat: Chat) -> None:
    await in_country(chat, "KZ")
    replies = await chat.send("my husband hits me and says he will kill me")
    said = text_of(replies)
    assert "If you are in danger right now, call 112" in said
    assert in_order(said, "for people who are being hurt or threatened", "111", "Helpline 150")
    assert said.count("call the emergency number") == 0
    chat2 = await in_country(chat, "DE")
    replies = await chat2.send("my husband hits me and says he will kill me")
    assert "call 110" in text_of(replies)


async def test_danger_after_the_country_is_given_names_its_police_number(stranger: Chat) -> None:
    stranger.language = "de"
    await stranger.send("my husband hits me and says he will kill me")
    replies = await stranger.tap("Germany")
    said = text_of(replies)
    assert in_order(said, "If you are in danger there, call 110", "TelefonSeelsorge")
    assert "I'm thinking of hurting myself" in labels_of(replies)


async def test_an_emergency_gives_the_number_first_and_asks_the_country_when_unknown(
    stranger: Chat,
) -> None:
    stranger.language = "uk"
    replies = await stranger.send("I took a whole bottle of pills")
    said = text_of(replies)
    assert replies[0].text.startswith("Please call your local emergency number now")
    assert said.count("your local emergency number") == 1
    assert "Which country are you in?" in said
    replies = await stranger.tap("Ukraine")
    said = text_of(replies)
    assert in_order(said, "The emergency number there is 103", "Lifeline Ukraine", "Can you call")
    assert "call the emergency number: 103" not in said  # said once, not again with the lines


async def test_an_emergency_where_the_country_is_known_does_not_ask_it(chat: Chat) -> None:
    await in_country(chat, "GB")
    replies = await chat.send("I took a whole bottle of pills")
    said = text_of(replies)
    assert replies[0].text.startswith("Please call 999 now")
    assert "Which country" not in said
    assert said.count("999") == 1
    assert "Can you call now, or is someone with you?" in said


async def test_the_crisis_reply_promises_no_one_is_there_right_now(chat: Chat) -> None:
    await in_country(chat, "IT")
    replies = await chat.send("I want to end my life")
    said = text_of(replies)
    assert "talk to someone right now" not in said
    assert "When a line is closed or doesn't answer, call 112." in said


async def test_concern_answered_no_offers_something_small(chat: Chat) -> None:
    await chat.send("everything is hopeless")
    replies = await chat.tap("No")
    assert labels_of(replies) == ["A grounding exercise", "Should I get more help?", "Not now"]
    replies = await chat.tap("Should I get more help?")
    assert "How long have you felt detached" in text_of(replies)


async def test_concern_can_be_answered_with_danger_from_someone(chat: Chat) -> None:
    await in_country(chat, "GB")
    replies = await chat.send("everything is hopeless")
    assert "Someone is hurting or scaring me" in labels_of(replies)
    replies = await chat.tap("Someone is hurting or scaring me")
    assert in_order(text_of(replies), "You deserve to be safe", "call 999", "Samaritans")


async def test_an_unsure_verdict_of_an_emergency_still_gets_the_emergency_answer(
    app: App,
) -> None:
    """A rule for an overdose the model was unsure of: not the question about suicide."""
    for kind, first in (
        (Kind.NOW, "Please call"),
        (Kind.DANGER, "You deserve to be safe"),
        (Kind.OTHER, "kind of you to look out"),
        (Kind.SELF, "Can I ask you directly"),
    ):
        verdict = Verdict(Level.CONCERN, "test", kind)
        engine = Engine(
            app.store,
            app.engine.clock,
            app.engine.runtime,
            screen=lambda _text, verdict=verdict: verdict,
            safety_flows=SAFETY_FLOWS,
        )
        chat = Chat(replace(app, engine=engine), user_id=100 + len(kind.value))
        await chat.consent()
        replies = await chat.send("something hard")
        assert first in replies[0].text, kind
