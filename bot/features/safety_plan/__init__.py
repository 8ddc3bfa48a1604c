"""/safetyplan: the Stanley-Brown safety plan, with the person's local lines."""

from __future__ import annotations

from functools import partial

from bot.engine.actions import ActionRegistry
from bot.features.feature import Feature, Needs
from bot.features.safety_plan.actions import (
    LINES,
    REVIEW_AFTER,
    WORDS,
    add_plan_lines,
    find_plan_lines,
    read_safety_plan,
    recall_safety_plan,
    remind_plan_review,
    save_safety_plan,
    send_safety_plan_file,
    show_safety_plan,
)
from bot.features.safety_plan.kept import KEPT


def register(registry: ActionRegistry, needs: Needs) -> None:
    """Register this feature's actions, each bound to the words or crisis lines it uses."""
    words = needs.words("safety_plan.yaml", WORDS)
    add = registry.register
    add("find_plan_lines", provides=[LINES])(partial(find_plan_lines, lines_for=needs.lines_for))
    add("add_plan_lines")(add_plan_lines)
    add("remind_plan_review", reads={"review_in": tuple(REVIEW_AFTER)})(remind_plan_review)
    add("send_safety_plan_file")(partial(send_safety_plan_file, words=words))
    add("read_safety_plan", provides=["has_plan"])(read_safety_plan)
    add("save_safety_plan")(save_safety_plan)
    add("show_safety_plan")(partial(show_safety_plan, words=words))
    add("recall_safety_plan")(partial(recall_safety_plan, words=words))


FEATURE = Feature("safety_plan", register, KEPT)
