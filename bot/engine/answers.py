"""Typed answers: what someone means by the words they type at a question.

Buttons are exact; people are not. A choice is matched by its number, label or value, then
by the everyday words for its value (``data/answers.yaml``: "yep", "not really"), or those
words in pieces ("yeah im safe"), an age by its band, and a label typed with a typo when one
label is clearly meant, and negated as the typed text is. A scale takes a number, "7/10", a
number written as a word, or an emoji; a time "7pm", "half past seven", "noon". When two
options fit, nothing is guessed: the question is asked again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from bot.engine.durations import by_duration
from bot.engine.flow_model import Option
from bot.engine.times import read_time
from bot.engine.vocabulary import MAX_SHORT, Vocabulary
from bot.engine.wording import MAX_PIECES_WORDS, normalise, pieced, with_digits

__all__ = [
    "EMPTY",
    "Score",
    "Vocabulary",
    "match_option",
    "normalise",
    "parse_scale",
    "parse_time",
]

EMPHASIS = "emphasis"  # words that only make an answer stronger (data/answers.yaml)
UNSURE = "unsure"  # the answers' value for "idk", "not sure" (data/answers.yaml)
NUMBER = re.compile(r"-?\d+")
_SCORE = re.compile(r"(-?\d+)\s*(?:(?:/|out of|of)\s*(\d+))?", re.IGNORECASE)
FUZZY_CUTOFF = 0.8  # how alike a typed label must be to an option's to be taken as it
FUZZY_MARGIN = 0.1  # and how much more alike than the next option's


EMPTY = Vocabulary()


def match_option(
    options: tuple[Option, ...],
    text: str,
    vocabulary: Vocabulary = EMPTY,
    *,
    careful: bool = False,
) -> Option | None:
    """Match typed text to one option; None when none fits or more than one does.

    ``careful`` (the crisis path) takes no word an option only borrows off it: "not now" is
    no "No" to a question about thoughts of suicide; nor words found in one label only.
    """
    wanted = normalise(text)
    if not wanted:
        return None
    number = vocabulary.numbers.get(wanted, int(wanted) if _plain_number(wanted) else None)
    if number is not None and all(option.value.isdigit() for option in options):
        # Options worth a score (a questionnaire's 0-3): a number means that score.
        return next((o for o in options if int(o.value) == number), None)
    if number is not None and 1 <= number <= len(options) and not _ages(options, vocabulary):
        return options[number - 1]
    for option in options:
        if wanted in {normalise(option.label), normalise(option.value)}:
            return option
    if not careful and not _ages(options, vocabulary):
        place = vocabulary.position(text, len(options))
        if place is not None:
            return options[place]
    present = frozenset(option.value for option in options)
    words = [vocabulary.words_for(option.value, present, careful) for option in options]
    for whole in (True, False):  # said whole, then in pieces
        meant = [
            option
            for option, own in zip(options, words, strict=True)
            if (wanted in own if whole else pieced(wanted, own))
        ]
        if meant:
            return meant[0] if len(meant) == 1 else None  # two fit: ask again, never guess
    strong = _emphasised(options, wanted, words, vocabulary)
    if strong is not None and not (careful and strong.value in vocabulary.calming):
        return strong  # "honestly yes"; never "honestly no" about suicide, asked again
    if (hedged := _hedged(options, wanted, words, vocabulary, careful)) is not None:
        return hedged
    if not careful and (leading := said_first(options, text, vocabulary)) is not None:
        return leading
    if _ages(options, vocabulary):
        return _by_age(options, wanted, vocabulary)
    values = tuple(option.value for option in options)
    lasted = by_duration(values, wanted, vocabulary.durations, vocabulary.numbers)
    if lasted is not None:
        return next(option for option in options if option.value == lasted)
    within = None if careful else _within(options, wanted, vocabulary)
    felt = None if careful else _by_feeling(options, text, vocabulary)
    return within or felt or _closest(options, wanted, vocabulary)


def _by_feeling(options: tuple[Option, ...], text: str, vocabulary: Vocabulary) -> Option | None:
    """Return the option a typed feeling names as its word ("so lonely" at the wheel's sad
    words is "Lonely"). A family's question reads a feeling first (see the runtime)."""
    named = vocabulary.feeling(text)
    if named is None:
        return None
    meant = [option for option in options if option.value == named[1]]
    return meant[0] if len(meant) == 1 else None


