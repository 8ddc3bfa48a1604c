"""/export and /delete: everything kept about a person, as files; erasing it all."""

from __future__ import annotations

from bot.engine.actions import ActionRegistry
from bot.features.data_rights import actions
from bot.features.feature import Feature, Needs


def register(registry: ActionRegistry, needs: Needs) -> None:
    """Register this feature's actions."""
    actions.register(registry, needs.words("data_rights.yaml", actions.WORDS))


FEATURE = Feature("data_rights", register)
