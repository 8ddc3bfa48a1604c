"""Turn lesson files into flows: one screen a step, with Next, Back and Done, so the crisis
screen, /cancel and resume apply as in every conversation; and /learn, the list."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.engine.flow_model import Flow
from bot.engine.texts import Texts
from bot.features.lessons.model import Lesson

MENU_FLOW = "learn"
WORDS = frozenset(
    {
        "learn_title",
        "learn_description",
        "learn_choose",
        "learn_not_now",
        "learn_bye",
        "heading",
        "lesson_title",
        "next",
        "back",
        "done",
        "finished",
    }
)


def build_flows(lessons: Mapping[str, Lesson], words: Texts) -> dict[str, Flow]:
    """Return each lesson's flow and /learn's, validated."""
    flows = {lesson.id: _flow(lesson, words) for lesson in lessons.values()}
    if lessons:
        flows[MENU_FLOW] = _menu(lessons, words)
    return {flow_id: Flow.model_validate(data) for flow_id, data in flows.items()}


def _menu(lessons: Mapping[str, Lesson], words: Texts) -> dict[str, Any]:
    choices: list[dict[str, Any]] = [
        {"label": lesson.title, "value": lesson.id, "flow": lesson.id}
        for lesson in lessons.values()
    ]
    choices.append({"label": words.get("learn_not_now"), "value": "later", "next": "bye"})
    return {
        "id": MENU_FLOW,
        "version": 1,
        "title": words.get("learn_title"),
        "command": MENU_FLOW,
        "needs_consent": False,  # reading asks nothing about feelings
        "description": words.get("learn_description"),
        "start": "choose",
        "steps": {
            "choose": {"say": words.get("learn_choose"), "ask": {"choice": choices}},
            "bye": {"say": words.get("learn_bye"), "end": True},
        },
    }


def screen_key(number: int) -> str:
    """Return the step a screen is shown at (screens count from 1)."""
    return f"screen_{number}"


def _flow(lesson: Lesson, words: Texts) -> dict[str, Any]:
    count = len(lesson.screens)
    steps: dict[str, dict[str, Any]] = {}
    for number, text in enumerate(lesson.screens, start=1):
        heading = words.get("heading", title=lesson.title, number=number, count=count)
        choices: list[dict[str, Any]] = []
        if number < count:
            choices.append(
                {"label": words.get("next"), "value": "next", "next": screen_key(number + 1)}
            )
        if number > 1:
            choices.append(
                {"label": words.get("back"), "value": "back", "next": screen_key(number - 1)}
            )
        choices.append({"label": words.get("done"), "value": "close", "next": "finished"})
        # Words typed on a page ("ok", "got it", "sure") turn it, or end the lesson on the last.
        on = "next" if number < count else "close"
        ask = {"choice": choices, "otherwise": on}
        steps[screen_key(number)] = {"say": f"{heading}\n\n{text}", "ask": ask}
    steps["finished"] = {"say": words.get("finished"), "end": True}
    return {
        "id": lesson.id,
        "version": lesson.version,
        "title": words.get("lesson_title", title=lesson.title),  # "the lesson ..." on resume
        "needs_consent": False,
        "description": lesson.title,
        "start": screen_key(1),
        "steps": steps,
    }
