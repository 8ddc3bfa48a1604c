"""The daily prompt at each person's chosen time: what it asks, and a gentler nudge."""

from __future__ import annotations

from bot.engine.actions import ActionRegistry
from bot.features.feature import Feature, Needs
from bot.features.prompts import actions


def register(registry: ActionRegistry, needs: Needs) -> None:
    """Register this feature's actions."""
    actions.register(registry, needs.words("reminders.yaml", actions.WORDS))


FEATURE = Feature("prompts", register)
