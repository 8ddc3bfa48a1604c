"""Small steps: a card to try, and a reminder of it the next day if asked."""

from __future__ import annotations

from bot.engine.actions import ActionRegistry
from bot.features.feature import Feature, Needs
from bot.features.steps import actions


def register(registry: ActionRegistry, needs: Needs) -> None:
    """Register this feature's actions."""
    actions.register(registry)


FEATURE = Feature("steps", register)
