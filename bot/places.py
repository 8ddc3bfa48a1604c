"""Countries and their time zones: from the tz database (tzdata), with friendlier names.

The tz database's own tables (``iso3166.tab``, ``zone.tab``) give every country code, name
and zone. ``data/places.yaml`` adds what people actually type ("UK", "USA", "Deutschland"),
short lists of zones for the countries that span many, and the countries offered as buttons.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import available_timezones

from bot.i18n.regions import territories
from bot.yamlfile import read_yaml_file

MAX_ZONE_BUTTONS = 12
MIN_FUZZY = 4  # names shorter than this are matched only exactly
MAX_ENDING = 2  # letters a case ending may add to or change in a name ("Германии")
FUZZY_CUTOFF = 0.8  # how alike a typed name must be to a country's to be taken as it
FUZZY_MARGIN = 0.08  # and how much more alike than the next country's


@dataclass(frozen=True, slots=True)
class Zone:
    """One IANA time zone and how to call it on a button."""

    name: str
    label: str


@dataclass(frozen=True, slots=True)
class Place:
    """A country: its code, its name, its time zones (the usual ones first)."""

    code: str
    name: str
    zones: tuple[Zone, ...]
    choices: tuple[Zone, ...]  # the ones offered as buttons


def _key(text: str) -> str:
    """Fold case, accents and punctuation away, for matching what people type."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = re.sub(r"[\W_]+", " ", re.sub(r"['’ʼ]", "", plain)).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _shared(one: str, other: str) -> int:
    """Return how many letters two words share from their start."""
    count = 0
    for a, b in zip(one, other, strict=False):
        if a != b:
            break
        count += 1
    return count


def _city(zone: str) -> str:
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def _table(name: str) -> list[list[str]]:
    text = resources.files("tzdata.zoneinfo").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


class Places:
    """Find a country from what someone typed, and the time zones to offer for it."""

    def __init__(
        self,
        names: dict[str, str],
        zones: dict[str, list[str]],
        aliases: dict[str, str],
        curated: dict[str, list[Zone]],
        world: list[Zone],
        cities: dict[str, Zone] | None = None,
        lead_ins: Iterable[str] = (),
        local: dict[str, str] | None = None,
        offered: dict[str, list[str]] | None = None,
        not_codes: Iterable[str] = (),
        word_codes: Iterable[str] = (),
    ) -> None:
        self.names = names
        self._offered = {
            language.lower(): list(codes) for language, codes in (offered or {}).items()
        }
        self._cities = {_key(city): zone for city, zone in (cities or {}).items()}
        self._zones = zones
        self._curated = curated
        self.world = tuple(world)
        self._lookup: dict[str, str] = {}
        for code, name in names.items():
            self._lookup[_key(name)] = code
            self._lookup[code.casefold()] = code
        # A code people answer with alone ("si", "me", "so") is a code only written in
        # capitals ("SI"): "sí" at "Which country are you in?" is a yes, never Slovenia.
        self._word_codes = {
            word.casefold(): self._lookup.pop(word.casefold())
            for word in word_codes
            if word.casefold() in self._lookup
        }
        for word in not_codes:  # an answer, never a code ("no", "NO")
            self._lookup.pop(word.casefold(), None)
            self._word_codes.pop(word.casefold(), None)
        for alias, code in aliases.items():
            self._lookup[_key(alias)] = code
        self._lead_ins = tuple(sorted((_key(words) for words in lead_ins), key=len, reverse=True))
        # Countries' names in the other languages spoken (CLDR's): taken as typed, or with
        # another ending («Германии»), never by likeness alone ("pain" is not "Spain").
        self._local = dict(local or {})

    @classmethod
    def load(cls, file: Path, languages: Iterable[str] = ()) -> Places:
        """Read the tz tables and the names, aliases and zone lists in ``file``; countries'
        names in ``languages`` (CLDR's, "Германия", "Alemania") are understood too."""
        data: dict[str, Any] = read_yaml_file(file)
        names = {code: name for code, name, *_ in _table("iso3166.tab")}
        names.update(data.get("names") or {})
        zones: dict[str, list[str]] = {}
        for code, _coordinates, zone, *_ in _table("zone.tab"):
            zones.setdefault(code, []).append(zone)
        curated = {
            code: [Zone(str(item["zone"]), str(item["label"])) for item in items]
            for code, items in (data.get("zones") or {}).items()
        }
        world = [Zone(str(item["zone"]), str(item["label"])) for item in data.get("world") or ()]
        aliases = {str(alias): str(code) for alias, code in (data.get("aliases") or {}).items()}
        words = {_key(str(word)) for word in data.get("not_countries") or ()}
        local = {
            _key(name): code
            for language in languages
            for code, name in territories(language).items()
            if code in names and _key(name) not in words
        }
        listed = data.get("cities") or {}
        cities = {str(city): Zone(str(zone), str(city)) for city, zone in listed.items()}
        lead_ins = [str(words) for words in data.get("lead_ins") or ()]
        offered = {
            str(language): [str(code) for code in codes]
            for language, codes in (data.get("offered") or {}).items()
        }
        not_codes = [str(code) for code in data.get("not_codes") or ()]
        word_codes = [str(code) for code in data.get("word_codes") or ()]
        return cls(
            names,
            zones,
            aliases,
            curated,
            world,
            cities,
            lead_ins,
            local,
            offered,
            not_codes,
            word_codes,
        )

    def offered_to(self, language: str) -> list[str]:
        """Return the countries to offer as buttons to someone spoken to in ``language``
        (those where most people who speak it live), else the default ones."""
        wanted = language.lower()
        codes = self._offered.get(wanted) or self._offered.get(wanted.split("-")[0])
        return list(codes or self._offered.get("default") or ())

    @cached_property
    def _known_zones(self) -> frozenset[str]:
        return frozenset(available_timezones())

    def find(self, typed: str) -> Place | None:
        """Return the country someone means by a name, an alias or a two-letter code, said
        in a phrase ("I'm in Canada") or with a typo ("germny") when only one name is close."""
        key = _key(typed)
        written = typed.strip()
        if written.isupper() and written.casefold() in self._word_codes:
            return self.place(self._word_codes[written.casefold()])  # "DE", "IN"
        said = [key]  # and what follows a lead-in: "я в Германии", "I'm in Canada"
        for lead_in in self._lead_ins:
            if key.startswith(lead_in + " "):
                said.append(_key(key[len(lead_in) + 1 :]))
        code = next((self._exact(words) for words in said if self._exact(words)), None)
        if code is None:
            code = next((self._ending(words) for words in said if self._ending(words)), None)
        if code is None and len(key) >= MIN_FUZZY:
            code = self._closest(key)
        return self.place(code) if code is not None else None

    def _exact(self, words: str) -> str | None:
        return self._lookup.get(words) or self._local.get(words) if words else None

    def _ending(self, words: str) -> str | None:
        """Return the one country whose name in another language this is with another
        ending ("германии", "казахстане"), or None."""
        if words.isascii():
            return None  # case endings are the Cyrillic names' ("pain" is never "Spain")
        codes = {
            code
            for name, code in {**self._lookup, **self._local}.items()
            if len(name) >= MIN_FUZZY
            and not name.isascii()
            and abs(len(words) - len(name)) <= MAX_ENDING
            and _shared(words, name) >= max(MIN_FUZZY, len(name) - 1)
        }
        return codes.pop() if len(codes) == 1 else None

    def _closest(self, key: str) -> str | None:
        """Return the one country whose name is clearly the one meant, or None."""
        best: dict[str, float] = {}
        for name, code in self._lookup.items():
            if len(name) >= MIN_FUZZY:
                ratio = SequenceMatcher(None, key, name).ratio()
                best[code] = max(ratio, best.get(code, 0.0))
        ranked = sorted(best.items(), key=lambda item: item[1], reverse=True)
        if not ranked or ranked[0][1] < FUZZY_CUTOFF:
            return None
        if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < FUZZY_MARGIN:
            return None  # two names are as close: never guess between them
        return ranked[0][0]

    def place(self, code: str | None) -> Place | None:
        """Return the country with this code, if the tz database knows it."""
        if code is None or code not in self.names:
            return None
        zones = tuple(Zone(zone, _city(zone)) for zone in self._zones.get(code, ()))
        choices = tuple(self._curated.get(code, ())) or zones[:MAX_ZONE_BUTTONS]
        return Place(code, self.names[code], zones, choices)

    def zone(
        self, place: Place | None, typed: str, shown: Callable[[Zone], str] | None = None
    ) -> Zone | None:
        """Return the zone someone means: a button's label (as ``shown`` names it in the
        person's language, or as written), a city of the tz database or a large one of a
        country with several zones, or an IANA name."""
        wanted = _key(typed)
        offered = place.choices + place.zones if place is not None else self.world
        for zone in offered:
            names = {zone.label, _city(zone.name), zone.name, shown(zone) if shown else ""}
            if wanted in {_key(name) for name in names}:
                return zone
        exact = typed.strip()
        if exact in self._known_zones:
            return Zone(exact, _city(exact))
        if wanted in self._cities:
            return self._cities[wanted]
        by_city = [name for name in self._known_zones if _key(_city(name)) == wanted]
        return Zone(sorted(by_city)[0], _city(sorted(by_city)[0])) if by_city else None
