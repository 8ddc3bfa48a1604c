"""/gethelp: when to seek help, how much and where to start (the tiers in triage.py)."""

from __future__ import annotations

from bot.engine.actions import ActionRegistry
from bot.features.feature import Feature, Needs
from bot.features.gethelp import actions


def register(registry: ActionRegistry, needs: Needs) -> None:
    """Register this feature's actions."""
    actions.register(registry, actions.Resources.load(needs.data_dir / "resources.yaml"))


FEATURE = Feature("gethelp", register)
