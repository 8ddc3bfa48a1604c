"""A gentle weekly plan of small steps back toward feelings and people."""

from __future__ import annotations

from functools import partial

from bot.engine.actions import ActionRegistry
from bot.features.feature import Feature, Needs
from bot.features.weekly_plan.actions import (
    WORDS,
    mark_plan_day,
    read_weekly_plan,
    review_week,
    start_weekly_plan,
)
from bot.features.weekly_plan.kept import KEPT

DAY = ("plan_state", "plan_day", "day_mark")  # what the flow branches on


def register(registry: ActionRegistry, needs: Needs) -> None:
    """Register this feature's actions; the look back is bound to its words."""
    registry.register("read_weekly_plan", provides=DAY)(read_weekly_plan)
    registry.register("start_weekly_plan", provides=DAY)(start_weekly_plan)
    registry.register("mark_plan_day")(mark_plan_day)
    words = needs.words("weekly_plan.yaml", WORDS)
    registry.register("review_week")(partial(review_week, words=words))


FEATURE = Feature("weekly_plan", register, KEPT)
