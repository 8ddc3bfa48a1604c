"""Actions of the safety flows: crisis lines, the emergency number, countries to offer."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import yaml

from bot.engine.actions import ActionContext, ActionRegistry, ActionResult
from bot.engine.events import Reply
from bot.engine.texts import Texts
from bot.safety.helplines import Helplines

WORDS = frozenset(
    {"emergency", "emergency_unknown", "international", "line", "hours", "youth", "youth_unknown"}
    | {"way_phone", "way_text", "way_chat", "way_web", "your_emergency_number", "note"}
    | {"hours_unknown", "when_closed", "later", "violence", "violence_and_lines"}
    | {"violence_unknown", "no_local_lines", "unlisted_country"}
)


def load_guesses(file: Path) -> dict[str, tuple[str, ...]]:
    """Read the countries to offer first by app language."""
    data = yaml.safe_load(file.read_text(encoding="utf-8"))
    return {str(language).lower(): tuple(map(str, codes)) for language, codes in data.items()}


def guess_countries(
    language: str, guesses: Mapping[str, tuple[str, ...]], helplines: Helplines
) -> list[str]:
    """Return the names of the countries someone writing in this language most likely is in."""
    language = language.lower()
    codes = guesses.get(language) or guesses.get(language.split("-")[0]) or guesses["default"]
    return [helplines.countries[code].name for code in codes if code in helplines.countries]


def register(
    registry: ActionRegistry,
    helplines: Helplines,
    words: Texts,
    default_country: str | None,
    guesses: Mapping[str, tuple[str, ...]],
) -> None:
    """Register the safety actions."""

    def country_of(ctx: ActionContext) -> str | None:
        if ctx.user is not None and ctx.user.country:
            return ctx.user.country
        return default_country

    def shown(ctx: ActionContext, text: str) -> ActionResult:
        # A country told is never asked for again, though it may have no lines listed yet.
        known = country_of(ctx) is not None
        return ActionResult(
            replies=(Reply(text),),
            answers={
                "has_country": known,
                "country_guesses": []
                if known
                else guess_countries(ctx.language, guesses, helplines),
            },
        )

    @registry.register("show_helplines", provides=["has_country", "country_guesses"])
    async def show_helplines(ctx: ActionContext) -> ActionResult:
        """Show the emergency number and local crisis lines, or the international directory."""
        return shown(ctx, helplines.describe(country_of(ctx), words))

    @registry.register("show_support_lines", provides=["has_country", "country_guesses"])
    async def show_support_lines(ctx: ActionContext) -> ActionResult:
        """Show the crisis lines only, after a reply that has just given the emergency number."""
        return shown(ctx, helplines.describe(country_of(ctx), words, emergency=False))

    @registry.register("show_violence_lines", provides=["has_country", "country_guesses"])
    async def show_violence_lines(ctx: ActionContext) -> ActionResult:
        """Show services for people harmed or threatened by someone, then the crisis lines."""
        return shown(ctx, helplines.describe_violence(country_of(ctx), words))

    @registry.register(
        "find_emergency",
        provides=["emergency", "police", "has_emergency", "has_country", "country_guesses"],
    )
    async def find_emergency(ctx: ActionContext) -> ActionResult:
        """Name the emergency and police numbers where the user is, or the local ones."""
        found = helplines.find(country_of(ctx))
        local = words.get("your_emergency_number")
        emergency = found.emergency if found is not None else local
        police = (found.police or found.emergency) if found is not None else local
        answers = dict(shown(ctx, "").answers)
        return ActionResult(
            answers={
                **answers,
                "emergency": emergency,
                "police": police,
                "has_emergency": found is not None,
            }
        )

    @registry.register("note_unlisted_country")
    async def note_unlisted_country(ctx: ActionContext) -> ActionResult:
        """Say so when the country just set has no lines listed, with where to find one."""
        country = country_of(ctx)
        if country is None or helplines.find(country) is not None:
            return ActionResult()
        name = str(ctx.answers.get("country_name") or country)
        text = words.get("unlisted_country", country=name)
        return ActionResult(replies=(Reply(helplines.describe_directory(text, words)),))

    @registry.register("show_youth_lines")
    async def show_youth_lines(ctx: ActionContext) -> ActionResult:
        """Show the services for young people in the user's country."""
        return ActionResult(replies=(Reply(helplines.describe_youth(country_of(ctx), words)),))
