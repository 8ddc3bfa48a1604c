"""How the screen reads text: every script folded to plain Latin words, then lemmas.

Folding makes one form of every message whatever it was typed in: "Я хочу умереть" and
"ya hochu umeret" both become Latin words, accents and case go ("está" is "esta"),
emoji become words, leetspeak inside a word is read as letters ("k1ll"), spaced-out letters
are joined ("k i l l"), and runs of a repeated letter are collapsed ("kiiill" is "kil").
Rules, the statistical model and the lemma table all see text through the same fold.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from anyascii import anyascii

_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)
_LEET_IN_WORD = re.compile(r"(?<=[a-z])[0134573@$]|[0134573@$](?=[a-z])")
_SPACED = re.compile(r"\b(?:[a-z][\s.\-_*]+){2,}[a-z]\b")
_NOT_WORD = re.compile(r"[^a-z0-9 ]+")
_REPEATS = re.compile(r"([a-z])\1+")
_SENTENCE_END = re.compile(r"[.!?;\n…。？！]+|\s[-–—]\s")
_TOKEN = re.compile(r"[a-z0-9]+")
# Chinese and Japanese write no spaces: each character becomes a word of its own.
_HAN_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

LIMIT = 20_000
"""Characters of one message the screen reads (Telegram allows 4,096 a message)."""


def fold(text: str, emoji: Mapping[str, str] | None = None) -> str:
    """Return text as the screen reads it: lower-case Latin words with single spaces."""
    text = unicodedata.normalize("NFKC", text[:LIMIT])
    if emoji:
        text = "".join(f" {emoji[ch]} " if ch in emoji else ch for ch in text)
    text = _HAN_KANA.sub(r" \g<0> ", text)
    # Apostrophes inside words vanish ("don't" is "dont"; Arabic hamza folds to one too).
    text = anyascii(text.replace("’", "'").replace("`", "'")).lower().replace("'", "")
    # "х" is "kh" to anyascii and "h" to most people typing Russian in Latin letters.
    text = text.replace("kh", "h")
    text = _LEET_IN_WORD.sub(lambda m: m.group().translate(_LEET), text)
    text = _SPACED.sub(lambda m: re.sub(r"[\s.\-_*]+", "", m.group()), text)
    text = _NOT_WORD.sub(" ", text)
    text = _REPEATS.sub(r"\1", text)
    return " ".join(text.split())


def tokens(folded: str) -> list[str]:
    """Return the words of folded text."""
    return _TOKEN.findall(folded)


def sentences(text: str) -> list[str]:
    """Split raw text into its sentences, so risk in one of many is not averaged away."""
    return [part for part in _SENTENCE_END.split(text[:LIMIT]) if part.strip()]


class Lemmas:
    """Map folded word forms to their folded lemma ("took" to "take", "умру" to "umeret")."""

    def __init__(self, forms: Mapping[str, str]) -> None:
        self._forms = dict(forms)

    def __len__(self) -> int:
        return len(self._forms)

    def items(self) -> list[tuple[str, str]]:
        """Return every (form, lemma) pair."""
        return list(self._forms.items())

    def of(self, word: str) -> str:
        """Return the lemma of one folded word, or the word itself."""
        return self._forms.get(word, word)

    def words(self, folded: str) -> list[str]:
        """Return the lemmas of folded text, word by word."""
        forms = self._forms
        return [forms.get(word, word) for word in _TOKEN.findall(folded)]

    @classmethod
    def parse(cls, text: str) -> Lemmas:
        """Read a table of "form<TAB>lemma" lines."""
        forms: dict[str, str] = {}
        for line in text.splitlines():
            form, _, lemma = line.partition("\t")
            if form and lemma:
                forms[form] = lemma
        return cls(forms)
