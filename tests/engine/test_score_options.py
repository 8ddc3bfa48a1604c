"""Typed answers to a question whose options are scores (a questionnaire's 0 to 3)."""

from __future__ import annotations

import pytest

from bot.engine.answers import Vocabulary, match_option
from bot.engine.flow_model import Option
from tests.conftest import ROOT

WORDS = Vocabulary.load(ROOT / "data" / "answers.yaml")

SCORES = tuple(
    Option(label=label, value=str(score))
    for score, label in enumerate(
        ("Not at all", "Several days", "More than half the days", "Nearly every day")
    )
)
NAMED = tuple(Option(label=label, value=label.lower()) for label in ("Yes", "No", "Not sure"))


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("0", "0"),
        ("2", "2"),  # the score 2, not the second button
        ("3", "3"),
        ("two", "2"),
        ("several days", "1"),
        ("Nearly every day", "3"),
        ("more than half the days", "2"),
    ],
)
def test_a_number_is_the_score_and_a_label_its_option(typed: str, value: str) -> None:
    option = match_option(SCORES, typed, WORDS)
    assert option is not None
    assert option.value == value


def test_a_number_no_option_scores_is_asked_again() -> None:
    assert match_option(SCORES, "4") is None


def test_other_choices_still_take_a_number_as_the_button_position() -> None:
    option = match_option(NAMED, "2")
    assert option is not None
    assert option.value == "no"
