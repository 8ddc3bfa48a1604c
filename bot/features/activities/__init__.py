"""Behavioural activation, small: activities that can bring feeling back (data/activities.yaml,
by energy level), one chosen into the weekly plan and shown on each of its days. "Act first,
feelings follow." The choice is a note (kind "activity"): exported and erased with the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from bot.engine.actions import ActionContext, ActionRegistry, ActionResult
from bot.engine.events import Reply
from bot.engine.flow_loader import LoadedFlow, Problem, read_mapping, validation_problems
from bot.engine.flow_model import Flow
from bot.engine.texts import render
from bot.features.activities.model import ActivityList
from bot.features.feature import Feature, Needs
from bot.storage.records import Note
from bot.timezones import local_date

__all__ = ["FEATURE", "Activities"]

FILE = "activities.yaml"
FLOW = "activities"
KIND = "activity"  # the note the chosen activity is kept as
KEEP = "keep_activity"


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
        return {FLOW: LoadedFlow(Flow.model_validate(_flow(self.found)), self.file, {})}


def _flow(found: ActivityList) -> dict[str, Any]:
    levels = [
        {"label": level.label, "value": level.id, "next": f"level_{level.id}"}
        for level in found.levels
    ]
    levels.append({"label": found.not_now, "value": "not_now", "next": "skipped"})
    steps: dict[str, dict[str, Any]] = {
        "energy": {"say": found.ask, "ask": {"choice": levels}},
        "skipped": {"say": found.skipped, "end": True},
        "keep": {"do": KEEP, "end": True},
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
            "next": "keep",
        }
    return {
        "id": FLOW,
        "version": found.version,
        "title": "the activity for this week",
        "description": found.ask,
        "start": "energy",
        "steps": steps,
    }


def register(registry: ActionRegistry, needs: Needs) -> None:
    """Register keeping the chosen activity and showing this week's."""
    found = Activities.load(needs.data_dir).found

    @registry.register(KEEP)
    async def keep_activity(ctx: ActionContext) -> ActionResult:
        """Keep the activity chosen for this week (a sealed note) and say so."""
        activity = found.find(str(ctx.answers.get("activity"))) if found else None
        if found is None or activity is None:
            return ActionResult()
        now = ctx.clock.now()
        today = local_date(now, ctx.user.timezone if ctx.user else None)
        await ctx.tx.add_note(ctx.user_id, Note(KIND, now, today, activity.id))
        text = render(found.kept, {"label": activity.label, "how": activity.how})
        return ActionResult(replies=(Reply(text),))

    @registry.register("show_week_activity")
    async def show_week_activity(ctx: ActionContext) -> ActionResult:
        """Remind of the activity chosen since this week's plan began, if any."""
        plan = await ctx.tx.weekly_plan(ctx.user_id)
        if found is None or plan is None:
            return ActionResult()
        chosen = [
            n for n in await ctx.tx.notes(ctx.user_id, KIND) if n.local_date >= plan.started_on
        ]
        activity = found.find(chosen[-1].text) if chosen else None
        if activity is None:
            return ActionResult()
        text = render(found.this_week, {"label": activity.label, "how": activity.how})
        return ActionResult(replies=(Reply(text),))


FEATURE = Feature("activities", register)
