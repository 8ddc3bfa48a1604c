"""/start: consent before any question about feelings, on every path; then the set-up."""

from __future__ import annotations

import itertools
from collections import deque

import pytest

from bot.app import App
from bot.engine import Flow, Reply
from bot.engine.answers import Vocabulary
from bot.features.onboarding.actions import parse_clock
from bot.places import Places
from tests.chat import Chat, labels_of, text_of
from tests.conftest import ROOT

ONBOARDING = {"start", "age", "where", "timezone", "reminder"}
TYPED = ["Narnia", "Atlantis", "half past never", "sure"]  # text that matches nothing, a yes
_users = itertools.count(1000)


async def _place(chat: Chat) -> tuple[str, str] | None:
    async with chat.app.store.transaction() as tx:
        session = (await tx.load_turn("", chat.user_id)).session
    active = (session or {}).get("active")
    return (active["flow"], active["step"]) if active else None


async def _replay(app: App, path: list[tuple[str, str]]) -> tuple[Chat, list[Reply]]:
    """Play a path from a fresh user, checking after every turn that consent came first."""
    chat = Chat(app, user_id=next(_users))
    flows: dict[str, Flow] = app.engine.runtime.flows
    replies: list[Reply] = []
    for kind, value in path:
        if kind == "app":  # the language of the person's Telegram app
            chat.language = value
            continue
        replies = await (chat.tap(value) if kind == "tap" else chat.send(value))
        user = await chat.user()
        if user is None or user.consented_at is None:
            place = await _place(chat)
            assert place is None or not flows[place[0]].needs_consent, (
                f"asked {place} before consent, after {path}"
            )
            async with app.store.transaction() as tx:
                assert await tx.checkins(chat.user_id) == []
    return chat, replies


async def test_every_path_of_onboarding_asks_nothing_about_feelings_before_consent(
    app: App,
) -> None:
    start: list[tuple[str, str]] = [("send", "/start")]
    # An app in a language not spoken here is asked which language first.
    german = [("app", "de"), ("send", "/start")]
    queue = deque([start, german])
    seen: set[tuple[str, str, bool] | None] = set()
    walked = 0
    while queue:
        path = queue.popleft()
        chat, replies = await _replay(app, path)
        walked += 1
        place = await _place(chat)
        user = await chat.user()
        key = (*place, user is not None and user.consented_at is not None) if place else None
        if key in seen or place is None or place[0] not in ONBOARDING:
            continue  # ended, or left onboarding (the check above ran on the way)
        seen.add(key)
        moves = [("tap", label) for label in labels_of(replies)]
        if not any(reply.choices for reply in replies) or place[0] in {
            "where",
            "timezone",
            "reminder",
        }:
            moves += [("send", typed) for typed in TYPED]
        queue.extend([*path, move] for move in moves)
    assert walked > 40  # every answer at every step of every onboarding flow, not a sample
    flows = app.engine.runtime.flows
    asked = {(flow, step) for flow, step, _ in filter(None, seen)}
    questions = {
        (flow, name)
        for flow in ONBOARDING
        for name, step in flows[flow].steps.items()
        if step.ask is not None and name != "returning"  # only for those who agreed before
    }
    assert questions - asked == set(), "some onboarding questions were never reached"


@pytest.mark.parametrize(
    ("label", "band"),
    [
        ("Under 18", "under_18"),
        ("18 to 24", "18_to_24"),
        ("25 to 44", "25_to_44"),
        ("45 to 64", "45_to_64"),
        ("65 or over", "65_or_over"),
        ("I'd rather not say", "not_said"),
    ],
)
async def test_each_age_band_is_kept_and_only_under_18s_hear_about_youth_services(
    stranger: Chat, label: str, band: str
) -> None:
    await stranger.send("/start")
    await stranger.tap("Yes, that's okay")
    replies = await stranger.tap(label)
    user = await stranger.user()
    assert user is not None
    assert user.age_band == band
    said = text_of(replies)
    assert ("made mainly for adults" in said) == (band == "under_18")
    assert "Which country are you in?" in said
    replies = await stranger.tap("United Kingdom")
    assert ("Childline" in text_of(replies) or "young people" in text_of(replies)) == (
        band == "under_18"
    )


async def test_a_crisis_during_set_up_comes_first_and_set_up_carries_on_after(
    stranger: Chat,
) -> None:
    await stranger.send("/start")
    await stranger.tap("Yes, that's okay")
    await stranger.tap("25 to 44")
    replies = await stranger.through_a_crisis("i dont want to be alive anymore")
    assert "Which country are you in?" in text_of(replies)
    replies = await stranger.tap("France")
    # The country question was called by /start: when it ends, /start goes on.
    assert "reminder to check in" in text_of(replies)
    replies = await stranger.tap("08:00")
    assert "first check-in" in text_of(replies)


