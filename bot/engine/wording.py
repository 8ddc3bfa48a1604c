"""Words as typed, made comparable: case, apostrophes and punctuation dropped, numbers spelt
out read as digits, and a reply told apart into the phrases it is made of."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Mapping


def normalise(text: str) -> str:
    """Case-fold, drop apostrophes, turn punctuation to spaces, keep emoji, digits and "/"."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"['’ʼ`]", "", text)
    text = "".join(" " if unicodedata.category(c)[0] in "PZ" and c != "/" else c for c in text)
    return " ".join(text.split())


def spelt_number(words: list[str], numbers: Mapping[str, int]) -> int | None:
    """Return the number some words spell ("seven", "thirty five", "30"), else None."""
    if len(words) == 1 and words[0].isdecimal() and len(words[0]) <= 6:
        return int(words[0])
    if not 1 <= len(words) <= 2 or any(word not in numbers for word in words):
        return None
    values = [numbers[word] for word in words]
    if len(values) == 1:
        return values[0]
    tens, unit = values
    return tens + unit if tens % 10 == 0 and tens >= 20 and 0 < unit < 10 else None


def with_digits(wanted: str, numbers: Mapping[str, int]) -> str:
    """Write the numbers spelt out in normalised text as digits ("seven out of ten")."""
    words, out = wanted.split(), []
    while words:
        if words[0].isdigit():  # as written: "19 00" stays a time
            out.append(words.pop(0))
            continue
        for size in (2, 1):
            value = spelt_number(words[:size], numbers) if len(words) >= size else None
            if value is not None:
                out.append(str(value))
                words = words[size:]
                break
        else:
            out.append(words.pop(0))
    return " ".join(out)


MAX_PIECES_WORDS = 12  # a reply in pieces is a few words, never a paragraph
MAX_PHRASE_WORDS = 6  # the longest phrase a piece can be


def pieced(wanted: str, phrases: Container[str]) -> bool:
    """Return whether normalised text is made of these phrases, one after another ("yeah
    im safe", "no not really"). A reply in pieces is short: longer text is never one."""
    words = wanted.split()
    if len(words) > MAX_PIECES_WORDS:
        return False
    reached = [True] + [False] * len(words)  # reached[i]: words[:i] are made of phrases
    for end in range(1, len(words) + 1):
        reached[end] = any(
            reached[start] and " ".join(words[start:end]) in phrases
            for start in range(max(0, end - MAX_PHRASE_WORDS), end)
        )
    return bool(words) and reached[-1]
