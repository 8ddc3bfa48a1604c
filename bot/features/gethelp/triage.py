"""/gethelp: from a few answers, how much help to look for, and where to start.

The questions (in flows/gethelp.yaml) follow the seeds' signs that detachment needs more
than self-care: it lasts and gets in the way of work, relationships or looking after
oneself; trauma, loss or long stress lies behind it; other symptoms come with it; trying
to reconnect brings real distress. Sleep or appetite, alcohol or drugs, a medicine started
or changed, and harm from someone else raise the tier to a doctor at least. Thoughts of
death in the past month decide alone: a passive wish calls for a doctor within days, thoughts
of ending one's life for help today, intent or a plan for help now. A recent questionnaire
score can raise the tier further (scores.py), never lower it.

The tier never falls as an answer gets worse: a longer time, more interference or more
distress gives the same tier or a higher one (tests/safety/test_triage_table.py checks
every combination against a table written out there). What each tier says lives in
data/resources.yaml.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping

from bot.engine.session import Answer


class Tier(enum.StrEnum):
    """How much help to look for, and how soon: least to most."""

    SELF_CARE = "self_care"
    GP = "gp"
    THERAPIST = "therapist"
    SOON = "soon"  # a passive wish to be dead: a doctor within days, a safety plan
    TODAY = "today"  # a PHQ-9 of 20 or more (scores.py): a doctor the same day
    URGENT = "urgent"  # thoughts of ending one's life: help today
    NOW = "now"  # intent or a plan: the crisis path at once


ORDER = tuple(Tier)
# The answers' values, least to most, as flows/gethelp.yaml saves them.
DURATIONS = ("under_2_weeks", "2_weeks_to_3_months", "over_3_months")
INTERFERES = ("no", "some", "yes")
# By how long it has lasted (rows) and how much it gets in the way (columns).
BASE = (
    (Tier.SELF_CARE, Tier.SELF_CARE, Tier.GP),
    (Tier.GP, Tier.GP, Tier.THERAPIST),
    (Tier.GP, Tier.THERAPIST, Tier.THERAPIST),
)
# An answer that on its own means at least this tier.
FLOORS: Mapping[tuple[str, str], Tier] = {
    ("distress", "yes"): Tier.THERAPIST,
    ("distress", "some"): Tier.GP,
    ("symptoms", "yes"): Tier.GP,
    ("trauma", "yes"): Tier.GP,
    ("sleep_appetite", "yes"): Tier.GP,
    ("substances", "yes"): Tier.GP,
    ("medication", "yes"): Tier.GP,
    ("harm", "yes"): Tier.GP,
}
# Answers that add what to read, most specific first (keys of data/resources.yaml).
EXTRAS = (
    ("medication", "medication"),
    ("harm", "harm"),
    ("substances", "substances"),
    ("trauma", "trauma_therapies"),
)


def _reads() -> dict[str, set[str]]:
    values: dict[str, set[str]] = {
        "duration": set(DURATIONS),
        "interferes": set(INTERFERES),
        "death_thoughts": {"passive", "active"},
        "intent": {"yes", "unsure"},
        "plan": {"yes"},
        "further": {"yes"},
    }
    for name, value in [*FLOORS, *((name, "yes") for name, _ in EXTRAS)]:
        values.setdefault(name, set()).add(value)
    return values


# Every answer value the rules above compare with: `reconnect flows check` fails if the flow
# that runs them offers no option with that value (a misspelt "often" would never count).
READS: Mapping[str, set[str]] = _reads()


def _index(value: Answer, values: tuple[str, ...]) -> int:
    return values.index(str(value)) if value in values else 0


def _at_least(tier: Tier, floor: Tier) -> Tier:
    return max(tier, floor, key=ORDER.index)


def death_tier(answers: Mapping[str, Answer]) -> Tier | None:
    """Return the tier thoughts of death call for, or None if there were none."""
    thoughts = answers.get("death_thoughts")
    if thoughts not in {"passive", "active"}:
        return None
    if answers.get("intent") in {"yes", "unsure"} or answers.get("plan") == "yes":
        return Tier.NOW
    if thoughts == "active" or answers.get("further") == "yes":
        return Tier.URGENT
    return Tier.SOON


def tier_for(answers: Mapping[str, Answer], floor: Tier = Tier.SELF_CARE) -> Tier:
    """Weigh the answers: thoughts of death first, then how long, how much, and what else;
    ``floor`` (what recent questionnaire scores call for) only ever raises the result."""
    death = death_tier(answers)
    if death is not None:
        return _at_least(death, floor)
    return _at_least(_answers_tier(answers), floor)


def _answers_tier(answers: Mapping[str, Answer]) -> Tier:
    duration = _index(answers.get("duration"), DURATIONS)
    interferes = _index(answers.get("interferes"), INTERFERES)
    tier = BASE[duration][interferes]
    for (name, value), floor in FLOORS.items():
        if answers.get(name) == value:
            tier = _at_least(tier, floor)
    lasting_or_heavy = duration == len(DURATIONS) - 1 or interferes == len(INTERFERES) - 1
    if answers.get("trauma") == "yes" and lasting_or_heavy:
        tier = _at_least(tier, Tier.THERAPIST)
    return tier


def extras_for(answers: Mapping[str, Answer]) -> list[str]:
    """Return what to read because of particular answers (a medicine, harm, trauma)."""
    return [key for name, key in EXTRAS if answers.get(name) == "yes"]
