"""The crisis path's actions alone: the lines of the person's country (or the operator's, or
the international directory with countries to offer by app language), the emergency and
police numbers, and the check the day after, planned at their time."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from functools import partial

from bot.safety.actions import (
    WORDS,
    CrisisLines,
    find_emergency,
    load_guesses,
    note_unlisted_country,
    show_helplines,
    show_support_lines,
    show_violence_lines,
    show_youth_lines,
)
from bot.safety.follow_up import WORDS as FOLLOW_UP_WORDS
from bot.safety.follow_up import plan_follow_up
from bot.safety.helplines import Helplines
from tests.features.acting import DATA, NOW, USER_ID, Acting, words

HELPLINES = Helplines.load(DATA / "helplines.yaml")
SAY = words("safety.yaml", WORDS)
GUESSES = load_guesses(DATA / "countries_by_language.yaml")
LINES = CrisisLines(HELPLINES, SAY, None, GUESSES)
FOLLOW_UP = words("follow_up.yaml", FOLLOW_UP_WORDS)
follow_up = partial(plan_follow_up, words=FOLLOW_UP)


def living_in(person: Acting, country: str) -> None:
    """Say the person told us their country."""
    assert person.user is not None
    person.user = replace(person.user, country=country)


async def test_the_lines_of_the_persons_country_are_shown(person: Acting) -> None:
    living_in(person, "GB")
    result = await person.run(partial(show_helplines, lines=LINES), language="de")
    assert [reply.text for reply in result.replies] == [HELPLINES.describe("GB", SAY)]
    assert "999" in result.replies[0].text
    assert result.answers == {"has_country": True, "country_guesses": []}


async def test_with_no_country_countries_are_offered_by_app_language(person: Acting) -> None:
    result = await person.run(partial(show_helplines, lines=LINES), language="de-AT")
    assert [reply.text for reply in result.replies] == [HELPLINES.describe(None, SAY)]
    assert SAY.get("international") in result.replies[0].text
    assert result.answers == {
        "has_country": False,
        "country_guesses": ["Germany", "Austria", "Switzerland"],
    }


async def test_with_no_country_the_operators_default_is_used(person: Acting) -> None:
    lines = replace(LINES, default_country="DE")
    result = await person.run(partial(show_support_lines, lines=lines))
    assert [reply.text for reply in result.replies] == [
        HELPLINES.describe("DE", SAY, emergency=False)
    ]
    assert result.answers["has_country"] is True


async def test_the_emergency_and_police_numbers_are_the_countrys(person: Acting) -> None:
    living_in(person, "DE")
    result = await person.run(partial(find_emergency, lines=LINES))
    assert result.replies == ()
    assert result.answers == {
        "emergency": "112",
        "police": "110",
        "has_emergency": True,
        "has_country": True,
        "country_guesses": [],
    }


async def test_with_one_number_for_all_it_is_the_police_number_too(person: Acting) -> None:
    living_in(person, "GB")
    result = await person.run(partial(find_emergency, lines=LINES))
    assert (result.answers["emergency"], result.answers["police"]) == ("999", "999")


async def test_where_the_country_is_unknown_the_local_number_is_named(person: Acting) -> None:
    result = await person.run(partial(find_emergency, lines=LINES), language="en")
    local = SAY.get("your_emergency_number")
    assert (result.answers["emergency"], result.answers["police"]) == (local, local)
    assert result.answers["country_guesses"] == [
        "United States",
        "United Kingdom",
        "India",
        "Canada",
        "Australia",
    ]


async def test_violence_and_youth_services_are_the_countrys(person: Acting) -> None:
    living_in(person, "GB")
    violence = await person.run(partial(show_violence_lines, lines=LINES))
    youth = await person.run(partial(show_youth_lines, lines=LINES))
    assert [reply.text for reply in violence.replies] == [HELPLINES.describe_violence("GB", SAY)]
    assert [reply.text for reply in youth.replies] == [HELPLINES.describe_youth("GB", SAY)]
    assert youth.replies[0].text != SAY.get("youth_unknown")


async def test_the_check_tomorrow_comes_at_their_usual_time(person: Acting) -> None:
    assert person.user is not None
    person.user = replace(person.user, prompt_time="20:00")
    result = await person.run(follow_up)
    assert [reply.text for reply in result.replies] == [FOLLOW_UP.get("usual_time", time="20:00")]
    kept = await person.store.user(USER_ID)
    assert kept is not None
    assert kept.follow_up_at == NOW.replace(hour=20) + timedelta(days=1)


async def test_with_no_usual_time_the_check_comes_at_this_time(person: Acting) -> None:
    result = await person.run(follow_up)
    assert [reply.text for reply in result.replies] == [FOLLOW_UP.get("same_time")]
    kept = await person.store.user(USER_ID)
    assert kept is not None
    assert kept.follow_up_at == NOW + timedelta(days=1)


async def test_a_country_with_no_lines_listed_is_told_not_asked_again(person: Acting) -> None:
    living_in(person, "GR")  # Greece: no confirmed lines in the sources file yet
    result = await person.run(partial(find_emergency, lines=LINES))
    assert result.answers["has_country"] is True
    assert result.answers["has_emergency"] is False
    said = await person.run(partial(note_unlisted_country, lines=LINES))
    assert said.replies
    assert "Greece" in said.replies[0].text or "GR" in said.replies[0].text
