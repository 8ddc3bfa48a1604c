"""Small steps: a card to try, and a reminder of it the next day if asked."""

from __future__ import annotations

from bot.engine.actions import ActionRegistry
from bot.features.feature import Feature, Needs
from bot.features.steps.actions import CARDS, remind_step_tomorrow
from bot.features.steps.kept import KEPT


def register(registry: ActionRegistry, needs: Needs) -> None:
    """Register this feature's action (it needs nothing from the app)."""
    registry.register("remind_step_tomorrow", reads={"card": CARDS})(remind_step_tomorrow)


FEATURE = Feature("steps", register, KEPT)
