"""A gentle weekly plan of small steps back toward feelings and people."""

from __future__ import annotations

from bot.engine.actions import ActionRegistry
from bot.features.feature import Feature, Needs
from bot.features.weekly_plan import actions


def register(registry: ActionRegistry, needs: Needs) -> None:
    """Register this feature's actions."""
    actions.register(registry, needs.words("weekly_plan.yaml", actions.WORDS))


FEATURE = Feature("weekly_plan", register)
