"""/export and /delete: everything kept about a person, as files; erasing it all."""

from __future__ import annotations

from functools import partial

from bot.engine.actions import ActionRegistry
from bot.features.data_rights.actions import WORDS, export_data, forget_user
from bot.features.data_rights.kept import KEPT
from bot.features.feature import Feature, Needs


def register(registry: ActionRegistry, needs: Needs) -> None:
    """Register /export (bound to its words and what every feature keeps) and /delete."""
    words = needs.words("data_rights.yaml", WORDS)
    registry.register("export_data")(partial(export_data, words=words, kept=needs.kept))
    registry.register("forget_user")(forget_user)


FEATURE = Feature("data_rights", register, KEPT)
