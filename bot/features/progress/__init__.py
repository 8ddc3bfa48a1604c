"""/progress: a chart of the last 30 days of check-ins and a short summary."""

from __future__ import annotations

from bot.engine.actions import ActionRegistry
from bot.features.feature import Feature, Needs
from bot.features.progress import actions


def register(registry: ActionRegistry, needs: Needs) -> None:
    """Register this feature's actions."""
    actions.register(registry, needs.words("progress.yaml", actions.WORDS))


FEATURE = Feature("progress", register)
