"""The verdict of the crisis screen: a level and the rule that decided it."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass


class Level(enum.StrEnum):
    """How worried to be about one message."""

    NONE = "none"
    CONCERN = "concern"
    CRISIS = "crisis"


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the screen decided, and which lexicon rule made it so (never the text)."""

    level: Level
    rule: str = ""


NOT_SCREENED = Verdict(Level.NONE)

Screen = Callable[[str], Verdict]
