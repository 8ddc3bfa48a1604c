"""Consent, age band, country, time zone and prompt time: /start and /settings."""

from __future__ import annotations

from bot.engine.actions import ActionRegistry
from bot.engine.answers import Vocabulary
from bot.features.feature import Feature, Needs
from bot.features.onboarding import actions
from bot.places import Places


def register(registry: ActionRegistry, needs: Needs) -> None:
    """Register this feature's actions."""
    actions.register(
        registry,
        Places.load(needs.data_dir / "places.yaml"),
        needs.words("profile.yaml", actions.WORDS),
        Vocabulary.load(needs.data_dir / "answers.yaml"),
    )


FEATURE = Feature("onboarding", register)
