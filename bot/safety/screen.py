"""The crisis screen: a pure function from one message to a level, over a lexicon in data/.

Text and patterns are normalised the same way: case, accents, emoji, leetspeak,
punctuation, spaced-out letters ("k i l l"), and runs of a repeated letter collapsed to one
("kiiill" and "kil" both become "kil"), so common misspellings and stretched words still
match. Idioms ("this traffic is killing me") are cut out of the text before matching, so a
real risk in the same message is still seen. Crisis rules are checked before concern rules.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.safety.levels import Level, Verdict

_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)
_SPACED = re.compile(r"\b(?:[a-z][\s.\-_*]+){2,}[a-z]\b")
_NOT_WORD = re.compile(r"[^a-z0-9' ]+")
_REPEATS = re.compile(r"([a-z])\1+")
_GAP = r"(?:\S+ ){0,%d}"
_GAP_WORD = "qxgapqx"  # stands for "*" while a pattern is normalised
_TOKEN = re.compile(r"[a-z0-9]+")
NONE = Verdict(Level.NONE)


def normalise(text: str, emoji: Mapping[str, str] | None = None) -> str:
    """Return text as the screen reads it: lower-case words with single spaces."""
    text = unicodedata.normalize("NFKC", text)
    if emoji:
        text = "".join(f" {emoji[ch]} " if ch in emoji else ch for ch in text)
    text = "".join(
        ch for ch in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(ch)
    )
    text = text.replace("’", "'").replace("`", "'")
    # Leetspeak only inside words: "k1ll" is "kill", but "10 pills" stays a number.
    text = re.sub(
        r"(?<=[a-z])[0134573@$]|[0134573@$](?=[a-z])", lambda m: m.group().translate(_LEET), text
    )
    text = _SPACED.sub(lambda m: re.sub(r"[\s.\-_*]+", "", m.group()), text)
    text = _NOT_WORD.sub(" ", text).replace("'", "")
    text = _REPEATS.sub(r"\1", text)
    return " ".join(text.split())


class _Matcher:
    """Find patterns fast: each is tried only where its first word stands in the text."""

    def __init__(self, patterns: Iterable[tuple[str, str]]) -> None:
        grouped: dict[str, list[tuple[str, str]]] = {}
        for rule, pattern in patterns:
            words = normalise(pattern.replace("*", f" {_GAP_WORD} ")).split()
            while words and words[0] == _GAP_WORD:  # a leading or trailing "*" means nothing
                words.pop(0)
            while words and words[-1] == _GAP_WORD:
                words.pop()
            if not words:
                continue
            body = " ".join(re.escape(word) for word in words).replace(f"{_GAP_WORD} ", _GAP % 3)
            grouped.setdefault(words[0], []).append((rule, body + r"\b"))
        self._by_first: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {
            first: (
                re.compile("|".join(f"(?P<r{n}>{body})" for n, (_, body) in enumerate(items))),
                tuple(rule for rule, _ in items),
            )
            for first, items in grouped.items()
        }

    def spans(self, text: str) -> Iterable[tuple[int, int, str]]:
        """Yield (start, end, rule) for each match, left to right."""
        for token in _TOKEN.finditer(text):
            found = self._by_first.get(token.group())
            if found is None:
                continue
            pattern, rules = found
            match = pattern.match(text, token.start())
            if match is not None and match.lastgroup is not None:
                yield match.start(), match.end(), rules[int(match.lastgroup[1:])]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Rules by level, idioms to cut out, and emoji read as words."""

    crisis: tuple[tuple[str, str], ...]
    concern: tuple[tuple[str, str], ...]
    idioms: tuple[str, ...]
    emoji: Mapping[str, str]

    @classmethod
    def load(cls, file: Path) -> Lexicon:
        """Read the lexicon; every rule needs an id and at least one pattern."""
        data = yaml.safe_load(file.read_text(encoding="utf-8"))

        def rules(level: str) -> tuple[tuple[str, str], ...]:
            pairs = []
            for rule in data[level]:
                if not rule.get("id") or not rule.get("patterns"):
                    raise ValueError(f"{file}: every {level} rule needs an id and patterns")
                pairs += [(str(rule["id"]), str(pattern)) for pattern in rule["patterns"]]
            return tuple(pairs)

        return cls(
            crisis=rules("crisis"),
            concern=rules("concern"),
            idioms=tuple(str(idiom) for idiom in data.get("idioms", [])),
            emoji={str(k): str(v) for k, v in (data.get("emoji") or {}).items()},
        )


class CrisisScreen:
    """Screen a message: crisis, concern or none, and the rule that decided it."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._emoji = lexicon.emoji
        self._idioms = _Matcher(("idiom", idiom) for idiom in lexicon.idioms)
        self._levels = [
            (Level.CRISIS, _Matcher(lexicon.crisis)),
            (Level.CONCERN, _Matcher(lexicon.concern)),
        ]

    def __call__(self, text: str) -> Verdict:
        """Return the verdict for one message."""
        if not text:
            return NONE
        seen = normalise(text[:20_000], self._emoji)
        cuts = [(start, end) for start, end, _ in self._idioms.spans(seen)]
        for start, end in reversed(cuts):
            seen = f"{seen[:start]}~{seen[end:]}"
        for level, matcher in self._levels:
            for _start, _end, rule in matcher.spans(seen):
                return Verdict(level, rule)
        return NONE
