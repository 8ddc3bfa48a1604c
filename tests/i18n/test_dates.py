"""Days said in the person's language: weekday, day and month as CLDR declines them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import pytest

from bot.engine.texts import speaking
from bot.i18n.dates import clock_named, weekday_named


class AsWritten:
    """Texts as written in English; languages as given: only the day's names are looked at."""

    def text(self, language: str, key: str, english: str, values: Mapping[str, object]) -> str:
        return english

    def language(self, code: str) -> str:
        return code


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("ru", "четверг, 5 ноября"),
        ("es", "jueves, 5 de noviembre"),
        ("pt-BR", "quinta-feira, 5 de novembro"),
        ("en", "Thursday 05 November"),
    ],
)
def test_a_day_ahead_is_named_as_the_language_names_it(language: str, said: str) -> None:
    with speaking(language, AsWritten()):
        assert weekday_named(date(2026, 11, 5), "%A %d %B") == said


@pytest.mark.parametrize(
    ("language", "said"), [("es", "8:05"), ("ru", "08:05"), ("pt-BR", "08:05"), ("en", "08:05")]
)
def test_a_time_of_day_is_written_as_the_language_writes_it(language: str, said: str) -> None:
    with speaking(language, AsWritten()):
        assert clock_named("08:05") == said
