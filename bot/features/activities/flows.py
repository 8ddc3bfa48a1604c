"""The activity list under a data folder, and the flow made from it that chooses one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from bot.engine.flow_loader import LoadedFlow, Problem, read_mapping, validation_problems
from bot.engine.flow_model import Flow
from bot.features.activities.model import ActivityList

FILE = "activities.yaml"
FLOW = "activities"  # chooses an activity and hands it back (flows/activity.yaml calls it)
OWN = "own"  # the ``activity`` answer when the person typed their own idea
NOT_NOW = "not_now"  # the ``activity`` answer when they chose none


@dataclass(frozen=True, slots=True)
class Activities:
    """The activity list under a data folder (None if it is missing or wrong), and problems."""

    found: ActivityList | None
    file: str
    problems: list[Problem]

    @classmethod
    def load(cls, data: Path) -> Activities:
        """Read and validate data/activities.yaml."""
        file = data / FILE
        if not file.exists():
            return cls(None, str(file), [])
        mapping, lines, problems = read_mapping(file, "version, source, levels")
        if mapping is None:
            return cls(None, str(file), problems)
        try:
            return cls(ActivityList.model_validate(mapping), str(file), [])
        except ValidationError as error:
            return cls(None, str(file), validation_problems(str(file), lines, error))

    def loaded_flows(self) -> dict[str, LoadedFlow]:
        """Return the flow that chooses an activity, with its file, for the flows check."""
        if self.found is None:
            return {}
        return {FLOW: LoadedFlow(Flow.model_validate(chooser(self.found)), self.file, {})}


def chooser(found: ActivityList) -> dict[str, Any]:
    """Return the flow that asks for an energy level, then an activity (or one's own idea);
    it hands back ``activity`` (an id, ``own`` or ``not_now``) and ``own_activity``."""
    levels = [
        {"label": level.label, "value": level.id, "next": f"level_{level.id}"}
        for level in found.levels
    ]
    levels.append({"label": found.own_idea, "value": OWN, "next": "own"})
    levels.append({"label": found.not_now, "value": NOT_NOW, "next": "skipped"})
    steps: dict[str, dict[str, Any]] = {
        "energy": {"say": found.ask, "ask": {"choice": levels}, "save": "activity"},
        "own": {
            "say": found.own_ask,
            "ask": {"text": {"max_length": 200, "skip": found.back}},
            "save": "own_activity",
            "next": "typed",
        },
        "typed": {
            "branch": [{"when": "own_activity", "next": "chosen"}],
            "next": "energy",
        },
        "skipped": {"say": found.skipped, "end": True},
        "chosen": {"end": True},
    }
    for level in found.levels:
        choices: list[dict[str, Any]] = [
            {"label": activity.label, "value": activity.id} for activity in level.activities
        ]
        choices.append({"label": found.back, "value": "back", "next": "energy"})
        steps[f"level_{level.id}"] = {
            "say": level.say,
            "ask": {"choice": choices},
            "save": "activity",
            "next": "chosen",
        }
    return {
        "id": FLOW,
        "version": found.version,
        "title": found.title,
        "description": found.ask,
        "returns": ["activity", "own_activity"],
        "start": "energy",
        "steps": steps,
    }
