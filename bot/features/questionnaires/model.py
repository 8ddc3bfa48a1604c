"""The shape of a questionnaire file (data/questionnaires/<id>.yaml), as frozen types."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

_NAME = r"^[a-z][a-z0-9_]*$"
Text = Annotated[str, Field(min_length=1)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Source(_Frozen):
    """Where the instrument comes from and on what terms it may be used."""

    citation: Text
    licence: Text
    url: Text


class AnswerOption(_Frozen):
    """One answer every item offers, and what it scores."""

    label: Text
    score: Annotated[int, Field(ge=0, le=9)]


class Item(_Frozen):
    """One question; ``safety`` asks the direct safety question for any answer above the
    lowest score, before anything else (PHQ-9's item 9)."""

    text: Text
    safety: bool = False


class Scoring(_Frozen):
    """How answers become the score shown: their sum, times ``multiply`` (WHO-5: 4)."""

    method: Literal["sum"] = "sum"
    multiply: Annotated[int, Field(ge=1)] = 1


class Band(_Frozen):
    """A range of the score shown, from ``min`` to ``max``, with its meaning in plain words.

    ``offer`` names another questionnaire to suggest next (WHO-5 below 50: the PHQ-9).
    ``summary`` is the band in a few words, for /progress (its chart and the latest score).
    """

    id: Annotated[str, Field(pattern=_NAME)]
    min: Annotated[int, Field(ge=0)]
    max: Annotated[int, Field(ge=0)]
    meaning: Text
    summary: Text
    offer: Annotated[str, Field(pattern=_NAME)] | None = None


class ShortForm(_Frozen):
    """The first ``items`` questions asked on their own (PHQ-2 of the PHQ-9): a score of
    ``threshold`` or more goes on to the full questionnaire; below it the short form's
    result is kept and ``below`` is said."""

    id: Annotated[str, Field(pattern=_NAME)]
    name: Text
    items: Annotated[int, Field(ge=1)]
    threshold: Annotated[int, Field(ge=1)]
    below: Text
    going_on: Text


def check_bands(bands: tuple[Band, ...], low: int, high: int) -> str | None:
    """Return what is wrong with bands that should cover ``low`` to ``high`` in order, once."""
    expected = low
    for band in bands:
        if band.max < band.min:
            return f"band {band.id!r} ends ({band.max}) before it starts ({band.min})"
        if band.min > expected:
            return f"no band covers {_scores(expected, band.min - 1)}"
        if band.min < expected:
            return f"band {band.id!r} starts at {band.min}, inside the band before it"
        expected = band.max + 1
    if expected <= high:
        return f"no band covers {_scores(expected, high)}; the last band ends at {expected - 1}"
    if expected - 1 > high:
        return f"the last band ends at {expected - 1}, above the highest score ({high})"
    return None


def _scores(low: int, high: int) -> str:
    return f"the score {low}" if low == high else f"the scores {low} to {high}"


class Questionnaire(_Frozen):
    """A validated instrument: items asked one by one, scored, a band in plain words."""

    id: Annotated[str, Field(pattern=_NAME)]
    version: Annotated[int, Field(ge=1)]
    name: Text  # as people know it: "PHQ-9"
    title: Text  # what it asks about, in plain words
    button: Text  # its label in /measure
    intro: Text
    question: Text  # each item's question; {number}, {count} and {item} are filled in
    source: Source
    options: tuple[AnswerOption, ...]
    items: tuple[Item, ...]
    scoring: Scoring = Scoring()
    bands: tuple[Band, ...]
    # A change of the score shown between two times that counts as meaningful, called out
    # in /progress (WHO-5: 10 points of 100).
    meaningful_change: Annotated[int, Field(ge=1)] | None = None
    short_form: ShortForm | None = None

    @property
    def lowest(self) -> int:
        """Return the lowest score an item can have."""
        return min(option.score for option in self.options)

    @property
    def highest(self) -> int:
        """Return the highest score shown."""
        return max(o.score for o in self.options) * len(self.items) * self.scoring.multiply

    @model_validator(mode="after")
    def _consistent(self) -> Questionnaire:
        if len(self.options) < 2:
            raise ValueError("options: give at least two answers")
        scores = [option.score for option in self.options]
        if len(set(scores)) != len(scores):
            raise ValueError("options: two answers have the same score")
        if not self.items:
            raise ValueError("items: give at least one question")
        if "{item}" not in self.question:
            raise ValueError("question: put {item} where each item's words go")
        problem = check_bands(self.bands, self.lowest * len(self.items), self.highest)
        if problem is not None:
            raise ValueError(f"bands: {problem}")
        short = self.short_form
        if short is not None:
            if short.items >= len(self.items):
                raise ValueError("short_form: items must be fewer than the questionnaire's")
            if short.threshold > max(scores) * short.items:
                raise ValueError("short_form: threshold is above the short form's highest score")
        return self
