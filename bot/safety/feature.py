"""The crisis path as a feature: crisis lines, emergency and violence services, the check the
day after. The screen and the path itself are the engine's (bot/engine/safety_path.py); this
registers the actions its flows run."""

from __future__ import annotations

from functools import partial

from bot.engine.actions import ActionRegistry
from bot.features.feature import Feature, Needs
from bot.safety.actions import (
    CrisisLines,
    find_emergency,
    forget_said_no,
    load_guesses,
    note_said_no,
    note_unlisted_country,
    show_helplines,
    show_support_lines,
    show_violence_lines,
    show_youth_lines,
)
from bot.safety.follow_up import WORDS, plan_follow_up
from bot.safety.kept import KEPT

COUNTRY = ("has_country", "country_guesses")


def register(registry: ActionRegistry, needs: Needs) -> None:
    """Register the crisis path's actions, bound to the lines and words they read."""
    guesses = load_guesses(needs.data_dir / "countries_by_language.yaml")
    lines = CrisisLines(needs.helplines, needs.line_words, needs.default_country, guesses)
    add = registry.register
    add("plan_follow_up")(partial(plan_follow_up, words=needs.words("follow_up.yaml", WORDS)))
    add("show_helplines", provides=COUNTRY)(partial(show_helplines, lines=lines))
    add("show_support_lines", provides=COUNTRY)(partial(show_support_lines, lines=lines))
    add("show_violence_lines", provides=COUNTRY)(partial(show_violence_lines, lines=lines))
    add("find_emergency", provides=["emergency", "police", "has_emergency", *COUNTRY])(
        partial(find_emergency, lines=lines)
    )
    add("show_youth_lines")(partial(show_youth_lines, lines=lines))
    add("note_said_no")(note_said_no)
    add("forget_said_no")(forget_said_no)
    add("note_unlisted_country")(partial(note_unlisted_country, lines=lines))


FEATURE = Feature("crisis", register, KEPT)
