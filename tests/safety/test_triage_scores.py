"""Recent questionnaire scores in /gethelp's tiers, against a table written out here.

A PHQ-9 of 10 or more leads toward a GP, 15 or more toward a therapist, 20 or more toward
a doctor the same day; a WHO-5 of 28 or less (out of 100) toward a doctor. Only the latest
result of each, and only in the last 30 days. A score never lowers a tier.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.features.gethelp.actions import Resources
from bot.features.gethelp.scores import score_floor
from bot.features.gethelp.triage import ORDER, Tier, tier_for
from bot.features.questionnaires.records import QuestionnaireResult
from tests.safety.test_triage_table import COMBINATIONS, DEATH_ANSWERS

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def result(name: str, total: int, days_ago: int = 1) -> QuestionnaireResult:
    at = NOW - timedelta(days=days_ago)
    return QuestionnaireResult(at, at.date(), name, (), total, "")


# questionnaire  score  days ago   tier at least   reason
TABLE = """
phq9             0      1          self_care       -
phq9             9      1          self_care       -
phq9             10     1          gp              phq9_moderate
phq9             14     1          gp              phq9_moderate
phq9             15     1          therapist       phq9_moderately_severe
phq9             19     1          therapist       phq9_moderately_severe
phq9             20     1          today           phq9_severe
phq9             27     1          today           phq9_severe
phq9             27     30         today           phq9_severe
phq9             27     31         self_care       -
phq2             6      1          self_care       -
gad7             21     1          self_care       -
who5             0      1          gp              who5_low
who5             28     1          gp              who5_low
who5             32     1          self_care       -
who5             100    1          self_care       -
who5             12     31         self_care       -
"""


def rows() -> list[tuple[str, int, int, str, str]]:
    table = [line.split() for line in TABLE.strip().splitlines()]
    return [(q, int(total), int(days), tier, why) for q, total, days, tier, why in table]


@pytest.mark.parametrize(("name", "total", "days", "tier", "why"), rows())
def test_a_recent_score_calls_for_the_tier_in_the_table(
    name: str, total: int, days: int, tier: str, why: str
) -> None:
    floor = score_floor([result(name, total, days)], NOW)
    assert (floor.tier.value, floor.reason or "-") == (tier, why)


def test_only_the_latest_result_of_each_counts() -> None:
    """Better since: the older, higher score raises nothing."""
    better = [result("phq9", 22, days_ago=10), result("phq9", 6, days_ago=2)]
    assert score_floor(better, NOW).tier is Tier.SELF_CARE
    worse = [result("phq9", 6, days_ago=10), result("phq9", 16, days_ago=2)]
    assert score_floor(worse, NOW).tier is Tier.THERAPIST


def test_the_higher_of_two_questionnaires_counts() -> None:
    both = [result("who5", 20), result("phq9", 17)]
    assert score_floor(both, NOW).reason == "phq9_moderately_severe"
    assert score_floor([result("who5", 20), result("phq9", 4)], NOW).reason == "who5_low"


@pytest.mark.parametrize("floor", list(Tier))
def test_a_score_never_lowers_the_tier_the_answers_give(floor: Tier) -> None:
    """Every combination of answers and thoughts of death: the tier with a score's floor is
    the higher of the two, so never below the answers' own, and never below the floor."""
    wrong = []
    for answers, death in itertools.product(COMBINATIONS[::7], DEATH_ANSWERS):
        given = {**answers, **{k: v for k, v in death.items() if v}}
        alone = tier_for(given)
        raised = tier_for(given, floor)
        if raised is not max(alone, floor, key=ORDER.index):
            wrong.append((given, floor, alone, raised))
    assert wrong == []


def test_passive_wishes_with_a_severe_phq9_get_help_the_same_day() -> None:
    answers = {"duration": "under_2_weeks", "interferes": "no", "death_thoughts": "passive"}
    assert tier_for(answers) is Tier.SOON
    assert tier_for(answers, Tier.TODAY) is Tier.TODAY
    assert tier_for({**answers, "death_thoughts": "active"}, Tier.TODAY) is Tier.URGENT


def test_every_score_reason_has_its_words(tmp_path: Path) -> None:
    shipped = Path(__file__).resolve().parents[2] / "data" / "resources.yaml"
    resources = Resources.load(shipped)
    assert "{total}" in resources.scores["phq9_moderate"]
    broken = tmp_path / "resources.yaml"
    broken.write_text(shipped.read_text("utf-8").replace("  who5_low:", "  who5_lo:"))
    with pytest.raises(ValueError, match="who5_low"):
        Resources.load(broken)
