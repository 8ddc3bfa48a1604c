"""/language offers only the languages spoken fully: today, English, Spanish and
Brazilian Portuguese."""

from __future__ import annotations

from tests.chat import Chat


async def test_language_offers_english_and_the_shipped_languages(chat: Chat) -> None:
    (question,) = await chat.send("/language")
    assert [choice.label for choice in question.choices] == [
        "English",
        "Español",
        "Português (Brasil)",
        "Keep it as it is",
    ]
    (done,) = await chat.send("Русский")
    assert done.text.startswith(
        "I can't speak that one yet. These are the languages I can: "
        "English, Español, Português (Brasil)."
    )
