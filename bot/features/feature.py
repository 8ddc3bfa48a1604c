"""What a feature is to the app: a name, how it registers its actions from what it needs,
and what it keeps about a person.

A feature is a folder under bot/features/ (its actions, what it reads from data/, and in
``kept.py`` the records it keeps); its flows are flows/<name>.yaml or named from it.
bot/features/catalogue.py lists them all, and the app registers each in turn: adding a
feature is adding a folder and a line there.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from bot.engine.actions import ActionContext, ActionRegistry
from bot.engine.flow_loader import LoadedFlow, Problem
from bot.engine.texts import Texts
from bot.safety.helplines import Helplines
from bot.storage.records import DOCUMENTS


@dataclass(frozen=True, slots=True)
class Kept:
    """One kind of record a feature keeps about a person: the table it is stored in (which
    /delete erases), its section of /export and how that is read, and the fields sealed at
    rest in it (as ``bot.storage.rows.SEALED_COLUMNS`` names them; in ``documents``, each
    kind is the field its bodies are sealed as). /delete and key
    rotation walk these declarations (bot.storage.declared)."""

    table: str
    section: str
    read: Callable[[ActionContext], Awaitable[object]]
    sealed: tuple[str, ...] = ()

    @classmethod
    def documents(
        cls, kind: str, section: str, read: Callable[[ActionContext], Awaitable[object]]
    ) -> Kept:
        """Declare a kind of document the feature keeps (bot.storage.records.Document): in
        the table every feature's documents share, the body sealed as its kind. A feature
        keeping records this way needs no table, migration or storage code of its own."""
        return cls(DOCUMENTS, section, read, sealed=(kind,))


@dataclass(frozen=True, slots=True)
class Needs:
    """What the app hands every feature when it registers: data, and the crisis lines."""

    data_dir: Path
    helplines: Helplines
    line_words: Texts  # the words crisis lines are described with (data/safety.yaml)
    default_country: str | None = None
    kept: tuple[Kept, ...] = ()  # what every feature keeps, in order: what /export gives

    def words(self, file: str, required: Iterable[str]) -> Texts:
        """Load a feature's words from ``data/<file>``, failing if a required one is missing."""
        return Texts.load(self.data_dir / file, frozenset(required))

    def lines_for(self, country: str | None) -> str:
        """Describe the crisis lines for a country (the operator's default if none is known)."""
        return self.helplines.describe(country or self.default_country, self.line_words)


class FlowSource(Protocol):
    """Flows a feature makes from its data files (a lesson a file), and what is wrong."""

    @property
    def problems(self) -> list[Problem]:
        """Return what is wrong with the data files, for the flows check."""
        ...

    def loaded_flows(self) -> dict[str, LoadedFlow]:
        """Return the flows made, each with the file it comes from, for the flows check."""
        ...


@dataclass(frozen=True, slots=True)
class Feature:
    """A feature's name (what users know it as), how it registers its actions, the records
    it keeps about a person, and, if it makes flows from data files, how to load them."""

    name: str
    register: Callable[[ActionRegistry, Needs], None]
    kept: tuple[Kept, ...] = ()
    flows: Callable[[Path], FlowSource] | None = None


def registers_nothing(registry: ActionRegistry, needs: Needs) -> None:
    """Register no action: a feature made of flows and words only (the lessons)."""
