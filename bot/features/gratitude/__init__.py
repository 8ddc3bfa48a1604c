"""/gratitude: one small good thing a day, kept sealed and read back when asked."""

from __future__ import annotations

from bot.engine.actions import ActionRegistry
from bot.features.feature import Feature, Needs
from bot.features.gratitude import actions


def register(registry: ActionRegistry, needs: Needs) -> None:
    """Register this feature's actions."""
    actions.register(registry, needs.words("gratitude.yaml", actions.WORDS))


FEATURE = Feature("gratitude", register)
