"""/gratitude: one small good thing a day, kept sealed and read back when asked."""

from __future__ import annotations

from functools import partial

from bot.engine.actions import ActionRegistry
from bot.features.feature import Feature, Needs
from bot.features.gratitude.actions import WORDS, keep_gratitude, show_gratitude


def register(registry: ActionRegistry, needs: Needs) -> None:
    """Register this feature's actions, each bound to its words."""
    words = needs.words("gratitude.yaml", WORDS)
    registry.register("keep_gratitude", provides=["gratitude_count"])(
        partial(keep_gratitude, words=words)
    )
    registry.register("show_gratitude")(partial(show_gratitude, words=words))


FEATURE = Feature("gratitude", register)
