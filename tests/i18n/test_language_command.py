"""/language offers only the languages spoken fully: today, English."""

from __future__ import annotations

from tests.chat import Chat


async def test_with_no_language_shipped_language_offers_english(chat: Chat) -> None:
    (question,) = await chat.send("/language")
    assert [choice.label for choice in question.choices] == ["English", "Keep it as it is"]
    (done,) = await chat.send("Русский")
    assert done.text.startswith(
        "I can't speak that one yet. These are the languages I can: English."
    )
