"""One lookup for every text: (language, key, values) -> what the person reads."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.engine.texts import render
from bot.i18n.catalogs import ENGLISH, Catalogs


@dataclass(frozen=True, slots=True)
class Words:
    """Texts in the person's language, English (inline in YAML) where that is theirs."""

    catalogs: Catalogs

    def language(self, code: str) -> str:
        """Return the shipped language for a language code, or en."""
        return self.catalogs.speaks(code)

    def text(self, language: str, key: str, english: str, values: Mapping[str, object]) -> str:
        """Return the text at ``key`` for ``language``: from its catalog if it is shipped,
        else the English as written, with ``values`` filled in either way."""
        spoken = self.catalogs.speaks(language)
        if spoken != ENGLISH and not self.catalogs.in_english(spoken, key):
            found = self.catalogs.catalogs[spoken].format(key, values)
            if found is not None:  # a shipped catalog is complete: the check says so
                return found
        return render(english, values)
