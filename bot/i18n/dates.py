"""Dates in the person's language, from Babel's CLDR data (English as written stays)."""

from __future__ import annotations

import re
from datetime import date, time

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time

from bot.engine.texts import spoken
from bot.i18n.catalogs import ENGLISH


def day_named(day: date, english: str, pattern: str) -> str:
    """Return ``day`` as ``english`` (a strftime format, "%d %b %Y") writes it in English or
    outside a turn; in another language, by ``pattern`` (CLDR's, "dd MMM y"): "02 нояб. 2026"."""
    language = spoken()
    if language is None or language == ENGLISH:
        return day.strftime(english)
    try:
        return format_date(day, pattern, locale=language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return day.strftime(english)


def weekday_named(day: date, english: str) -> str:
    """Return ``day`` with its weekday, day and month: as ``english`` (a strftime format)
    writes it in English or outside a turn; in another language as CLDR orders and declines
    them ("четверг, 5 ноября", "jueves, 5 de noviembre")."""
    language = spoken()
    if language is None or language == ENGLISH:
        return day.strftime(english)
    try:
        locale = Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return day.strftime(english)
    pattern = str(locale.datetime_skeletons.get("MMMMEd", "E, d MMMM"))
    return format_date(day, re.sub(r"(?<!E)E(?!E)", "EEEE", pattern), locale=locale)


def clock_named(clock: str) -> str:
    """Return a time of day kept as "HH:MM" as the language of this turn writes it (CLDR's
    short time: "8:00" in Spanish, "08:00" in Russian); as kept in English or outside a turn."""
    language = spoken()
    if language is None or language == ENGLISH or not clock:
        return clock
    try:
        hour, minute = (int(part) for part in clock.split(":"))
        return format_time(time(hour, minute), "short", locale=language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return clock
