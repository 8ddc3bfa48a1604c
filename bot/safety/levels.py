"""The verdict of the crisis screen: a level, the kind of risk, and what decided it."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass


class Level(enum.StrEnum):
    """How worried to be about one message."""

    NONE = "none"
    CONCERN = "concern"
    CRISIS = "crisis"


class Kind(enum.StrEnum):
    """Whose safety is at stake, and how soon: each has its own answer."""

    SELF = "self"  # thoughts of suicide or self-harm, plans, preparations
    NOW = "now"  # an attempt or overdose now: the emergency number first
    DANGER = "danger"  # someone else is hurting or threatening the person
    OTHER = "other"  # the person is worried about someone else


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the screen decided, and which rule or model made it so (never the text)."""

    level: Level
    rule: str = ""
    kind: Kind = Kind.SELF
    # Raised by the model alone over means named (pills, razors), with no word of intent, a
    # plan or an attempt: at a question asking what to put away, an answer, not a risk.
    means_only: bool = False


NOT_SCREENED = Verdict(Level.NONE)
MODEL_RULE = "model"  # the verdict's rule when the statistical model, not a rule, decided

Screen = Callable[[str], Verdict]
