"""/gethelp's tiers, for every combination of answers, against a table written out here.

The table is the clinical rule, written as a reader would check it, not copied from the
code: how long (under 2 weeks, 2 weeks to 3 months, over 3 months) by how much it gets in
the way; then answers that on their own call for at least a tier; then thoughts of death,
which decide alone. Every combination of every answer is compared with it, and the tier
never falls as an answer gets worse.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from bot.features.gethelp.actions import Resources
from bot.features.gethelp.triage import Tier, extras_for, tier_for

ORDER = ["self_care", "gp", "therapist", "soon", "today", "urgent", "now"]

# duration              interferes   tier
BASE = """
under_2_weeks           no           self_care
under_2_weeks           some         self_care
under_2_weeks           yes          gp
2_weeks_to_3_months     no           gp
2_weeks_to_3_months     some         gp
2_weeks_to_3_months     yes          therapist
over_3_months           no           gp
over_3_months           some         therapist
over_3_months           yes          therapist
"""

# answer            value     at least
FLOORS = """
distress            yes       therapist
distress            some      gp
symptoms            yes       gp
trauma              yes       gp
sleep_appetite      yes       gp
substances          yes       gp
medication          yes       gp
harm                yes       gp
"""
# and trauma "yes" with over 3 months or "yes, a lot" in the way: at least therapist.

# death_thoughts  further  intent   plan   tier   (thoughts of death decide alone)
DEATH = """
passive           no       -        -      soon
passive           yes      no       no     urgent
passive           yes      no       yes    now
passive           yes      unsure   -      now
passive           yes      yes      -      now
active            -        no       no     urgent
active            -        no       yes    now
active            -        unsure   -      now
active            -        yes      -      now
"""

QUESTIONS = {
    "duration": ["under_2_weeks", "2_weeks_to_3_months", "over_3_months"],
    "interferes": ["no", "some", "yes"],
    "trauma": ["no", "unsure", "yes"],
    "symptoms": ["no", "some", "yes"],
    "distress": ["no", "some", "yes"],
    "sleep_appetite": ["no", "yes"],
    "substances": ["no", "yes"],
    "medication": ["no", "yes"],
    "harm": ["no", "yes"],
}


def rows(table: str) -> list[list[str]]:
    return [line.split() for line in table.strip().splitlines()]


def expected(answers: dict[str, str]) -> str:
    """The tier the tables above give."""
    for thoughts, further, intent, plan, tier in rows(DEATH):
        given = {"death_thoughts": thoughts, "further": further, "intent": intent, "plan": plan}
        if all(answers.get(key) == value for key, value in given.items() if value != "-"):
            return tier
    base = {(d, i): t for d, i, t in rows(BASE)}[(answers["duration"], answers["interferes"])]
    tiers = [base]
    tiers += [floor for name, value, floor in rows(FLOORS) if answers.get(name) == value]
    heavy = answers["duration"] == "over_3_months" or answers["interferes"] == "yes"
    if answers.get("trauma") == "yes" and heavy:
        tiers.append("therapist")
    return max(tiers, key=ORDER.index)


def every_combination() -> list[dict[str, str]]:
    names = list(QUESTIONS)
    return [
        dict(zip(names, values, strict=True)) for values in itertools.product(*QUESTIONS.values())
    ]


COMBINATIONS = every_combination()
DEATH_ANSWERS = [
    {"death_thoughts": "no"},
    {"death_thoughts": "passive", "further": "no"},
    *(
        {"death_thoughts": "passive", "further": "yes", "intent": i, "plan": p}
        for i, p in [("no", "no"), ("no", "yes"), ("unsure", ""), ("yes", "")]
    ),
    *(
        {"death_thoughts": "active", "intent": i, "plan": p}
        for i, p in [("no", "no"), ("no", "yes"), ("unsure", ""), ("yes", "")]
    ),
]


def test_the_tables_cover_every_combination() -> None:
    assert len(rows(BASE)) == 9
    assert len(COMBINATIONS) == 3**5 * 2**4


def test_every_combination_gets_the_tier_the_table_gives() -> None:
    wrong = []
    for answers in COMBINATIONS:
        for death in DEATH_ANSWERS:
            given = {**answers, **{k: v for k, v in death.items() if v}}
            if tier_for(given).value != expected(given):
                wrong.append((given, tier_for(given).value, expected(given)))
    assert wrong == []


@pytest.mark.parametrize("question", list(QUESTIONS))
def test_the_tier_never_falls_as_an_answer_gets_worse(question: str) -> None:
    """Longer, more in the way, more distress: the same tier or a higher one, never lower."""
    values = QUESTIONS[question]
    for answers in COMBINATIONS:
        if answers[question] != values[0]:
            continue
        tiers = [ORDER.index(tier_for({**answers, question: value}).value) for value in values]
        assert tiers == sorted(tiers), (question, answers, tiers)


def test_months_with_little_in_the_way_are_never_left_to_self_care() -> None:
    """The old rule counted "months" as a yes and dropped it: months led to self-care."""
    for answers in COMBINATIONS:
        if answers["duration"] != "under_2_weeks":
            assert tier_for(answers) is not Tier.SELF_CARE, answers


@pytest.mark.parametrize(
    ("answers", "extras"),
    [
        ({"medication": "yes"}, ["medication"]),
        ({"harm": "yes", "substances": "yes"}, ["harm", "substances"]),
        ({"trauma": "yes"}, ["trauma_therapies"]),
        ({"trauma": "unsure", "medication": "no"}, []),
    ],
)
def test_answers_add_what_to_read(answers: dict[str, str], extras: list[str]) -> None:
    assert extras_for(answers) == extras


def test_every_tier_has_words_and_reading_that_exist(tmp_path: Path) -> None:
    shipped = Path(__file__).resolve().parents[2] / "data" / "resources.yaml"
    resources = Resources.load(shipped)
    for tier in Tier:
        assert resources.reading(tier, []), tier
        for key in resources.reading(tier, ["medication"]):
            assert resources.item(key, "GB").say
    broken = tmp_path / "resources.yaml"
    broken.write_text(
        shipped.read_text("utf-8").replace("[gp, route, self_care]", "[gp, nowhere]")
    )
    with pytest.raises(ValueError, match="nowhere"):
        Resources.load(broken)
    unsourced = tmp_path / "routes.yaml"
    unsourced.write_text(
        shipped.read_text("utf-8").replace("    source: https://www.barmer.de", "    x: ")
    )
    with pytest.raises(ValueError, match="source"):
        Resources.load(unsourced)


def test_the_route_to_therapy_is_the_countrys_where_a_source_gives_it() -> None:
    """In Germany people book a first talk with a therapist themselves; in England they can
    refer themselves to NHS Talking Therapies; elsewhere the bot says it differs."""
    shipped = Path(__file__).resolve().parents[2] / "data" / "resources.yaml"
    resources = Resources.load(shipped)
    assert "116 117" in resources.item("route", "DE").say
    assert "refer yourself" in resources.item("route", "gb").say
    assert "without a doctor's prescription" in resources.item("route", "FR").say
    assert "referral letter" in resources.item("route", "NL").say
    assert "in network" in resources.item("route", "US").say
    assert "Gosuslugi" in resources.item("route", "RU").say
    assert resources.item("route", "VN") == resources.route_unknown
    assert resources.item("route", None) == resources.route_unknown
