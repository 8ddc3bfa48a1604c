"""Crisis lines by country, read from data/helplines.yaml, and how to say them."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from bot.engine.texts import Texts, key, say
from bot.i18n.lists import either
from bot.i18n.regions import country_name
from bot.yamlfile import read_yaml_file

# Put before a name written right to left (صدای مشاور), so the line it starts, "• name: call
# 1480", still reads left to right.
_LEFT_TO_RIGHT_MARK = "\u200e"


@dataclass(frozen=True, slots=True)
class Line:
    """One service: how to reach it, when, and where the number was read."""

    name: str  # as the sources file names it in English
    source: str
    verified: date
    phone: tuple[str, ...] = ()  # one number, or two for the same service ("or")
    text: str = ""
    chat: str = ""
    web: str = ""
    hours: str = ""  # as the source gives them; empty when the source does not say
    always_open: bool = False  # the source says it answers round the clock
    realtime: bool = True  # False: replies can take hours, so never help "right now"
    note: str = ""  # a caveat to read before calling (who it is for, what it costs)
    place: tuple[str | int, ...] = ()  # where it is in helplines.yaml: its words' keys
    own_name: str = ""  # the service's own name, where the sources file gives it
    descriptive: bool = False  # name is an English description, translated; else a name


@dataclass(frozen=True, slots=True)
class Country:
    """A country's emergency numbers and crisis lines."""

    code: str
    name: str
    emergency: tuple[str, ...]  # one number, or two that both answer ("112 or 999")
    emergency_source: str
    lines: tuple[Line, ...]
    youth: tuple[Line, ...] = ()  # services for children and young people
    violence: tuple[Line, ...] = ()  # services for people harmed or threatened by someone
    emergency_note: str = ""  # partial coverage, other numbers for an ambulance
    police: tuple[str, ...] = ()  # when the police have their own number; else emergency

    @property
    def now(self) -> tuple[Line, ...]:
        """Return the lines someone can reach right now (replies in minutes, not hours)."""
        return tuple(line for line in self.lines if line.realtime)


@dataclass(frozen=True, slots=True)
class Helplines:
    """Every country we have sourced lines for, and the international fallbacks."""

    countries: dict[str, Country]
    international: tuple[Line, ...]

    @classmethod
    def load(cls, file: Path) -> Helplines:
        """Read the helplines file; a line without a source or date is an error."""
        data = read_yaml_file(file)
        countries = {
            str(code): _country(str(code), entry, file)
            for code, entry in data["countries"].items()
        }
        international = tuple(
            _line(raw, f"{file}: international", ("international", n))
            for n, raw in enumerate(data["international"])
        )
        return cls(countries, international)

    def find(self, code: str | None) -> Country | None:
        """Return the country with this two-letter code, if we have its lines."""
        return self.countries.get((code or "").upper())

    def describe(self, code: str | None, words: Texts, *, emergency: bool = True) -> str:
        """Return the crisis lines for a country, or the international directory, as text.

        ``emergency=False`` leaves out the emergency number, for a reply that has just said it.
        """
        country = self.find(code)
        parts: list[str] = []
        if emergency:
            parts.append(emergency_text(country, words))
        if country is not None:
            parts.extend(_line_text(line, words) for line in country.now)
        if country is None or not country.now:
            # A country told but not listed is said so, not met as if it were unknown.
            intro = "no_local_lines" if code and country is None else "international"
            parts.append(self.describe_directory(words.get(intro), words))
        if country is not None:
            later = [line for line in country.lines if not line.realtime]
            if later:
                parts.append(words.get("later"))
                parts.extend(_line_text(line, words) for line in later)
            if any(not line.always_open for line in country.now):
                parts.append(words.get("when_closed", number=either(country.emergency)))
        return "\n".join(parts)

    def describe_directory(self, intro: str, words: Texts) -> str:
        """Return intro, then the international directory of helplines."""
        return "\n".join([intro, *(_line_text(line, words) for line in self.international)])

    def describe_violence(self, code: str | None, words: Texts) -> str:
        """Return the services for people harmed by someone, then the crisis lines."""
        country = self.find(code)
        if country is None or not country.violence:
            return (
                words.get("violence_unknown") + "\n" + self.describe(code, words, emergency=False)
            )
        numbers = {line.phone for line in country.violence if line.phone}
        others = [line for line in country.now if not line.phone or line.phone not in numbers]
        parts = [words.get("violence", country=country_name(country.code, country.name))]
        parts.extend(_line_text(line, words) for line in country.violence)
        if others:
            parts.append(words.get("violence_and_lines"))
            parts.extend(_line_text(line, words) for line in others)
        shown = (*country.violence, *others)
        if any(not line.always_open for line in shown):
            parts.append(
                words.get("when_closed", number=either(country.police or country.emergency))
            )
        return "\n".join(parts)

    def describe_youth(self, code: str | None, words: Texts) -> str:
        """Return the services for young people in a country, or where to find them."""
        country = self.find(code)
        if country is None or not country.youth:
            return words.get("youth_unknown")
        return "\n".join(
            [words.get("youth", country=country_name(country.code, country.name))]
            + [_line_text(line, words) for line in country.youth]
        )


