"""Someone whose Telegram is in Russian hears Russian: set-up (a city typed in Cyrillic, a
time written as people write it), a check-in, and a crisis written in Russian."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.app import App
from bot.places import Places
from tests.chat import Chat, in_order, labels_of, text_of

DATA = Path(__file__).resolve().parents[2] / "data"


async def test_a_russian_app_gets_set_up_and_checks_in_in_russian(app: App) -> None:
    chat = Chat(app, user_id=611, language="ru")
    replies = await chat.send("/start")
    assert "Привет, я Reconnect." in text_of(replies)
    replies = await chat.tap("Да, можно")
    assert "Сколько тебе лет?" in text_of(replies)
    replies = await chat.tap("25–44")
    assert "В какой ты стране?" in text_of(replies)
    replies = await chat.send("Россия")
    assert "Страна: Россия." in text_of(replies)
    assert labels_of(replies)[:3] == ["Москва", "Калининград", "Самара"]  # not "Moscow"
    replies = await chat.send("Питер")
    assert "Часовой пояс сохранён: Москва" in text_of(replies)
    replies = await chat.send("в 9 утра")
    assert "каждый день в 09:00" in text_of(replies)
    replies = await chat.tap("Да, давай")
    assert "0 =" in text_of(replies)
    replies = await chat.send("4")
    user = await chat.user()
    assert user is not None
    assert (user.language, user.country, user.timezone, user.prompt_time) == (
        "ru",
        "RU",
        "Europe/Moscow",
        "09:00",
    )
    assert "How" not in text_of(replies)


async def test_a_city_of_another_zone_typed_in_russian_is_found(app: App) -> None:
    chat = Chat(app, user_id=612, language="ru")
    await chat.consent()
    user = await chat.user()
    assert user is not None
    async with app.store.transaction() as tx:
        await tx.save_user(replace(user, country="RU"))
    await chat.send("/settings")
    replies = await chat.tap("Часовой пояс")
    assert "Екатеринбург" in labels_of(replies)
    replies = await chat.send("екатеринбург")
    assert "Часовой пояс сохранён: Екатеринбург" in text_of(replies)


async def test_a_crisis_written_in_russian_mid_check_in_is_answered_in_russian(app: App) -> None:
    chat = Chat(app, user_id=613, language="ru")
    await chat.consent()
    user = await chat.user()
    assert user is not None
    async with app.store.transaction() as tx:  # someone in Russia: their local lines
        await tx.save_user(replace(user, country="RU"))
    await chat.send("/checkin")
    await chat.tap("3")
    replies = await chat.send("больше не могу, хочу умереть")
    assert len(replies) == 1  # one message, whole
    said = replies[0].text
    assert in_order(said, "112", "8-800-2000-122")
    assert "Ты сейчас в безопасности?" in said
    assert len(labels_of(replies)) == 3
    assert all(label not in said for label in ("Are you safe", "emergency number"))


async def test_a_button_typed_as_its_russian_label_is_that_button(app: App) -> None:
    chat = Chat(app, user_id=614, language="ru")
    replies = await chat.send("/start")
    replies = await chat.send("да, можно")  # the label as shown, typed
    assert "Сколько тебе лет?" in text_of(replies)
    assert "Yes" not in text_of(replies)
    await chat.send("/ground")
    replies = await chat.send("хочу выбрать")  # read as the button, not as a worry
    assert "Дыхание по квадрату" in " ".join(labels_of(replies))
    assert not chat.crisis


async def test_a_country_typed_in_russian_at_sos_gets_its_lines(app: App) -> None:
    chat = Chat(app, user_id=615, language="ru")
    await chat.consent()
    replies = await chat.send("/sos")
    assert labels_of(replies) == ["Россия", "Украина", "Казахстан", "Германия", "В другой стране"]
    replies = await chat.send("казахстан")
    assert "112 (Казахстан)" in text_of(replies)
    user = await chat.user()
    assert user is not None
    assert user.country == "KZ"


async def test_a_country_said_in_a_russian_sentence_is_found(app: App) -> None:
    chat = Chat(app, user_id=616, language="ru")
    await chat.send("/start")
    await chat.tap("Да, можно")
    await chat.tap("25–44")
    replies = await chat.send("я живу в германии")
    assert "Страна: Германия." in text_of(replies)
    assert "Часовой пояс сохранён: Берлин" in text_of(replies)


async def test_a_feeling_said_in_russian_is_said_back_in_russian(app: App) -> None:
    chat = Chat(app, user_id=617, language="ru")
    await chat.consent()
    replies = await chat.send("мне одиноко")  # the words around a feeling are read past
    assert "«Одиночество»" in text_of(replies)
    assert "lonely" not in text_of(replies)
    await chat.send("/journal")
    await chat.tap("Назвать чувство и найти его в теле")
    await chat.tap("Тревога или страх")
    replies = await chat.tap("На взводе")
    assert "«На взводе»" in text_of(replies)
    assert "on edge" not in text_of(replies)


async def test_what_a_questionnaire_result_means_is_said_in_russian(app: App) -> None:
    chat = Chat(app, user_id=618, language="ru")
    await chat.consent()
    await chat.send("/measure")
    await chat.tap("Моё самочувствие (WHO-5)")
    replies = await chat.send("никогда")  # the validated answer typed, not tapped
    for _ in range(4):
        replies = await chat.tap("Никогда")
    said = text_of(replies)
    assert "Твой результат по WHO-5: 0 из 100." in said
    assert "Это низкий результат" in said
    assert "That's" not in said
    await chat.send("/progress")
    replies = await chat.tap("Покажи мои опросники")
    assert "низкий: стоит поговорить с врачом" in text_of(replies)
    assert " Nov" not in text_of(replies)  # the date in Russian: «2 нояб.»


@pytest.mark.parametrize(
    ("typed", "country"),
    [
        ("во франции", "FR"),
        ("из беларуси", "BY"),
        ("рф", "RU"),
        ("Alemanha", "DE"),
    ],
)
def test_a_country_in_another_language_or_case_is_found(typed: str, country: str) -> None:
    places = Places.load(DATA / "places.yaml", ["es", "pt-BR", "ru"])
    found = places.find(typed)
    assert found is not None
    assert found.code == country


@pytest.mark.parametrize("typed", ["i'm in pain", "нигде", "себя", "первую", "того", "isolada"])
def test_an_everyday_word_is_no_country(typed: str) -> None:
    assert Places.load(DATA / "places.yaml", ["es", "pt-BR", "ru"]).find(typed) is None


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("ru", "пока что я не в безопасности"),
        ("pt-br", "não estou em segurança por enquanto"),
        ("es", "no estoy a salvo por ahora"),
    ],
)
async def test_a_negated_safety_answer_is_never_read_as_safe(
    app: App, language: str, typed: str
) -> None:
    chat = Chat(app, user_id=619, language=language)
    await chat.consent()
    user = await chat.user()
    assert user is not None
    async with app.store.transaction() as tx:  # a country known: straight to the question
        await tx.save_user(replace(user, country="DE"))
    await chat.send("/sos")
    replies = await chat.send(typed)
    said = text_of(replies)
    for glad in ("Я рад, что ты сейчас в безопасности", "Que bom que você", "Me alegra"):
        assert glad not in said, said
