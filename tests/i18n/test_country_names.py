"""Country names are said in the person's language (Babel's CLDR data), English as before."""

from __future__ import annotations

from bot.app import App
from tests.chat import Chat, text_of


async def test_a_country_typed_in_spanish_is_named_back_in_spanish(app: App) -> None:
    chat = Chat(app, user_id=611, language="es")
    await chat.send("/start")
    await chat.tap("Sí, me parece bien")
    await chat.tap("De 25 a 44")
    replies = await chat.send("mexico")
    assert "País: México." in text_of(replies)
    replies = await chat.send("ya no quiero vivir")
    assert "llama al número de emergencias: 911 (México)" in text_of(replies)


async def test_in_english_the_name_is_the_one_the_data_writes(app: App) -> None:
    chat = Chat(app, user_id=612, language="en")
    await chat.send("/start")
    await chat.tap("Yes, that's okay")
    await chat.tap("25 to 44")
    replies = await chat.send("mexico")
    assert "Mexico" in text_of(replies)
    assert "México" not in text_of(replies)