def emergency_text(country: Country | None, words: Texts) -> str:
    """Return the sentence that gives the emergency number, or says to call the local one."""
    if country is None:
        return words.get("emergency_unknown")
    said = _said(("countries", country.code), "emergency_note", country.emergency_note)
    note = words.get("note", note=said) if country.emergency_note else ""
    return words.get(
        "emergency",
        country=country_name(country.code, country.name),
        number=either(country.emergency),
        note=note,
    )


def _line(raw: dict[str, Any], where: str, place: tuple[str | int, ...]) -> Line:
    if not raw.get("source") or not raw.get("verified"):
        raise ValueError(f"{where}: every line needs a source and verified date")
    if raw.get("always_open") and not raw.get("hours"):
        raise ValueError(f"{where}: {raw['name']}: always_open needs the hours the source gives")
    return Line(
        name=str(raw["name"]),
        source=str(raw["source"]),
        verified=raw["verified"],
        phone=_numbers(raw.get("phone")),
        text=str(raw.get("text", "")),
        chat=str(raw.get("chat", "")),
        web=str(raw.get("web", "")),
        hours=str(raw.get("hours", "")),
        always_open=bool(raw.get("always_open", False)),
        realtime=bool(raw.get("realtime", True)),
        note=str(raw.get("note", "")),
        place=place,
        own_name=str(raw.get("own_name", "")),
        descriptive=bool(raw.get("descriptive", False)),
    )


def _numbers(raw: str | Sequence[str] | None) -> tuple[str, ...]:
    """Return a number, or a list of numbers for the same thing, as a tuple (none: empty)."""
    if not raw:
        return ()
    numbers = (raw,) if isinstance(raw, str) else tuple(str(number) for number in raw)
    for number in numbers:
        if " or " in number:
            raise ValueError(f"{number!r}: write alternatives as a list, joined when said")
    return numbers


def _lines(entry: dict[str, Any], kind: str, code: str, where: str) -> tuple[Line, ...]:
    raws = entry.get(kind) or ()
    return tuple(_line(raw, where, ("countries", code, kind, n)) for n, raw in enumerate(raws))


def _said(place: tuple[str | int, ...], field: str, english: str) -> str:
    """Return a line's hours or note in the person's language (docs/languages.md: its key
    is its place in helplines.yaml); English as the source gives it."""
    return say(key("data", "helplines", *place, field), english, {}) if place else english


def _country(code: str, entry: dict[str, Any], file: Path) -> Country:
    where = f"{file}: {code}"
    if not entry.get("emergency") or not entry.get("emergency_source"):
        raise ValueError(f"{where}: every country needs an emergency number and its source")
    return Country(
        code=code,
        name=str(entry["name"]),
        emergency=_numbers(entry["emergency"]),
        emergency_source=str(entry["emergency_source"]),
        lines=_lines(entry, "lines", code, where),
        youth=_lines(entry, "youth", code, where),
        violence=_lines(entry, "violence", code, where),
        emergency_note=str(entry.get("emergency_note", "")),
        police=_numbers(entry.get("police")),
    )


def _line_text(line: Line, words: Texts) -> str:
    ways = [
        words.get(kind, value=value)
        for kind, value in (
            ("way_phone", either(line.phone) if line.phone else ""),
            ("way_text", line.text),
            ("way_chat", line.chat),
            ("way_web", line.web),
        )
        if value
    ]
    if line.hours:
        hours = words.get("hours", hours=_said(line.place, "hours", line.hours))
    else:  # a directory on the web has no hours; a service whose hours we do not know says so
        hours = words.get("hours_unknown") if line.phone or line.text or line.chat else ""
    note = words.get("note", note=_said(line.place, "note", line.note)) if line.note else ""
    return words.get(
        "line", name=line_name(line, words), ways=", ".join(ways), hours=hours, note=note
    )


def line_name(line: Line, words: Texts) -> str:
    """Return what a service is called for the reader (the rule is in helplines.yaml's header):
    its own name where the sources give one, then, unless it says the same, its name in the
    reader's language (a description translated, a proper name as written)."""
    name = _said(line.place, "name", line.name) if line.descriptive else line.name
    if not line.own_name:
        return name
    own = line.own_name
    if any(unicodedata.bidirectional(char) in ("R", "AL") for char in own):
        own = _LEFT_TO_RIGHT_MARK + own
    if name.casefold() == line.own_name.casefold():
        return own
    return words.get("named", own_name=own, name=name)
