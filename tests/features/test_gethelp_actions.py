"""/gethelp's actions alone: the tier from the answers and recent scores, its message first,
then what to read one part a tap, the route to therapy the person's country's."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from bot.features.gethelp.actions import Resources, next_resource, show_resources, triage
from bot.features.questionnaires.records import QuestionnaireResult
from bot.features.questionnaires.records import keep as keep_result
from tests.features.acting import DATA, NOW, USER_ID, Acting

RESOURCES = Resources.load(DATA / "resources.yaml")
show = partial(show_resources, resources=RESOURCES)
following = partial(next_resource, resources=RESOURCES)


async def test_how_long_and_how_much_it_gets_in_the_way_set_the_tier(person: Acting) -> None:
    result = await person.run(triage, duration="over_3_months", interferes="yes")
    assert result.answers == {"tier": "therapist", "score_reason": "", "score_total": 0}


async def test_a_recent_severe_phq9_raises_the_tier_and_says_why(person: Acting) -> None:
    async with person.store.transaction() as tx:
        scores = (3, 3, 3, 3, 3, 2, 2, 1, 0)
        result = QuestionnaireResult(NOW, NOW.date(), "phq9", scores, 20, "severe")
        await keep_result(tx, USER_ID, result)
    result = await person.run(triage, duration="under_2_weeks", interferes="no")
    assert result.answers == {"tier": "today", "score_reason": "phq9_severe", "score_total": 20}


async def test_the_tiers_message_comes_first_and_the_rest_waits(person: Acting) -> None:
    result = await person.run(show, tier="gp", medication="yes")
    assert [reply.text for reply in result.replies] == [RESOURCES.tiers["gp"][0]]
    assert result.answers == {
        "reading": ["medication", "gp", "route", "self_care"],
        "reading_at": 0,
        "reading_left": True,
        "next_title": RESOURCES.items["medication"].title,
    }


async def test_the_score_that_counted_is_said_after_the_tier(person: Acting) -> None:
    result = await person.run(show, tier="today", score_reason="phq9_severe", score_total=21)
    texts = [reply.text for reply in result.replies]
    assert texts[0] == RESOURCES.tiers["today"][0]
    assert texts[1] == RESOURCES.scores["phq9_severe"].replace("{total}", "21")


async def test_the_route_read_next_is_the_persons_countrys(person: Acting) -> None:
    assert person.user is not None
    person.user = replace(person.user, country="GB")
    result = await person.run(following, reading=["route", "gp"], reading_at=0)
    assert [reply.text for reply in result.replies] == [RESOURCES.routes["GB"].say]
    assert result.answers == {
        "reading": ["route", "gp"],
        "reading_at": 1,
        "reading_left": True,
        "next_title": RESOURCES.items["gp"].title,
    }


async def test_with_no_country_known_the_route_says_it_differs(person: Acting) -> None:
    result = await person.run(following, reading=["route"], reading_at=0)
    assert [reply.text for reply in result.replies] == [RESOURCES.route_unknown.say]
    assert result.answers["reading_left"] is False


async def test_past_the_last_part_nothing_more_is_said(person: Acting) -> None:
    result = await person.run(following, reading=["gp"], reading_at=1)
    assert result.replies == ()
    assert (result.answers["reading_left"], result.answers["next_title"]) == (False, "")
