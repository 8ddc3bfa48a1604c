"""/gethelp: from a few answers, how much help to look for, and where to start.

The questions (in flows/gethelp.yaml) follow the seeds' signs that detachment needs more
than self-care: it lasts and gets in the way of work, relationships or looking after
oneself; trauma, loss or long stress lies behind it; other symptoms come with it; trying
to reconnect brings real distress. Red flags (sleep or appetite, alcohol or drugs, thoughts
of death) raise the tier. What each tier says and signposts lives in data/resources.yaml.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from bot.engine.actions import ActionContext, ActionRegistry, ActionResult
from bot.engine.events import Reply
from bot.engine.session import Answer


class Tier(enum.StrEnum):
    """How much help to look for, least to most."""

    SELF_CARE = "self_care"
    GP = "gp"
    THERAPIST = "therapist"
    URGENT = "urgent"


def tier_for(answers: Mapping[str, Answer]) -> Tier:
    """Weigh the answers: any thought of death is urgent; lasting harm calls for a therapist."""
    yes = {name for name, value in answers.items() if value in {"yes", "often", "months"}}
    some = {name for name, value in answers.items() if value in {"some", "weeks", "unsure"}}
    if "death_thoughts" in yes:
        return Tier.URGENT
    lasting = answers.get("duration") == "months"
    interferes = "interferes" in yes
    if (lasting and interferes) or "distress" in yes or ("trauma" in yes and interferes):
        return Tier.THERAPIST
    red_flags = {"sleep_appetite", "substances"} & yes
    if red_flags or interferes or "symptoms" in yes or "trauma" in yes or len(some) >= 2:
        return Tier.GP
    return Tier.SELF_CARE


class Resources:
    """What each tier says, and the resources it points to, from data/resources.yaml."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.tiers: dict[str, dict[str, Any]] = dict(data["tiers"])
        self.items: dict[str, str] = dict(data["resources"])
        for tier in Tier:
            for key in self.tiers[tier.value].get("resources", ()):
                if key not in self.items:
                    raise ValueError(f"resources.yaml: tier {tier} names unknown {key!r}")

    @classmethod
    def load(cls, file: Path) -> Resources:
        """Read the resources file."""
        return cls(yaml.safe_load(file.read_text(encoding="utf-8")))

    def describe(self, tier: Tier) -> list[str]:
        """Return the tier's message, then each resource it signposts."""
        entry = self.tiers[tier.value]
        return [str(entry["say"]), *(self.items[key] for key in entry.get("resources", ()))]


def register(registry: ActionRegistry, resources: Resources) -> None:
    """Register the triage actions."""

    @registry.register("triage", provides=["tier"])
    async def triage(ctx: ActionContext) -> ActionResult:
        """Work out the tier from the answers so far."""
        return ActionResult(answers={"tier": tier_for(ctx.answers).value})

    @registry.register("show_resources")
    async def show_resources(ctx: ActionContext) -> ActionResult:
        """Signpost the resources for the tier worked out."""
        tier = Tier(str(ctx.answers.get("tier") or Tier.SELF_CARE.value))
        return ActionResult(replies=tuple(Reply(text) for text in resources.describe(tier)))
