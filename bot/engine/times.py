"""Times of day as people write them: "7pm", "19:00", "7.30", "19h30", "half past seven",
"quarter to 8", "noon", "7 in the evening". The words live in ``data/answers.yaml``."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.engine.wording import normalise, with_digits

_CLOCK = re.compile(r"(\d{1,2})(?:\s*(\d{2}))?")


def _longest_first(items: Any) -> tuple[str, ...]:
    return tuple(sorted({normalise(str(item)) for item in items or ()}, key=len, reverse=True))


def _longest_keys_first(words: Mapping[str, int]) -> dict[str, int]:
    """Return the words longest first: "half past 8" is not "half" and "past 8"."""
    return dict(sorted(words.items(), key=lambda item: len(item[0]), reverse=True))


@dataclass(frozen=True, slots=True)
class TimeWords:
    """How people write a time of day: "noon", "half past", "pm", "in the evening"."""

    named: Mapping[str, str] = field(default_factory=dict)  # "noon": "12:00"
    before_hour: Mapping[str, int] = field(default_factory=dict)  # "half past": 30
    after_noon: tuple[str, ...] = ()  # longest first
    before_noon: tuple[str, ...] = ()
    fillers: tuple[str, ...] = ()

    @classmethod
    def read(cls, data: Mapping[str, Any]) -> TimeWords:
        """Build from the ``times`` block of ``data/answers.yaml``."""
        return cls(
            {normalise(str(k)): str(v) for k, v in (data.get("named") or {}).items()},
            _longest_keys_first(
                {normalise(str(k)): int(v) for k, v in (data.get("before_hour") or {}).items()}
            ),
            _longest_first(data.get("after_noon")),
            _longest_first(data.get("before_noon")),
            _longest_first(data.get("fillers")),
        )

    def with_words_of(self, other: TimeWords) -> TimeWords:
        """Return these words with another language's added ("9 утра" beside "9am")."""
        return TimeWords(
            {**self.named, **other.named},
            _longest_keys_first({**self.before_hour, **other.before_hour}),
            _longest_first(self.after_noon + other.after_noon),
            _longest_first(self.before_noon + other.before_noon),
            _longest_first(self.fillers + other.fillers),
        )


def read_time(text: str, words: TimeWords, numbers: Mapping[str, int]) -> str | None:
    """Read a time of day as "HH:MM", or None when it is none."""
    wanted = re.sub(r"(?<=\d)(?=[^\d\s/])|(?<=[^\d\s/])(?=\d)", " ", normalise(text))
    wanted = re.sub(r"(?<=\d) h\b", "", wanted)  # "7pm" -> "7 pm"; "19h30" -> "19 30"
    padded = f" {wanted} "
    for filler in words.fillers:
        padded = padded.replace(f" {filler} ", " ")
    wanted = padded.strip()
    if wanted in words.named:
        return words.named[wanted]
    half = ""
    for side, phrases in (("pm", words.after_noon), ("am", words.before_noon)):
        said = next((p for p in phrases if wanted.endswith(f" {p}")), None)
        if said is not None:
            half, wanted = side, wanted.removesuffix(f" {said}").strip()
            break
    if half and wanted in words.named:  # "полдевятого вечера": a named time, in the evening
        hour, minute = map(int, words.named[wanted].split(":"))
        if not 1 <= hour <= 12:
            return None
        return f"{hour % 12 + (12 if half == 'pm' else 0):02d}:{minute:02d}"
    shift = 0
    for phrase, minutes in words.before_hour.items():
        if wanted.startswith(f"{phrase} "):
            shift, wanted = minutes, wanted.removeprefix(f"{phrase} ")
            break
    match = _CLOCK.fullmatch(with_digits(wanted, numbers))
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if shift and minute:
        return None  # "half past 7 30" is no time
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    total = (hour * 60 + minute + shift) % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"
