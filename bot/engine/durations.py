"""How long something has lasted, as people write it: "about a year", "6 months", "a few
weeks", "since I was a kid", "since christmas"... read as a number of days and placed in the
option whose range holds it. The words live in ``data/answers.yaml`` (``durations``)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.engine.wording import normalise, with_digits

_AMOUNT_UNIT = re.compile(r"^(?:(\d+(?:\.\d+)?) )?(\w+)$")


def _words(items: Any) -> tuple[str, ...]:
    return tuple(sorted({normalise(str(item)) for item in items or ()}, key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class DurationWords:
    """Units in days, amounts said as words, named spans, and the days each option covers."""

    units: Mapping[str, float] = field(default_factory=dict)  # "week": 7
    amounts: Mapping[str, float] = field(default_factory=dict)  # "a few": 3
    named: Mapping[str, float] = field(default_factory=dict)  # "since i was a kid": 3650
    longer: tuple[str, ...] = ()  # "more than", "over": a little past what follows
    shorter: tuple[str, ...] = ()  # "less than", "under"
    fillers: tuple[str, ...] = ()  # "about", "for", "its been"
    values: Mapping[str, tuple[float, float]] = field(default_factory=dict)  # option: days

    @classmethod
    def read(cls, data: Mapping[str, Any]) -> DurationWords:
        """Build from the ``durations`` block of ``data/answers.yaml``."""
        return cls(
            {normalise(str(k)): float(v) for k, v in (data.get("units") or {}).items()},
            {normalise(str(k)): float(v) for k, v in (data.get("amounts") or {}).items()},
            {normalise(str(k)): float(v) for k, v in (data.get("named") or {}).items()},
            _words(data.get("longer")),
            _words(data.get("shorter")),
            _words(data.get("fillers")),
            {str(k): (float(v[0]), float(v[1])) for k, v in (data.get("values") or {}).items()},
        )


def read_days(text: str, words: DurationWords, numbers: Mapping[str, int]) -> float | None:
    """Return how many days a typed span means, or None when it is not one."""
    said = normalise(text)
    if said in words.named:  # "since last week" before "last" is taken as a filler
        return words.named[said]
    wanted = f" {said} "
    for filler in words.fillers:
        wanted = wanted.replace(f" {filler} ", " ")
    wanted = wanted.strip()
    nudge = 0.0
    for phrases, step in ((words.longer, 1.0), (words.shorter, -1.0)):
        bound = next((p for p in phrases if wanted.startswith(f"{p} ")), None)
        if bound is not None:
            wanted, nudge = wanted.removeprefix(f"{bound} "), step
            break
    if wanted in words.named:
        return max(0.0, words.named[wanted] + nudge)
    for said in sorted(words.amounts, key=len, reverse=True):
        if wanted.startswith(f"{said} "):
            wanted = f"{words.amounts[said]:g} {wanted.removeprefix(f'{said} ')}"
            break
    match = _AMOUNT_UNIT.match(with_digits(wanted, numbers))
    if match is None or match.group(2) not in words.units:
        return None
    count = float(match.group(1)) if match.group(1) else 1.0
    return max(0.0, count * words.units[match.group(2)] + nudge)


def by_duration(
    values: tuple[str, ...], text: str, words: DurationWords, numbers: Mapping[str, int]
) -> str | None:
    """Return the one value whose range of days holds the span typed; None if none does."""
    if not all(value in words.values for value in values):
        return None
    days = read_days(text, words, numbers)
    if days is None:
        return None
    held = [v for v in values if words.values[v][0] <= days <= words.values[v][1]]
    return held[0] if len(held) == 1 else None
