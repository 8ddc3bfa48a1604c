"""Onboarding's and /settings' actions alone: what each keeps about the person, and says."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.engine.answers import Vocabulary
from bot.features.onboarding.actions import (
    WORDS,
    find_timezones,
    give_consent,
    read_channel,
    read_settings,
    refuse_consent,
    set_country,
    set_prompt_time,
    set_quiet_hours,
    set_timezone,
    show_settings,
    toggle_pause,
)
from bot.i18n import Catalogs
from bot.places import Places
from bot.storage.records import UserRecord
from tests.features.acting import DATA, NOW, USER_ID, Acting, opened_store, words

PLACES = Places.load(DATA / "places.yaml")
SHIPPED = words("profile.yaml", WORDS)
country = partial(set_country, places=PLACES)
zones = partial(find_timezones, places=PLACES)
zone = partial(set_timezone, places=PLACES)
prompt_time = partial(set_prompt_time, vocabulary=Vocabulary.load(DATA / "answers.yaml"))
settings = partial(
    show_settings, places=PLACES, words=SHIPPED, catalogs=Catalogs.load(DATA / "locales")
)


@pytest.fixture
async def someone_new(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Acting]:
    """Someone the bot has never met: no record yet."""
    async with opened_store(tmp_path) as store:
        yield Acting(store, clock)


async def test_consent_is_kept_with_its_time_and_taken_back(someone_new: Acting) -> None:
    await someone_new.run(give_consent)
    kept = await someone_new.store.user(USER_ID)
    assert kept is not None
    assert (kept.consented_at, kept.declined_at) == (NOW, None)
    assert (await someone_new.run(read_settings)).answers["consented"] is True
    await someone_new.run(refuse_consent)
    kept = await someone_new.store.user(USER_ID)
    assert kept is not None
    assert (kept.consented_at, kept.declined_at, kept.prompt_time) == (None, NOW, None)


async def test_a_country_typed_in_a_phrase_is_found_and_its_one_zone_settled(
    person: Acting,
) -> None:
    person.user = UserRecord(USER_ID, created_at=NOW)  # no time zone chosen yet
    found = await person.run(country, country_typed="I live in Germany")
    assert found.answers == {
        "country_found": True,
        "country_skipped": False,
        "country_name": "Germany",
    }
    settled = await person.run(zones)
    assert settled.answers["zone_settled"] is True
    kept = await person.store.user(USER_ID)
    assert kept is not None
    assert (kept.country, kept.timezone) == ("DE", "Europe/Berlin")


async def test_a_country_not_found_keeps_nothing(person: Acting) -> None:
    result = await person.run(country, country_typed="narnia")
    assert result.answers == {"country_found": False, "country_skipped": False}
    kept = await person.store.user(USER_ID)
    assert kept is not None
    assert kept.country is None


async def test_a_zone_is_picked_among_the_countrys_own(person: Acting) -> None:
    await person.run(country, country_typed="United States")
    offered = await person.run(zones)
    assert offered.answers["zone_options"][:2] == ["Eastern (New York)", "Central (Chicago)"]
    picked = await person.run(zone, zone_typed="Chicago")
    assert (picked.answers["zone_found"], picked.answers["zone_name"]) == (
        True,
        "Central (Chicago)",
    )
    kept = await person.store.user(USER_ID)
    assert kept is not None
    assert kept.timezone == "America/Chicago"


async def test_a_typed_time_schedules_the_daily_check_in(person: Acting) -> None:
    result = await person.run(prompt_time, time_typed="7pm")
    assert result.answers == {"time_found": True, "prompt_time": "19:00"}
    kept = await person.store.user(USER_ID)
    assert kept is not None
    assert (kept.prompt_time, kept.next_prompt_at) == (
        "19:00",
        datetime(2026, 11, 2, 19, tzinfo=UTC),
    )


async def test_a_time_not_understood_changes_nothing(person: Acting) -> None:
    result = await person.run(prompt_time, time_typed="whenever")
    assert result.answers == {"time_found": False, "prompt_time": "", "said_yes": False}
    kept = await person.store.user(USER_ID)
    assert kept is not None
    assert kept.prompt_time is None


async def test_settings_say_what_is_set(person: Acting) -> None:
    await person.run(country, country_typed="Germany")
    await person.run(prompt_time, time_typed="7pm")
    await person.run(toggle_pause)
    await person.run(set_quiet_hours, quiet="22:00-08:00")
    [reply] = (await person.run(settings)).replies
    assert reply.text == SHIPPED.get(
        "settings",
        consent=SHIPPED.get("consent_given"),
        age_band=SHIPPED.get("not_set"),
        country="Germany",
        timezone="UTC",
        prompt_time="19:00",
        paused=SHIPPED.get("paused"),
        quiet=SHIPPED.get("quiet", start="22:00", end="08:00"),
        language="English",
    )


async def test_the_channel_is_told_apart(person: Acting) -> None:
    assert (await person.run(read_channel)).answers == {"on_telegram": True}
    assert (await person.run(read_channel, channel="terminal")).answers == {"on_telegram": False}
