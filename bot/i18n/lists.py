"""Alternatives joined with the language's own "or", from Babel's CLDR data."""

from __future__ import annotations

from collections.abc import Sequence

from babel.lists import format_list

from bot.engine.texts import spoken
from bot.i18n.catalogs import ENGLISH


def either(items: Sequence[str]) -> str:
    """Return alternatives ("8-800-2000-122", "124") as the language of this turn says them:
    "8-800-2000-122 or 124" in English or outside a turn, «8-800-2000-122 или 124» in
    Russian, "… o …" in Spanish, "… ou …" in Portuguese."""
    language = spoken() or ENGLISH
    return format_list(list(items), style="or", locale=language.replace("-", "_"))
