"""Crisis lines by country, read from data/helplines.yaml, and how to say them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from bot.engine.texts import Texts


@dataclass(frozen=True, slots=True)
class Line:
    """One service: how to reach it, when, and where the number was read."""

    name: str
    source: str
    verified: date
    phone: str = ""
    text: str = ""
    chat: str = ""
    web: str = ""
    hours: str = ""


@dataclass(frozen=True, slots=True)
class Country:
    """A country's emergency number and crisis lines."""

    code: str
    name: str
    emergency: str
    emergency_source: str
    lines: tuple[Line, ...]
    youth: tuple[Line, ...] = ()  # services for children and young people


@dataclass(frozen=True, slots=True)
class Helplines:
    """Every country we have sourced lines for, and the international fallbacks."""

    countries: dict[str, Country]
    international: tuple[Line, ...]

    @classmethod
    def load(cls, file: Path) -> Helplines:
        """Read the helplines file; a line without a source or date is an error."""
        data = yaml.safe_load(file.read_text(encoding="utf-8"))

        def line(raw: dict[str, Any], where: str) -> Line:
            if not raw.get("source") or not raw.get("verified"):
                raise ValueError(f"{file}: {where}: every line needs a source and verified date")
            return Line(
                name=str(raw["name"]),
                source=str(raw["source"]),
                verified=raw["verified"],
                phone=str(raw.get("phone", "")),
                text=str(raw.get("text", "")),
                chat=str(raw.get("chat", "")),
                web=str(raw.get("web", "")),
                hours=str(raw.get("hours", "")),
            )

        countries = {
            str(code): Country(
                code=str(code),
                name=str(entry["name"]),
                emergency=str(entry["emergency"]),
                emergency_source=str(entry["emergency_source"]),
                lines=tuple(line(raw, str(code)) for raw in entry.get("lines") or ()),
                youth=tuple(line(raw, str(code)) for raw in entry.get("youth") or ()),
            )
            for code, entry in data["countries"].items()
        }
        international = tuple(line(raw, "international") for raw in data["international"])
        return cls(countries, international)

    def describe(self, code: str | None, words: Texts) -> str:
        """Return the crisis lines for a country, or the international directory, as text."""
        country = self.countries.get((code or "").upper())
        parts: list[str] = []
        if country is not None:
            parts.append(words.get("emergency", country=country.name, number=country.emergency))
            parts.extend(_line_text(line, words) for line in country.lines)
        else:
            parts.append(words.get("emergency_unknown"))
        if country is None or not country.lines:
            parts.append(words.get("international"))
            parts.extend(_line_text(line, words) for line in self.international)
        return "\n".join(parts)

    def describe_youth(self, code: str | None, words: Texts) -> str:
        """Return the services for young people in a country, or where to find them."""
        country = self.countries.get((code or "").upper())
        if country is None or not country.youth:
            return words.get("youth_unknown")
        return "\n".join(
            [words.get("youth", country=country.name)]
            + [_line_text(line, words) for line in country.youth]
        )


def _line_text(line: Line, words: Texts) -> str:
    ways = [
        words.get(kind, value=value)
        for kind, value in (
            ("way_phone", line.phone),
            ("way_text", line.text),
            ("way_chat", line.chat),
            ("way_web", line.web),
        )
        if value
    ]
    hours = words.get("hours", hours=line.hours) if line.hours else ""
    return words.get("line", name=line.name, ways=", ".join(ways), hours=hours)
