"""What a recent questionnaire score adds to /gethelp's tier: a floor it never goes below.

A PHQ-9 of 10 to 14 (moderate) calls for a GP at least, 15 to 19 (moderately severe) for a
therapist, 20 or more (severe) for a doctor the same day; a WHO-5 of 28 or less (out of
100) for a doctor. Only the latest result of each questionnaire counts, and only when it
is at most RECENT old: a better score since, or an old one, raises nothing. A score only
ever raises the tier the answers give (triage.tier_for takes the higher of the two).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.features.gethelp.triage import ORDER, Tier
from bot.features.questionnaires.records import QuestionnaireResult

RECENT = timedelta(days=30)
# By questionnaire: (lowest score shown, tier at least, why), highest first. The reason is
# a key of data/resources.yaml's `scores`, which says it in plain words.
FLOORS: dict[str, tuple[tuple[int, Tier, str], ...]] = {
    "phq9": (
        (20, Tier.TODAY, "phq9_severe"),
        (15, Tier.THERAPIST, "phq9_moderately_severe"),
        (10, Tier.GP, "phq9_moderate"),
    ),
}
# By questionnaire: (highest score shown, tier at least, why): low wellbeing.
CEILINGS: dict[str, tuple[tuple[int, Tier, str], ...]] = {
    "who5": ((28, Tier.GP, "who5_low"),),
}
REASONS = frozenset(
    why for table in (*FLOORS.values(), *CEILINGS.values()) for _score, _tier, why in table
)


@dataclass(frozen=True, slots=True)
class ScoreFloor:
    """The tier recent scores call for at least, the reason, and the score behind it."""

    tier: Tier = Tier.SELF_CARE
    reason: str = ""  # empty when no recent score raises anything
    total: int = 0


NONE = ScoreFloor()


def latest_recent(
    results: Sequence[QuestionnaireResult], questionnaire: str, now: datetime
) -> QuestionnaireResult | None:
    """Return the latest result of a questionnaire, if it is at most RECENT old."""
    mine = [result for result in results if result.questionnaire == questionnaire]
    if not mine:
        return None
    latest = max(mine, key=lambda result: result.at)
    return latest if now - latest.at <= RECENT else None


def _floor_of(result: QuestionnaireResult) -> ScoreFloor:
    for lowest, tier, why in FLOORS.get(result.questionnaire, ()):
        if result.total >= lowest:
            return ScoreFloor(tier, why, result.total)
    for highest, tier, why in CEILINGS.get(result.questionnaire, ()):
        if result.total <= highest:
            return ScoreFloor(tier, why, result.total)
    return NONE


def score_floor(results: Sequence[QuestionnaireResult], now: datetime) -> ScoreFloor:
    """Return the highest floor any recent questionnaire result calls for."""
    floors = [NONE]
    for questionnaire in (*FLOORS, *CEILINGS):
        latest = latest_recent(results, questionnaire, now)
        if latest is not None:
            floors.append(_floor_of(latest))
    return max(floors, key=lambda floor: ORDER.index(floor.tier))
