"""Journaling prompts: entries written in parts, sealed, read back and deleted."""

from __future__ import annotations

from bot.engine.actions import ActionRegistry
from bot.features.feature import Feature, Needs
from bot.features.journal import actions


def register(registry: ActionRegistry, needs: Needs) -> None:
    """Register this feature's actions."""
    actions.register(registry, needs.words("journal.yaml", actions.WORDS))


FEATURE = Feature("journal", register)
