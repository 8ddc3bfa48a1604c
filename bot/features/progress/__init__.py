"""/progress: a chart of the last 30 days of check-ins and a short summary; then, for those
who answered questionnaires, each measure over time."""

from __future__ import annotations

from bot.engine.actions import ActionRegistry
from bot.features.feature import Feature, Needs
from bot.features.progress import actions
from bot.features.questionnaires import Questionnaires


def register(registry: ActionRegistry, needs: Needs) -> None:
    """Register this feature's actions."""
    questionnaires = Questionnaires.load(needs.data_dir).by_id
    actions.register(registry, needs.words("progress.yaml", actions.WORDS), questionnaires)


FEATURE = Feature("progress", register)
