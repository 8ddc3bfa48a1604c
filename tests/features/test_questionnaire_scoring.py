"""Scoring of the shipped questionnaires: every band edge, short forms, the safety item."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.features.questionnaires.loading import load_questionnaires
from bot.features.questionnaires.model import Questionnaire
from bot.features.questionnaires.scoring import (
    band_for,
    item_scores,
    safety_raised,
    short_form_positive,
    total,
)

DATA = Path(__file__).resolve().parents[2] / "data"
SHIPPED, PROBLEMS = load_questionnaires(DATA)

# Every band of each instrument as published: (lowest, highest, band) of the score shown.
BANDS = {
    "phq9": [
        (0, 4, "minimal"),
        (5, 9, "mild"),
        (10, 14, "moderate"),
        (15, 19, "moderately_severe"),
        (20, 27, "severe"),
    ],
    "gad7": [(0, 4, "minimal"), (5, 9, "mild"), (10, 14, "moderate"), (15, 21, "severe")],
    # WHO-5: raw 0-25 shown times four; 28 or below, a doctor; below 50, the PHQ-9
    "who5": [(0, 28, "low"), (29, 49, "lowered"), (50, 100, "good")],
}
EDGES = [
    (qid, shown, band)
    for qid, bands in BANDS.items()
    for low, high, band in bands
    for shown in (low, high)
]


def shipped(qid: str) -> Questionnaire:
    return SHIPPED[qid].questionnaire


def scores_for(q: Questionnaire, raw: int) -> list[int]:
    """Return item scores adding up to ``raw``, filled from the first item on."""
    top = max(option.score for option in q.options)
    scores = []
    for _ in q.items:
        scores.append(min(top, raw))
        raw -= scores[-1]
    assert raw == 0
    return scores


def test_the_shipped_files_are_clean() -> None:
    assert PROBLEMS == []
    assert set(SHIPPED) == {"phq9", "gad7", "who5"}


@pytest.mark.parametrize(("qid", "shown", "band"), EDGES)
def test_every_band_edge(qid: str, shown: int, band: str) -> None:
    assert band_for(shipped(qid), shown).id == band


@pytest.mark.parametrize(
    ("qid", "raw", "shown", "band"),
    [
        ("phq9", 4, 4, "minimal"),
        ("phq9", 5, 5, "mild"),
        ("phq9", 27, 27, "severe"),
        ("gad7", 21, 21, "severe"),
        ("who5", 7, 28, "low"),  # 28 or below: suggest a doctor
        ("who5", 8, 32, "lowered"),
        ("who5", 12, 48, "lowered"),  # below 50: offer the PHQ-9
        ("who5", 13, 52, "good"),
        ("who5", 25, 100, "good"),
    ],
)
def test_items_add_up_to_the_score_shown(qid: str, raw: int, shown: int, band: str) -> None:
    q = shipped(qid)
    assert total(q, scores_for(q, raw)) == shown
    assert band_for(q, shown).id == band


def test_who5_offers_the_phq9_below_50_only() -> None:
    q = shipped("who5")
    assert [b.offer for b in q.bands] == ["phq9", "phq9", None]


@pytest.mark.parametrize("qid", ["phq9", "gad7"])
@pytest.mark.parametrize(
    ("first", "second", "going_on"),
    [(0, 0, False), (1, 1, False), (2, 0, False), (2, 1, True), (0, 3, True), (3, 3, True)],
)
def test_short_form_goes_on_at_3(qid: str, first: int, second: int, going_on: bool) -> None:
    q = shipped(qid)
    assert short_form_positive(q, [first, second]) is going_on


@pytest.mark.parametrize("answer", [1, 2, 3])
def test_phq9_item_9_above_not_at_all_raises_the_safety_check(answer: int) -> None:
    assert safety_raised(shipped("phq9"), [0] * 8 + [answer])


def test_only_item_9_raises_it() -> None:
    q = shipped("phq9")
    assert not safety_raised(q, [3] * 8 + [0])
    assert [number for number, item in enumerate(q.items, start=1) if item.safety] == [9]
    assert not any(item.safety for item in shipped("gad7").items + shipped("who5").items)


def test_saved_answers_are_read_as_scores() -> None:
    answers = {"item_1": "3", "item_2": "0", "item_3": "2"}
    assert item_scores(answers, 3) == (3, 0, 2)
