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


async def test_a_heavy_journal_entry_is_heard_and_names_sos(chat: Chat) -> None:
    await chat.send("/journal")
    await chat.tap("Ten minutes on something hard")
    await chat.tap("I'm ready")
    replies = await chat.send("heavy: the winter everything went dark and stayed dark")
    said = text_of(replies)
    assert "Saved" in said
    assert HEARD in said
    assert "/sos" in said
    assert "How are you now?" in said


async def test_a_heavy_line_in_the_three_questions_is_heard_when_saved(chat: Chat) -> None:
    await chat.send("/journal")
    await chat.tap("What happened, what I felt, what I needed")
    await chat.send("heavy: i sat in the car for an hour and could not go in")
    await chat.tap("I'm not sure")
    replies = await chat.send("someone to sit with")
    said = text_of(replies)
    assert "Saved" in said
    assert HEARD in said
    assert "/sos" in said


async def test_a_plain_journal_entry_is_only_saved(chat: Chat) -> None:
    await chat.send("/journal")
    await chat.tap("Ten minutes on something hard")
    await chat.tap("I'm ready")
    replies = await chat.send("a walk by the river, cold hands, coffee")
    assert "Saved" in text_of(replies)
    assert HEARD not in text_of(replies)


async def test_a_heavy_checkin_note_is_heard_and_names_sos(chat: Chat) -> None:
    await chat.send("/checkin")
    await chat.send("5")
    await chat.send("5")
    await chat.tap("Numb or flat")
    await chat.tap("Numb")
    replies = await chat.send("heavy: another day of going through the motions")
    said = text_of(replies)
    assert "Thank you for checking in" in said
    assert HEARD in said
    assert "/sos" in said
