"""Country names in the person's language, from Babel's CLDR data (English as written stays)."""

from __future__ import annotations

from functools import cache

from babel import Locale, UnknownLocaleError

from bot.engine.texts import spoken
from bot.i18n.catalogs import ENGLISH


def country_name(code: str, english: str) -> str:
    """Return the name of the country ``code`` in the language of this turn; ``english``
    (the name as the bot's data writes it) in English, outside a turn, or if CLDR has none."""
    language = spoken()
    if language is None or language == ENGLISH:
        return english
    return _territories(language).get(code.upper(), english)


@cache
def _territories(language: str) -> dict[str, str]:
    try:
        return dict(Locale.parse(language.replace("-", "_")).territories)
    except (UnknownLocaleError, ValueError):
        return {}
