"""/gethelp: when to seek help, how much and where to start (the tiers in triage.py)."""

from __future__ import annotations

from functools import partial

from bot.engine.actions import ActionRegistry
from bot.features.feature import Feature, Needs
from bot.features.gethelp.actions import Resources, next_resource, show_resources, triage
from bot.features.gethelp.triage import READS

READING = ("reading", "reading_at", "reading_left", "next_title")


def register(registry: ActionRegistry, needs: Needs) -> None:
    """Register this feature's actions, those that read resources bound to them."""
    resources = Resources.load(needs.data_dir / "resources.yaml")
    registry.register("triage", provides=["tier", "score_reason", "score_total"], reads=READS)(
        triage
    )
    registry.register("show_resources", provides=READING)(
        partial(show_resources, resources=resources)
    )
    registry.register("next_resource", provides=READING)(
        partial(next_resource, resources=resources)
    )


FEATURE = Feature("gethelp", register)
