"""The shape of data/activities.yaml: small activities that can bring feeling back, by
energy level, as frozen types."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

_NAME = r"^[a-z][a-z0-9_]*$"
Text = Annotated[str, Field(min_length=1)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Activity(_Frozen):
    """One small activity: its button, and a line on how to do it."""

    id: Annotated[str, Field(pattern=_NAME)]
    label: Annotated[str, Field(min_length=1, max_length=40)]  # a button's room
    how: Text


class Level(_Frozen):
    """How much energy the activities ask for, and the activities."""

    id: Annotated[str, Field(pattern=_NAME)]
    label: Text
    say: Text  # said above the level's activities
    activities: tuple[Activity, ...]


class ActivityList(_Frozen):
    """The activities, by energy level, with where the idea comes from and the words."""

    version: Annotated[int, Field(ge=1)]
    source: Text
    title: Text  # the choosing as the engine names it ("we're already in {title}")
    ask: Text  # the question of how much energy there is
    own_idea: Annotated[str, Field(min_length=1, max_length=40)]  # the button to type one's own
    own_ask: Text  # asks for one's own idea
    not_now: Text
    skipped: Text
    back: Text
    this_week: Text  # the reminder on each day of the plan; {label} and {how}
    levels: tuple[Level, ...]

    @model_validator(mode="after")
    def _consistent(self) -> ActivityList:
        if not self.levels:
            raise ValueError("levels: give at least one energy level")
        ids = [activity.id for level in self.levels for activity in level.activities]
        if len(set(ids)) != len(ids):
            raise ValueError("levels: two activities have the same id")
        if any(not level.activities for level in self.levels):
            raise ValueError("levels: every level needs activities")
        return self

    def find(self, activity_id: str) -> Activity | None:
        """Return the activity with this id, if there is one."""
        for level in self.levels:
            for activity in level.activities:
                if activity.id == activity_id:
                    return activity
        return None
