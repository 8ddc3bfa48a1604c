"""The daily prompt at each person's chosen time: what it asks, and a gentler nudge."""

from __future__ import annotations

from functools import partial

from bot.engine.actions import ActionRegistry
from bot.features.feature import Feature, Needs
from bot.features.prompts.actions import WORDS, prompt_kind


def register(registry: ActionRegistry, needs: Needs) -> None:
    """Register this feature's action, bound to its words."""
    words = needs.words("reminders.yaml", WORDS)
    registry.register("prompt_kind", provides=["nudge", "measure_due"])(
        partial(prompt_kind, words=words)
    )


FEATURE = Feature("prompts", register)
