"""Consent, age band, country, time zone and prompt time: /start and /settings."""

from __future__ import annotations

from functools import partial

from bot.engine.actions import ActionRegistry
from bot.engine.answers import Vocabulary
from bot.features.feature import Feature, Needs
from bot.features.onboarding.actions import (
    WORDS,
    find_timezones,
    give_consent,
    offer_countries,
    pause_reminders,
    read_channel,
    read_settings,
    refuse_consent,
    save_age_band,
    set_country,
    set_prompt_time,
    set_quiet_hours,
    set_timezone,
    show_settings,
    toggle_pause,
)
from bot.features.onboarding.kept import KEPT
from bot.features.onboarding.language import WORDS as LANGUAGE
from bot.features.onboarding.language import choose_language, offer_languages
from bot.i18n import Catalogs
from bot.places import Places

SETTINGS = ("consented", "age_band", "has_country", "has_prompt_time")
COUNTRY = ("country_found", "country_skipped", "country_name")
ZONES = ("zone_settled", "zone_count", "zone_options", "zone_name", "zone_time")
ZONE = (
    "zone_found",
    "zone_name",
    "zone_time",
    "zone_guessed",
    "zone_skipped",
    "zone_kept",
    "zone_country",
)


def register(registry: ActionRegistry, needs: Needs) -> None:
    """Register this feature's actions, each bound to the places, words or vocabulary it uses."""
    catalogs = Catalogs.load(needs.data_dir / "locales")
    places = Places.load(needs.data_dir / "places.yaml", catalogs.shipped)
    words = needs.words("profile.yaml", WORDS)
    vocabulary = Vocabulary.load_all(needs.data_dir / "answers.yaml", needs.data_dir / "locales")
    add = registry.register
    add("read_channel", provides=["on_telegram"])(read_channel)
    add("read_settings", provides=SETTINGS)(read_settings)
    add("give_consent")(give_consent)
    add("refuse_consent")(refuse_consent)
    add("save_age_band")(save_age_band)
    add("offer_countries", provides=["country_buttons"])(partial(offer_countries, places=places))
    add("set_country", provides=COUNTRY)(partial(set_country, places=places))
    add("find_timezones", provides=ZONES)(partial(find_timezones, places=places))
    add("set_timezone", provides=ZONE)(partial(set_timezone, places=places))
    add("set_prompt_time", provides=["time_found", "prompt_time", "said_yes"])(
        partial(set_prompt_time, vocabulary=vocabulary)
    )
    add("toggle_pause", provides=["paused"])(toggle_pause)
    add("pause_reminders")(pause_reminders)
    add("set_quiet_hours")(set_quiet_hours)
    add("show_settings")(partial(show_settings, places=places, words=words, catalogs=catalogs))
    add("offer_languages", provides=["languages", "language_unspoken", "app_language"])(
        partial(offer_languages, catalogs=catalogs)
    )
    add("choose_language", provides=["language_found"])(
        partial(choose_language, catalogs=catalogs, words=needs.words("language.yaml", LANGUAGE))
    )


FEATURE = Feature("onboarding", register, KEPT)
