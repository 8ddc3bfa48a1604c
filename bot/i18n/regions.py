"""Country and time-zone names in the person's language, from Babel's CLDR data (English as
written stays)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import get_timezone_location

from bot.engine.texts import spoken
from bot.i18n.catalogs import ENGLISH


def country_name(code: str, english: str) -> str:
    """Return the name of the country ``code`` in the language of this turn; ``english``
    (the name as the bot's data writes it) in English, outside a turn, or if CLDR has none."""
    language = spoken()
    if language is None or language == ENGLISH:
        return english
    return territories(language).get(code.upper(), english)


def territories(language: str) -> dict[str, str]:
    """Return CLDR's names of countries (and regions) in a language, by code; none if
    Babel has no such locale."""
    return _names(language, "territories")


@cache
def _names(language: str, kind: str) -> dict[str, str]:
    """CLDR's names of one kind ("territories", "languages") in a language, by code."""
    try:
        return dict(getattr(Locale.parse(language.replace("-", "_")), kind))
    except (UnknownLocaleError, ValueError):
        return {}


def zone_label(zone: str, english: str) -> str:
    """Return how to call the IANA time zone ``zone`` in the language of this turn: CLDR's
    city for it ("Europe/Moscow" is "Москва" in Russian, "America/New_York" "Nueva York"
    in Spanish); ``english`` (the label as the bot's data writes it, "Moscow, St
    Petersburg") in English or outside a turn, and where it is only names of cities, that
    city among them ("Brasília, São Paulo, Rio" in Portuguese)."""
    language = spoken()
    if language is None or language == ENGLISH:
        return english
    city = _city(language, zone)
    if not city or (city in english and _only_names(english)):
        return english
    return city


def _only_names(label: str) -> bool:
    """Whether a label is only names ("Brasília, São Paulo, Rio"), not "Eastern (New York)"
    or "Buenos Aires and most of Argentina", whose other words are English."""
    return "(" not in label and all(word[:1].isupper() for word in label.replace(",", " ").split())


@cache
def _city(language: str, zone: str) -> str:
    try:
        locale = language.replace("-", "_")
        return str(get_timezone_location(zone, locale=locale, return_city=True))
    except (LookupError, UnknownLocaleError, ValueError):
        return ""


def language_name(code: str, language: str) -> str:
    """Return what the language ``code`` (a Telegram language_code: "de", "pt-br", "zh-hans")
    is called in ``language`` ("German" in English), or the code itself if CLDR has no name."""
    names = _names(language, "languages")
    parts = code.replace("-", "_").split("_")
    return names.get("_".join(parts[:1] + [p.upper() for p in parts[1:2]])) or names.get(
        parts[0].lower(), code
    )


def language_names(code: str, languages: Iterable[str]) -> frozenset[str]:
    """Return what a language is called in each of ``languages`` (CLDR's names: "pt-BR" is
    "португальский" and "португальский (Бразилия)" in Russian, "Portuguese" in English)."""
    wanted = {code.replace("-", "_"), code.split("-")[0]}
    return frozenset(
        name
        for language in languages
        for part, name in _names(language, "languages").items()
        if part in wanted
    )
