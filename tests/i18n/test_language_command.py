"""/language offers only the languages spoken fully: today, English, Spanish, Brazilian
Portuguese and Russian."""

from __future__ import annotations

import pytest

from bot.app import App
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


async def test_someone_whose_app_speaks_another_language_is_asked_first(stranger: Chat) -> None:
    stranger.language = "de"
    (asked,) = await stranger.send("/start")
    assert asked.text.startswith("Hi! I can't speak German yet.")
    assert [choice.label for choice in asked.choices] == [
        "English",
        "Español",
        "Português (Brasil)",
        "Русский",
    ]
    replies = await stranger.tap("Русский")
    assert "Привет, я Reconnect" in text_of(replies)  # the introduction, in the language chosen
    user = await stranger.user()
    assert user is not None
    assert user.language == "ru"


async def test_a_language_not_offered_there_goes_on_in_english_and_says_which_are(
    stranger: Chat,
) -> None:
    stranger.language = "de"
    await stranger.send("/start")
    said = text_of(await stranger.send("Deutsch bitte"))
    assert said.startswith("I can't speak that one yet. These are the languages I can:")
    assert "Hi, I'm Reconnect" in said


@pytest.mark.parametrize(
    ("code", "hello"),
    [("es", "Hola, soy Reconnect"), ("en-GB", "Hi, I'm Reconnect"), ("", "Hi, I'm Reconnect")],
)
async def test_an_app_in_a_language_spoken_here_is_not_asked(
    stranger: Chat, code: str, hello: str
) -> None:
    stranger.language = code
    assert text_of(await stranger.send("/start")).startswith(hello)


async def test_the_language_is_in_settings_shown_and_changed_there(chat: Chat) -> None:
    said = text_of(await chat.send("/settings"))
    assert "• Language: English" in said
    await chat.tap("Language")
    await chat.tap("Español")
    said = text_of(await chat.send("/settings"))
    assert "• Idioma: Español" in said
    assert "Idioma" in [
        choice.label for reply in await chat.send("/settings") for choice in reply.choices
    ]


async def test_switching_language_mid_check_in_carries_on_at_the_same_step(
    app: App, chat: Chat
) -> None:
    await chat.send("/checkin")
    await chat.tap("5")
    await chat.send("/language")
    (question,) = await chat.tap("Русский")  # at once, not "shall we carry on?"
    assert question.text.startswith("Готово.")
    assert "А насколько ты чувствуешь связь с людьми вокруг?" in question.text
    await chat.tap("6")
    await chat.tap("Онемение или апатия")
    await chat.tap("Пустота")
    await chat.tap("Пропустить")
    async with app.store.transaction() as tx:
        (saved,) = await tx.checkins(chat.user_id)
    assert (saved.presence, saved.connection, saved.feeling) == (5, 6, "empty")


@pytest.mark.parametrize(
    ("typed", "chosen"),
    [
        ("ingles", "en"),  # no accent
        ("english pls", "en"),
        ("portugues", "pt-BR"),
        ("castellano", "es"),
        ("en español por favor", "es"),
        ("4", "ru"),  # its number in the list
    ],
)
async def test_a_language_is_found_the_way_people_ask_for_it(
    chat: Chat, typed: str, chosen: str
) -> None:
    await chat.send("/language")
    await chat.send(typed)
    user = await chat.user()
    assert user is not None
    assert user.language == chosen


@pytest.mark.parametrize(
    "typed", ["I dont speak english", "not russian", "i want to talk about my english teacher"]
)
async def test_a_language_said_no_to_or_in_passing_is_not_chosen(chat: Chat, typed: str) -> None:
    await chat.send("/language")
    (said,) = await chat.send(typed)
    assert said.text.startswith("I can't speak that one yet.")
    user = await chat.user()
    assert user is not None
    assert user.language in {None, "en"}


async def test_the_list_is_offered_again_once_then_it_is_left(chat: Chat) -> None:
    await chat.send("/language")
    await chat.send("klingon")
    (last,) = await chat.send("elvish")
    assert last.choices == ()
    assert text_of(await chat.send("/help")).startswith("I'm Reconnect")


async def test_a_language_not_spoken_is_said_and_the_list_offered_again(chat: Chat) -> None:
    await chat.send("/language")
    (said,) = await chat.send("klingon")
    assert said.text.startswith("I can't speak that one yet.")
    assert "Русский" in [choice.label for choice in said.choices]  # the buttons, again
    await chat.tap("Русский")
    user = await chat.user()
    assert user is not None
    assert user.language == "ru"
