"""What someone wrote when the direct question interrupted them is answered once they say
no, where they wrote it: at the menu as the menu answers, in a check-in as its answer."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.safety.levels import MODEL_RULE, Kind, Level, Verdict
from tests.chat import Chat, labels_of, text_of

ASKED = "are you having thoughts of suicide"
HEAVY = {
    "my cat knocked a plant over and honestly nothing matters",
    "what is dbt? nothing helps anyway",
    "maybe a 3, everything is pointless",
}


def fake_screen(text: str) -> Verdict:
    """The model unsure of the lines above, a rule for hopelessness, calm otherwise."""
    if text in HEAVY:
        return Verdict(Level.CONCERN, MODEL_RULE, Kind.SELF)
    if text.startswith("crisis:"):
        return Verdict(Level.CRISIS, "a_crisis_rule", Kind.SELF)
    if text == "everything is hopeless":
        return Verdict(Level.CONCERN, "en.hopelessness", Kind.SELF)  # a rule, not the model
    return Verdict(Level.NONE)


@pytest.fixture
async def chat(app: App, monkeypatch: pytest.MonkeyPatch) -> Chat:
    monkeypatch.setattr(app.engine, "_screen", fake_screen)
    chat = Chat(app)
    await chat.consent()
    return chat


async def test_words_at_the_menu_that_ask_nothing_get_something_small(chat: Chat) -> None:
    await chat.send("/menu")
    said = "my cat knocked a plant over and honestly nothing matters"
    assert ASKED in text_of(await chat.send(said))
    replies = await chat.tap("No")
    assert "Thank you for telling me" in text_of(replies)
    assert "Would something small help" in text_of(replies)
    assert "three things we could do" not in text_of(replies)
    assert labels_of(replies) == ["A grounding exercise", "Should I get more help?", "Not now"]


async def test_a_question_is_answered_after_a_no(chat: Chat) -> None:
    assert ASKED in text_of(await chat.send("what is dbt? nothing helps anyway"))
    replies = text_of(await chat.tap("No"))
    assert "dialectical behaviour therapy" in replies


async def test_a_checkin_answer_is_taken_after_a_no(chat: Chat) -> None:
    await chat.send("/checkin")
    assert ASKED in text_of(await chat.send("maybe a 3, everything is pointless"))
    replies = text_of(await chat.send("no"))  # typed, as people do
    assert "Thank you for telling me" in replies
    assert "how connected do you feel" in replies  # the 3 was taken: the next question
    assert "carry on" not in replies


async def test_a_yes_goes_to_the_crisis_reply_and_nothing_else(chat: Chat) -> None:
    await chat.send("/menu")
    await chat.send("my cat knocked a plant over and honestly nothing matters")
    replies = text_of(await chat.tap("Yes"))
    assert "Thank you for telling me" in replies
    assert "three things we could do" not in replies
    assert chat.crisis


async def test_rather_not_say_shows_lines_and_does_not_read_it_back(chat: Chat) -> None:
    await chat.send("/menu")
    await chat.send("my cat knocked a plant over and honestly nothing matters")
    replies = text_of(await chat.tap("I'd rather not say"))
    assert "people you can talk to" in replies
    assert "three things we could do" not in replies


async def test_the_words_are_not_kept_once_answered(chat: Chat) -> None:
    """Held (sealed, in the session) only until the question is answered, never after."""
    await chat.send("/menu")
    await chat.send("my cat knocked a plant over and honestly nothing matters")
    assert "plant" in str(await session_of(chat))  # held while the question waits
    await chat.tap("No")
    assert "plant" not in str(await session_of(chat))


async def said_no_at_the_menu(chat: Chat) -> None:
    """Words that ask nothing in particular, the question, and a no: the offer waits."""
    await chat.send("/menu")
    await chat.send("my cat knocked a plant over and honestly nothing matters")
    await chat.tap("No")


async def session_of(chat: Chat) -> object:
    async with chat.app.store.transaction() as tx:
        return (await tx.load_turn("", chat.user_id)).session


async def test_at_the_offer_after_a_no_a_command_is_not_held_back(chat: Chat) -> None:
    """ "Would something small help?" is an offer, not a question of safety."""
    await said_no_at_the_menu(chat)
    replies = text_of(await chat.send("/checkin"))
    assert "How present do your feelings seem today?" in replies
    assert "answer this question first" not in replies


async def test_at_the_offer_after_a_no_words_are_answered_not_bounced(chat: Chat) -> None:
    await said_no_at_the_menu(chat)
    replies = text_of(await chat.send("what is dbt?"))
    assert "dialectical behaviour therapy" in replies
    assert "didn't quite catch that" not in replies


async def test_at_the_offer_after_a_no_a_rule_still_asks(chat: Chat) -> None:
    await said_no_at_the_menu(chat)
    replies = text_of(await chat.send("everything is hopeless"))
    assert ASKED in replies
    assert "didn't quite catch that" not in replies


async def test_after_safe_for_now_a_command_at_the_offers_is_not_held_back(chat: Chat) -> None:
    """After "I'm safe for now", "would it help to slow down together?" only offers."""
    await chat.send("crisis: a message that signals risk")
    for _ in range(3):  # past the lines and the country, to "are you safe right now?"
        if "Are you safe right now?" in text_of(chat.shown[-1:]):
            break
        await chat.tap("Somewhere else")
    await chat.tap("I'm safe for now")
    replies = text_of(await chat.send("/checkin"))
    assert "How present do your feelings seem today?" in replies
    assert "answer this question first" not in replies
