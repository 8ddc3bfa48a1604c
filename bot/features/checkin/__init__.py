"""Daily check-ins: two scores, a word, an optional note; two low weeks suggest /gethelp."""

from __future__ import annotations

from bot.engine.actions import ActionRegistry
from bot.features.checkin import actions
from bot.features.feature import Feature, Needs


def register(registry: ActionRegistry, needs: Needs) -> None:
    """Register this feature's actions."""
    actions.register(registry)


FEATURE = Feature("checkin", register)
