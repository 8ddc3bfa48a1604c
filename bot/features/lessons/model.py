"""The shape of a lesson file (data/lessons/<id>.yaml), as frozen types."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from bot.engine.joining import MAX_WORDS, words_in

_NAME = r"^[a-z][a-z0-9_]*$"
Text = Annotated[str, Field(min_length=1)]
MAX_SCREENS = 8  # a short lesson: a few screens, each one message


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Source(_Frozen):
    """What a lesson draws on: a title, and where to find it."""

    title: Text
    where: Text


class Lesson(_Frozen):
    """A short lesson: a few screens read one at a time (Next, Back, Done), with sources."""

    id: Annotated[str, Field(pattern=_NAME)]
    version: Annotated[int, Field(ge=1)]
    order: Annotated[int, Field(ge=1)]  # its place in /learn's list
    title: Text  # its button in /learn, and the heading of every screen
    sources: tuple[Source, ...]
    screens: tuple[Text, ...]

    @model_validator(mode="after")
    def _consistent(self) -> Lesson:
        if not self.sources:
            raise ValueError("sources: name at least one source the lesson draws on")
        if not 2 <= len(self.screens) <= MAX_SCREENS:
            raise ValueError(f"screens: give 2 to {MAX_SCREENS} screens")
        for number, screen in enumerate(self.screens, start=1):
            if words_in(screen) > MAX_WORDS:
                raise ValueError(
                    f"screens: screen {number} is {words_in(screen)} words; keep each under "
                    f"{MAX_WORDS}, or split it in two"
                )
        return self
