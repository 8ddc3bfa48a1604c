"""/safetyplan: the Stanley-Brown safety plan, with the person's local lines."""

from __future__ import annotations

from bot.engine.actions import ActionRegistry
from bot.features.feature import Feature, Needs
from bot.features.safety_plan import actions


def register(registry: ActionRegistry, needs: Needs) -> None:
    """Register this feature's actions."""
    actions.register(registry, needs.words("safety_plan.yaml", actions.WORDS), needs.lines_for)


FEATURE = Feature("safety_plan", register)