def _plain_number(text: str) -> bool:
    """A short run of 0-9 (``isdigit`` also takes "፩" and "²", which ``int`` refuses)."""
    return len(text) <= 6 and text.isascii() and text.isdigit()


def said_first(
    options: tuple[Option, ...], text: str, vocabulary: Vocabulary = EMPTY
) -> Option | None:
    """Return the option a reply starts with when the rest only says more ("yeah its
    affecting my work", "chest kinda, like a weight"), by its words, label or value; None if
    the rest turns it round ("not") or names another option. Off the crisis path only."""
    wanted = normalise(text)
    if len(wanted) > MAX_SHORT * 3:
        return None
    present = frozenset(option.value for option in options)
    words = [
        vocabulary.words_for(o.value, present, False) | {normalise(o.label), normalise(o.value)}
        for o in options
    ]
    if any(wanted in own for own in words):
        return None  # the label typed as it reads ("show me"): a tap, nothing more said
    if wanted in vocabulary.means.get(UNSURE, frozenset()):
        return None  # not knowing, said whole: "i dont know" is not "i dont" and more
    parts = wanted.split()
    for size in (3, 2, 1):
        head, rest = " ".join(parts[:size]), " ".join(parts[size:])
        if not rest:
            continue
        meant = [i for i, own in enumerate(words) if head in own]
        if len(meant) != 1 or vocabulary.negated(rest):
            continue
        if head in vocabulary.hedges and head not in vocabulary.means.get(
            options[meant[0]].value, frozenset()
        ):
            continue  # "kinda numb" is no yes; "kind of, mostly at work" is a "Somewhat"
        others = (p for i, own in enumerate(words) if i != meant[0] for p in own)
        if any(f" {phrase} " in f" {rest} " for phrase in others):
            return None
        if pieced(rest, vocabulary.means.get(EMPHASIS, frozenset())):
            return None  # "si mucho": the answer made stronger, nothing more said
        return options[meant[0]]
    return None


def _emphasised(
    options: tuple[Option, ...], wanted: str, words: list[frozenset[str]], vocabulary: Vocabulary
) -> Option | None:
    """Return the one option a reply says with words that only make it stronger, before or
    after it ("honestly yes", "la verdad q si"): on the crisis path too, where a yes said so
    is a yes, not a reason to ask again; but there never an answer of less risk (see
    ``Vocabulary.calming``: "honestly no" is asked again)."""
    strong = vocabulary.means.get(EMPHASIS, frozenset())
    parts = wanted.split()
    if not strong or len(parts) > MAX_PIECES_WORDS:
        return None

    def only_strong(said: list[str]) -> bool:
        return not said or pieced(" ".join(said), strong)

    meant = {
        index
        for index, own in enumerate(words)
        for start in range(len(parts))
        for end in range(start + 1, len(parts) + 1)
        if own
        and (start or end < len(parts))
        and only_strong(parts[:start])
        and only_strong(parts[end:])
        and pieced(" ".join(parts[start:end]), own)
    }
    return options[meant.pop()] if len(meant) == 1 else None


def _hedged(
    options: tuple[Option, ...],
    wanted: str,
    words: list[frozenset[str]],
    vocabulary: Vocabulary,
    careful: bool,
) -> Option | None:
    """Return the one option a reply says first and then softens ("safe for now i guess");
    None if it starts with a hedge ("i guess im safe" is a shrug), fits two options, or (on
    the crisis path) names one a hedge must never go with ("no i guess" about suicide)."""
    parts = wanted.split()
    if len(parts) > MAX_PIECES_WORDS:
        return None
    meant = [
        option
        for option, own in zip(options, words, strict=True)
        if own
        and any(
            pieced(" ".join(parts[:cut]), own) and pieced(" ".join(parts[cut:]), vocabulary.hedges)
            for cut in range(1, len(parts))
        )
    ]
    if len(meant) != 1 or (careful and meant[0].value in vocabulary.unhedged):
        return None
    return meant[0]


