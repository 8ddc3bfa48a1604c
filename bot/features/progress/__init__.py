"""/progress: a chart of the last 30 days of check-ins and a short summary; then, for those
who answered questionnaires, each measure over time."""

from __future__ import annotations

from functools import partial

from bot.engine.actions import ActionRegistry
from bot.features.feature import Feature, Needs
from bot.features.progress.actions import WORDS, show_measures, show_progress
from bot.features.questionnaires import Questionnaires


def register(registry: ActionRegistry, needs: Needs) -> None:
    """Register this feature's actions, bound to its words and the shipped questionnaires."""
    words = needs.words("progress.yaml", WORDS)
    questionnaires = Questionnaires.load(needs.data_dir).by_id
    registry.register("show_progress", provides=["has_results"])(
        partial(show_progress, words=words, questionnaires=questionnaires)
    )
    registry.register("show_measures")(
        partial(show_measures, words=words, questionnaires=questionnaires)
    )


FEATURE = Feature("progress", register)
