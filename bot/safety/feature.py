"""The crisis path as a feature: crisis lines, emergency and violence services, the check the
day after. The screen and the path itself are the engine's (bot/engine/safety_path.py); this
registers the actions its flows run."""

from __future__ import annotations

from bot.engine.actions import ActionRegistry
from bot.features.feature import Feature, Needs
from bot.safety import actions, follow_up


def register(registry: ActionRegistry, needs: Needs) -> None:
    """Register the crisis path's actions."""
    follow_up.register(registry, needs.words("follow_up.yaml", follow_up.WORDS))
    actions.register(
        registry,
        needs.helplines,
        needs.line_words,
        needs.default_country,
        actions.load_guesses(needs.data_dir / "countries_by_language.yaml"),
    )


FEATURE = Feature("crisis", register)