def _within(options: tuple[Option, ...], wanted: str, vocabulary: Vocabulary) -> Option | None:
    """Return the one option whose label holds every word typed ("journal": "Write in my
    journal"); None if none does, or several, or the words turn round ("not")."""
    if len(wanted) < 4 or vocabulary.negated(wanted):
        return None
    words = set(wanted.split())
    holding = [o for o in options if words <= set(normalise(o.label).split())]
    return holding[0] if len(holding) == 1 else None


def _ages(options: tuple[Option, ...], vocabulary: Vocabulary) -> bool:
    return any(option.value in vocabulary.ages for option in options)


def _by_age(options: tuple[Option, ...], wanted: str, vocabulary: Vocabulary) -> Option | None:
    """Place an age ("30", "im 30", "thirty", "30 years old") in its band, where bands are
    offered."""
    numbers = NUMBER.findall(with_digits(wanted, vocabulary.numbers))
    if not 1 <= len(numbers) <= 2 or len(wanted) > MAX_SHORT:
        return None
    # one age, or a span ("25-44"): the band that holds all of it
    banded = {_band(options, int(number), vocabulary) for number in numbers}
    return banded.pop() if len(banded) == 1 else None


def _band(options: tuple[Option, ...], age: int, vocabulary: Vocabulary) -> Option | None:
    for option in options:
        low, high = vocabulary.ages.get(option.value, (1, 0))
        if low <= age <= high:
            return option
    return None


def _closest(options: tuple[Option, ...], wanted: str, vocabulary: Vocabulary) -> Option | None:
    """Return the option whose label was clearly meant, typo and all; None if unsure. Only a
    label negated as the typed text is can be meant ("im not safe for now" is never "I'm safe
    for now"); every option is a rival."""
    if len(wanted) < 4:
        return None
    negated = vocabulary.negated(wanted)
    alike = [o for o in options if vocabulary.negated(normalise(o.label)) == negated]
    if not alike:
        return None
    best = max(alike, key=lambda option: _similarity(wanted, option))
    score = _similarity(wanted, best)
    runner_up = max((_similarity(wanted, o) for o in options if o is not best), default=0.0)
    return best if score >= FUZZY_CUTOFF and score - runner_up >= FUZZY_MARGIN else None


def _similarity(wanted: str, option: Option) -> float:
    return SequenceMatcher(None, wanted, normalise(option.label)).ratio()


def parse_time(text: str, vocabulary: Vocabulary = EMPTY) -> str | None:
    """Read a time of day as "HH:MM": "7pm", "19:00", "7.30", "19h30", "half past seven",
    "quarter to 8", "noon", "7 in the evening"; else None."""
    return read_time(text, vocabulary.times, vocabulary.numbers)


@dataclass(frozen=True, slots=True)
class Score:
    """A number read from typed text, and the emoji it was read from, if any."""

    value: int
    emoji: str = ""


def parse_scale(text: str, low: int, top: int, vocabulary: Vocabulary = EMPTY) -> Score | None:
    """Read a typed score: "7", "7/10", "7 out of 10", "seven", an emoji, or one number in a
    short phrase. A number "out of" another scale than this one is not taken."""
    stripped = text.strip()
    if stripped in vocabulary.scale_emoji:
        return Score(round(low + vocabulary.scale_emoji[stripped] * (top - low)), stripped)
    wanted = normalise(text)
    wanted = with_digits(wanted, vocabulary.numbers)
    match = _SCORE.fullmatch(wanted)
    if match is not None:
        out_of = match.group(2)
        return Score(int(match.group(1))) if out_of is None or int(out_of) == top else None
    # One number in a short phrase ("like a 7 today", "maybe five"): spelt out, only from
    # two up; the words for none and one are words first ("no le veo sentido a nada",
    # "no one cares", "una mierda" are no scores).
    larger = {word: n for word, n in vocabulary.numbers.items() if n >= 2}
    numbers = NUMBER.findall(with_digits(normalise(text), larger))
    if len(numbers) == 1 and len(text) <= MAX_SHORT:
        return Score(int(numbers[0]))
    return None
