"""What a feature is to the app: a name, and how it registers its actions from what it needs.

A feature is a folder under bot/features/ (its actions, and what it reads from data/); its
flows are flows/<name>.yaml or named from it. bot/features/__init__.py lists them all, and
the app registers each in turn: adding a feature is adding a folder and a line there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from bot.engine.actions import ActionRegistry
from bot.engine.texts import Texts
from bot.safety.helplines import Helplines


@dataclass(frozen=True, slots=True)
class Needs:
    """What the app hands every feature when it registers: data, and the crisis lines."""

    data_dir: Path
    helplines: Helplines
    line_words: Texts  # the words crisis lines are described with (data/safety.yaml)
    default_country: str | None = None

    def words(self, file: str, required: Iterable[str]) -> Texts:
        """Load a feature's words from ``data/<file>``, failing if a required one is missing."""
        return Texts.load(self.data_dir / file, frozenset(required))

    def lines_for(self, country: str | None) -> str:
        """Describe the crisis lines for a country (the operator's default if none is known)."""
        return self.helplines.describe(country or self.default_country, self.line_words)


@dataclass(frozen=True, slots=True)
class Feature:
    """A feature's name (what users know it as) and how it registers its actions."""

    name: str
    register: Callable[[ActionRegistry, Needs], None]
