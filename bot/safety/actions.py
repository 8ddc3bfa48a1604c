"""Actions of the safety flows: crisis lines, the emergency number, countries to offer."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.engine.actions import ActionContext, ActionResult
from bot.engine.events import Reply
from bot.engine.texts import Texts
from bot.i18n.lists import either
from bot.i18n.regions import country_name
from bot.safety.helplines import Helplines
from bot.yamlfile import read_yaml_file

WORDS = frozenset(
    {"emergency", "emergency_unknown", "international", "line", "hours", "youth", "youth_unknown"}
    | {"way_phone", "way_text", "way_chat", "way_web", "your_emergency_number", "note"}
    | {"hours_unknown", "when_closed", "later", "violence", "violence_and_lines"}
    | {"violence_unknown", "no_local_lines", "unlisted_country"}
)


def load_guesses(file: Path) -> dict[str, tuple[str, ...]]:
    """Read the countries to offer first by app language."""
    data = read_yaml_file(file)
    return {str(language).lower(): tuple(map(str, codes)) for language, codes in data.items()}


def guess_countries(
    language: str, guesses: Mapping[str, tuple[str, ...]], helplines: Helplines
) -> list[str]:
    """Return the names of the countries someone writing in this language most likely is in,
    as the language of this turn calls them."""
    language = language.lower()
    codes = guesses.get(language) or guesses.get(language.split("-")[0]) or guesses["default"]
    countries = helplines.countries
    return [country_name(code, countries[code].name) for code in codes if code in countries]


@dataclass(frozen=True, slots=True)
class CrisisLines:
    """What the crisis path's actions read: the lines, their words, the operator's country,
    and the countries to offer by app language."""

    helplines: Helplines
    words: Texts
    default_country: str | None
    guesses: Mapping[str, tuple[str, ...]]

    def country_of(self, ctx: ActionContext) -> str | None:
        """Return the user's country, or the operator's default if they gave none."""
        if ctx.user is not None and ctx.user.country:
            return ctx.user.country
        return self.default_country

    def shown(self, ctx: ActionContext, text: str) -> ActionResult:
        """Say the text; tell the flow whether a country was told (one told is never asked
        for again, though it may have no lines listed yet), and which to offer if not."""
        known = self.country_of(ctx) is not None
        guesses = [] if known else guess_countries(ctx.language, self.guesses, self.helplines)
        return ActionResult(
            replies=(Reply(text),), answers={"has_country": known, "country_guesses": guesses}
        )


async def show_helplines(ctx: ActionContext, *, lines: CrisisLines) -> ActionResult:
    """Show the emergency number and local crisis lines, or the international directory."""
    return lines.shown(ctx, lines.helplines.describe(lines.country_of(ctx), lines.words))


async def show_support_lines(ctx: ActionContext, *, lines: CrisisLines) -> ActionResult:
    """Show the crisis lines only, after a reply that has just given the emergency number."""
    text = lines.helplines.describe(lines.country_of(ctx), lines.words, emergency=False)
    return lines.shown(ctx, text)


async def note_unlisted_country(ctx: ActionContext, *, lines: CrisisLines) -> ActionResult:
    """Say so when the country just set has no lines listed, with where to find one."""
    country = lines.country_of(ctx)
    if country is None or lines.helplines.find(country) is not None:
        return ActionResult()
    name = str(ctx.answers.get("country_name") or country)
    text = lines.words.get("unlisted_country", country=name)
    return ActionResult(replies=(Reply(lines.helplines.describe_directory(text, lines.words)),))


async def show_violence_lines(ctx: ActionContext, *, lines: CrisisLines) -> ActionResult:
    """Show services for people harmed or threatened by someone, then the crisis lines."""
    text = lines.helplines.describe_violence(lines.country_of(ctx), lines.words)
    return lines.shown(ctx, text)


async def find_emergency(ctx: ActionContext, *, lines: CrisisLines) -> ActionResult:
    """Name the emergency and police numbers where the user is, or the local ones."""
    found = lines.helplines.find(lines.country_of(ctx))
    local = lines.words.get("your_emergency_number")
    # Said in this turn's language ("112 or 999", «112 или 999»), as the flow says it next.
    emergency = either(found.emergency) if found is not None else local
    police = either(found.police or found.emergency) if found is not None else local
    answers = dict(lines.shown(ctx, "").answers)
    return ActionResult(
        answers={
            **answers,
            "emergency": emergency,
            "police": police,
            "has_emergency": found is not None,
        }
    )


async def show_youth_lines(ctx: ActionContext, *, lines: CrisisLines) -> ActionResult:
    """Show the services for young people in the user's country."""
    text = lines.helplines.describe_youth(lines.country_of(ctx), lines.words)
    return ActionResult(replies=(Reply(text),))


async def note_said_no(ctx: ActionContext) -> ActionResult:
    """Note that they answered no to the direct question, so it is not asked again and
    again: for a while, only a rule or a confident verdict interrupts them."""
    return ActionResult(said_no=True)


async def forget_said_no(ctx: ActionContext) -> ActionResult:
    """Note that an earlier no to the direct question no longer holds: they said yes, would
    rather not say, or the crisis path began. Unsure verdicts ask again from now on."""
    return ActionResult(said_no=False)
