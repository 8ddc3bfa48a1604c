"""Where someone is asked for their country, the buttons are countries where people who speak
their language live, named in it; a button tapped is kept as that country."""

from __future__ import annotations

import pytest
import yaml

from tests.chat import Chat
from tests.conftest import ROOT


@pytest.mark.parametrize(
    ("language", "entry", "country", "offered", "tapped", "code"),
    [
        ("ru", "Страна", "Россия", ["Украина", "Казахстан", "Израиль"], "Казахстан", "KZ"),
        ("es", "País", "España", ["México", "Argentina"], "México", "MX"),
        ("pt-BR", "País", "Brasil", ["Portugal"], "Portugal", "PT"),
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


def test_every_country_offered_has_crisis_lines() -> None:
    places = yaml.safe_load((ROOT / "data" / "places.yaml").read_text(encoding="utf-8"))
    helplines = yaml.safe_load((ROOT / "data" / "helplines.yaml").read_text(encoding="utf-8"))
    offered = {code for codes in places["offered"].values() for code in codes}
    assert (
        offered - {code for code, entry in helplines["countries"].items() if entry.get("lines")}
        == set()
    )