async def test_a_returning_user_is_not_asked_to_agree_again(chat: Chat) -> None:
    replies = await chat.send("/start")
    assert "Good to see you again" in text_of(replies)
    assert "Is it okay for me to ask" not in text_of(replies)


async def test_saying_no_later_takes_consent_back(chat: Chat) -> None:
    await chat.send("/start")
    await chat.tap("Read how you work again")
    await chat.tap("No, thanks")
    user = await chat.user()
    assert user is not None
    assert user.consented_at is None
    replies = await chat.send("/checkin")
    assert "you've said no" in text_of(replies)
    assert "How present" not in text_of(replies)


@pytest.mark.parametrize(
    ("typed", "clock"),
    [
        ("8", "08:00"),
        ("08:30", "08:30"),
        ("7pm", "19:00"),
        ("7.30 pm", "19:30"),
        ("12am", "00:00"),
        ("12 p.m.", "12:00"),
        ("21h15", "21:15"),
        ("noon", "12:00"),
        ("19h", "19:00"),
        ("half past seven", "07:30"),
        ("quarter to 8", "07:45"),
        ("half 8", "08:30"),  # British
        ("half 7 pm", "19:30"),
        ("half past 8", "08:30"),
        ("seven thirty pm", "19:30"),
        ("7 in the evening", "19:00"),
        ("around 9ish", "09:00"),
        ("25:00", None),
        ("13pm", None),
        ("8:75", None),
        ("soon", None),
        ("half past 7 30", None),
    ],
)
def test_times_of_day_are_read_as_people_write_them(typed: str, clock: str | None) -> None:
    assert parse_clock(typed, Vocabulary.load(ROOT / "data" / "answers.yaml")) == clock


@pytest.fixture(scope="module")
def places() -> Places:
    return Places.load(ROOT / "data" / "places.yaml")


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("UK", "GB"),
        ("england", "GB"),
        ("United States of America", "US"),
        ("de", "DE"),
        ("Deutschland", "DE"),
        ("the Netherlands", "NL"),
        ("cote d'ivoire", "CI"),
        ("Côte d’Ivoire", "CI"),
        ("South Korea", "KR"),
        ("Україна", "UA"),
        ("narnia", None),
        ("", None),
        ("im in canada", "CA"),  # said in a phrase
        ("I live in the UK", "GB"),
        ("germny", "DE"),  # a typo, when one country is clearly meant
        ("Frnace", "FR"),
        ("cdmx", "MX"),  # a capital's everyday name
        ("Ciudad de México", "MX"),
        ("reino unido", "GB"),
        ("nigera", None),  # as close to Niger as to Nigeria: never guess between them
    ],
)
def test_countries_are_found_by_name_alias_or_code(
    places: Places, typed: str, code: str | None
) -> None:
    place = places.find(typed)
    assert (place.code if place else None) == code


def test_a_one_zone_country_has_one_choice_and_a_wide_one_a_short_list(places: Places) -> None:
    assert [zone.name for zone in places.place("FR").choices] == ["Europe/Paris"]  # type: ignore[union-attr]
    us = places.place("US")
    assert us is not None
    assert 1 < len(us.choices) <= 12
    assert places.zone(us, "boise") is not None  # any zone of the country, by its city
    assert places.zone(None, "Asia/Kolkata") is not None  # or any IANA name


async def test_someone_never_asked_is_asked_even_after_other_messages(stranger: Chat) -> None:
    """Having talked at all is not having said no: the introduction comes first."""
    await stranger.send("/help")
    replies = await stranger.send("/checkin")
    assert "Is it okay for me to ask" in text_of(replies)
    assert "you've said no" not in text_of(replies)


def test_every_listed_city_names_a_real_time_zone() -> None:
    from zoneinfo import available_timezones

    import yaml

    from tests.conftest import ROOT

    cities = yaml.safe_load((ROOT / "data" / "places.yaml").read_text("utf-8"))["cities"]
    assert {zone for zone in cities.values()} <= available_timezones()


async def test_a_number_typed_picks_the_zone_offered_at_that_place(chat: Chat) -> None:
    await chat.send("/settings")
    (question,) = await chat.tap("Time zone")
    first = question.choices[0].label
    said = text_of(await chat.send("1"))
    assert said.startswith(f"Time zone set: {first}")
    user = await chat.user()
    assert user is not None
    assert user.timezone is not None


async def test_a_number_at_the_reminder_time_is_still_a_time(chat: Chat) -> None:
    await chat.send("/settings")
    await chat.tap("Reminder time")
    await chat.send("9")
    user = await chat.user()
    assert user is not None
    assert user.prompt_time == "09:00"
