"""Where someone is asked for their country, the buttons are countries where people who speak
their language live, named in it; a button tapped is kept as that country."""

from __future__ import annotations

import pytest

from tests.chat import Chat


@pytest.mark.parametrize(
    ("language", "entry", "country", "offered", "tapped", "code"),
    [
        ("ru", "Страна", "Россия", ["Украина", "Казахстан", "Беларусь"], "Беларусь", "BY"),
        ("es", "País", "España", ["México", "Argentina", "Colombia"], "México", "MX"),
        ("pt-BR", "País", "Brasil", ["Portugal", "Angola"], "Portugal", "PT"),
        ("en", "Country", "United States", ["United Kingdom", "India", "Ireland"], "India", "IN"),
    ],
)
async def test_the_countries_offered_are_those_of_the_language_spoken(
    chat: Chat,
    language: str,
    entry: str,
    country: str,
    offered: list[str],
    tapped: str,
    code: str,
) -> None:
    chat.language = language
    await chat.send("/language")
    await chat.send(
        {"pt-BR": "Português (Brasil)", "ru": "Русский", "es": "Español"}.get(language, "English")
    )
    await chat.send("/settings")
    (question,) = await chat.tap(entry)
    labels = [choice.label for choice in question.choices]
    assert labels[0] == country
    assert set(offered) <= set(labels)
    await chat.tap(tapped)
    user = await chat.user()
    assert user is not None
    assert user.country == code
