"""Someone whose Telegram is in Russian hears Russian: set-up (a city typed in Cyrillic, a
time written as people write it), a check-in, and a crisis written in Russian."""

from __future__ import annotations

from dataclasses import replace

from bot.app import App
from tests.chat import Chat, in_order, labels_of, text_of


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
