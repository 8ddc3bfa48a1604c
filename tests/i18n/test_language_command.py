"""/language offers only the languages spoken fully: today, English, Spanish, Brazilian
Portuguese and Russian."""

from __future__ import annotations

from tests.chat import Chat, text_of


async def test_language_offers_english_and_the_shipped_languages(chat: Chat) -> None:
    (question,) = await chat.send("/language")
    assert [choice.label for choice in question.choices] == [
        "English",
        "Español",
        "Português (Brasil)",
        "Русский",
        "Keep it as it is",
    ]
    (done,) = await chat.send("Deutsch")
    assert done.text.startswith(
        "I can't speak that one yet. These are the languages I can: "
        "English, Español, Português (Brasil), Русский."
    )


async def test_russian_typed_by_its_name_is_spoken_from_then_on(chat: Chat) -> None:
    await chat.send("/language")
    replies = await chat.send("русский")
    assert "Русский" in text_of(replies)
    user = await chat.user()
    assert user is not None
    assert user.language == "ru"
    replies = await chat.send("/help")
    assert text_of(replies).startswith("Я Reconnect, собеседник для дней, когда чувства")


async def test_a_language_named_in_another_language_is_that_language(chat: Chat) -> None:
    await chat.send("/language")
    await chat.send("русский")
    await chat.send("/language")
    replies = await chat.send("английский")  # English, as Russian calls it
    assert text_of(replies).startswith("Done: from now on I'll speak English with you.")
    await chat.send("/language")
    replies = await chat.send("spanish")
    assert "Español" in text_of(replies)
    user = await chat.user()
    assert user is not None
    assert user.language == "es"
