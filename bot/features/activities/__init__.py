"""Behavioural activation: /activity plans one small valued or pleasant activity (ideas by
energy level in data/activities.yaml, or one's own), for a day, with the pleasure and sense
of achievement expected; a reminder that day with the daily prompt; afterwards how it was,
beside what was expected; a look back over the week in /progress. "Act first, feelings
follow." /plan offers it as the week's activity.
"""

from __future__ import annotations

from functools import partial

from bot.engine.actions import ActionRegistry
from bot.features.activities.actions import (
    DAYS,
    WORDS,
    keep_activity,
    let_go_activity,
    rate_activity,
    read_activities,
    remind_activity,
    show_activity_week,
    show_week_activity,
)
from bot.features.activities.flows import Activities
from bot.features.activities.kept import KEPT
from bot.features.feature import Feature, Needs

__all__ = ["FEATURE", "Activities"]


def register(registry: ActionRegistry, needs: Needs) -> None:
    """Register this feature's actions, each bound to the activity list and its words."""
    found = Activities.load(needs.data_dir).found
    words = needs.words("activation.yaml", WORDS)
    registry.register(
        "read_activities", provides=["activity_waiting", "waiting_id", "waiting_label"]
    )(partial(read_activities, found=found))
    registry.register(
        "keep_activity",
        provides=["activity_kept", "activity_today", "activity_due"],
        reads={"day": tuple(DAYS)},
    )(partial(keep_activity, found=found, words=words))
    registry.register("remind_activity", provides=["has_prompt_time"])(remind_activity)
    registry.register("rate_activity")(partial(rate_activity, words=words))
    registry.register("let_go_activity")(let_go_activity)
    registry.register("show_week_activity")(partial(show_week_activity, found=found, words=words))
    registry.register("show_activity_week")(partial(show_activity_week, found=found, words=words))


FEATURE = Feature("activities", register, KEPT, flows=Activities.load)
