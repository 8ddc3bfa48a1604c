"""A question typed at the menu names a topic; the topic names the lesson that says more, and
flows/asked.yaml must lead to it: a lesson named in data/answers.yaml that has no lesson file
or no step in the flow would offer "Tell me more" and go nowhere."""

from __future__ import annotations

import yaml

from bot.engine.answers import Vocabulary
from tests.conftest import ROOT

VOCABULARY = Vocabulary.load(ROOT / "data" / "answers.yaml")


def test_every_topics_lesson_exists_and_the_flow_leads_to_it() -> None:
    lessons = {path.stem for path in (ROOT / "data" / "lessons").glob("*.yaml")}
    asked = yaml.safe_load((ROOT / "flows" / "asked.yaml").read_text("utf-8"))
    reached = {rule["next"] for rule in asked["steps"]["lesson"]["branch"]}
    named = {lesson for _, _, lesson in VOCABULARY.topics if lesson}
    assert named, "no topic names a lesson"
    assert named <= lessons
    assert named <= reached
    assert all(asked["steps"][step]["flow"] == step for step in reached)


def test_a_question_about_feeling_nothing_leads_to_why_feelings_go_quiet() -> None:
    assert VOCABULARY.lesson_for("why do i feel nothing?") == "why_feelings_go_quiet"
    assert VOCABULARY.lesson_for("is it normal to feel unreal") == "numb_or_unreal"
    assert VOCABULARY.lesson_for("my cat knocked a plant over") == ""
