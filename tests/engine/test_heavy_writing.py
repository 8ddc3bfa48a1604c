"""Heavy words written in a journal entry or a check-in note, which the crisis screen found
heavy but did not ask about, are heard in one short line naming /sos, not a bare "Saved"."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.safety.levels import MODEL_RULE, Kind, Level, Verdict
from tests.chat import Chat, text_of

HEARD = "That sounds heavy"


def fake_screen(text: str) -> Verdict:
    """Unsure for lines starting 'heavy'; nothing otherwise."""
    if text.startswith("heavy"):
        return Verdict(Level.CONCERN, MODEL_RULE, Kind.SELF)
    return Verdict(Level.NONE)


@pytest.fixture
async def chat(app: App, monkeypatch: pytest.MonkeyPatch) -> Chat:
    monkeypatch.setattr(app.engine, "_screen", fake_screen)
    chat = Chat(app)
    await chat.consent()
    return chat


ASKED = "Can I ask you directly"


async def ready_to_write(chat: Chat) -> None:
    """The journal's ten minutes on something hard, as far as the writing."""
    await chat.send("/journal")
    await chat.tap("Ten minutes on something hard")
    await chat.tap("I'm ready")


async def up_to_the_note(chat: Chat) -> None:
    """A check-in as far as its note."""
    await chat.send("/checkin")
    await chat.send("5")
    await chat.send("5")
    await chat.tap("Numb or flat")
    await chat.tap("Numb")


async def said_no(chat: Chat) -> None:
    await up_to_the_note(chat)
    assert ASKED in text_of(await chat.send("heavy: whats the point of any of it"))
    await chat.tap("No")
    await chat.tap("Not now")


async def test_a_heavy_journal_entry_is_saved_then_asked_about(chat: Chat) -> None:
    await ready_to_write(chat)
    replies = await chat.send("heavy: the winter everything went dark and stayed dark")
    said = text_of(replies)
    assert said.index("Saved") < said.index(ASKED)
    assert "How are you now?" not in said
    await chat.tap("No")
    await chat.tap("Not now")
    await chat.send("/journal")
    read = text_of(await chat.tap("Read past entries"))
    assert "You have 1 entry" in read  # kept before the question was asked


async def test_after_a_no_a_heavy_journal_entry_is_heard_and_names_sos(chat: Chat) -> None:
    await said_no(chat)
    await ready_to_write(chat)
    replies = await chat.send("heavy: the winter everything went dark and stayed dark")
    said = text_of(replies)
    assert "Saved" in said
    assert HEARD in said
    assert ASKED not in said
    assert "/sos" in said
    assert "How are you now?" in said


async def test_a_heavy_line_in_the_three_questions_is_asked_about_when_saved(chat: Chat) -> None:
    await chat.send("/journal")
    await chat.tap("What happened, what I felt, what I needed")
    replies = await chat.send("heavy: i sat in the car for an hour and could not go in")
    assert ASKED not in text_of(replies)  # never in the middle of the writing
    await chat.tap("I'm not sure")
    said = text_of(await chat.send("someone to sit with"))
    assert said.index("Saved") < said.index(ASKED)


async def test_after_a_no_a_heavy_line_in_the_three_questions_is_heard(chat: Chat) -> None:
    await said_no(chat)
    await chat.send("/journal")
    await chat.tap("What happened, what I felt, what I needed")
    await chat.send("heavy: i sat in the car for an hour and could not go in")
    await chat.tap("I'm not sure")
    said = text_of(await chat.send("someone to sit with"))
    assert "Saved" in said
    assert HEARD in said
    assert ASKED not in said


async def test_a_plain_journal_entry_is_only_saved(chat: Chat) -> None:
    await ready_to_write(chat)
    replies = await chat.send("a walk by the river, cold hands, coffee")
    assert "Saved" in text_of(replies)
    assert HEARD not in text_of(replies)
    assert ASKED not in text_of(replies)


async def test_a_heavy_checkin_note_is_kept_then_asked_about(chat: Chat) -> None:
    await up_to_the_note(chat)
    said = text_of(await chat.send("heavy: honestly whats the point of any of it"))
    assert said.index("Thank you for checking in") < said.index(ASKED)
    assert "See you tomorrow" not in said
    lines = text_of(await chat.tap("Yes"))
    assert "Here is who you can reach" in lines or "emergency" in lines.lower()


async def test_after_a_no_a_heavy_checkin_note_is_heard_and_names_sos(chat: Chat) -> None:
    await said_no(chat)
    await up_to_the_note(chat)
    said = text_of(await chat.send("heavy: another day of going through the motions"))
    assert "Thank you for checking in" in said
    assert HEARD in said
    assert ASKED not in said
    assert "/sos" in said


async def test_heavy_words_added_after_an_entry_are_asked_about_once_saved(chat: Chat) -> None:
    await ready_to_write(chat)
    assert "How are you now?" in text_of(await chat.send("a walk by the river"))
    await chat.tap("Add more")
    said = text_of(await chat.send("heavy: and then i stopped seeing the point"))
    assert said.index("Saved") < said.index(ASKED)
