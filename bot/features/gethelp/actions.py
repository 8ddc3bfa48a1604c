"""What each /gethelp tier says and points to (data/resources.yaml), read one part at a time.

A tier's message comes first; the rest waits behind "Tell me more", one short text a tap,
so no message is a wall of text. The route to therapy is the person's country's, where a
sourced one is listed, and otherwise says plainly that it differs between countries.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from bot.engine.actions import ActionContext, ActionResult
from bot.engine.events import Reply
from bot.engine.session import Answer
from bot.engine.texts import key, say
from bot.features.gethelp.scores import REASONS, score_floor
from bot.features.gethelp.triage import EXTRAS, Tier, extras_for, tier_for
from bot.features.questionnaires.records import results as questionnaire_results
from bot.yamlfile import read_yaml_file

ROUTE = "route"  # the resource that is the person's country's route to therapy


PREFIX = "data-resources"  # the key of resources.yaml's texts in every catalog


@dataclass(frozen=True, slots=True)
class Item:
    """One text to read, with the few words that name it on the "Tell me more" question,
    each as written in English and said in the person's language (``key``: its place)."""

    title: str
    say: str
    key: str = ""

    def title_said(self) -> str:
        """Return the title in the language of this turn."""
        return say(f"{self.key}-title", self.title, {})

    def text_said(self) -> str:
        """Return the text in the language of this turn."""
        return say(f"{self.key}-say", self.say, {})


@dataclass(frozen=True, slots=True)
class Resources:
    """Every tier's message and resources, the resources, and sourced routes by country."""

    tiers: Mapping[str, tuple[str, tuple[str, ...]]]
    items: Mapping[str, Item]
    routes: Mapping[str, Item]  # by two-letter country code; each has a source in the file
    route_unknown: Item
    scores: Mapping[str, str]  # why a recent score counts, by reason; {total} filled in

    @classmethod
    def load(cls, file: Path) -> Resources:
        """Read the resources file; a tier or answer naming a resource not there is an error."""
        data: dict[str, Any] = read_yaml_file(file)
        items = {
            str(name): Item(str(v["title"]), str(v["say"]), key(PREFIX, "items", str(name)))
            for name, v in data["items"].items()
        }
        tiers = {
            str(name): (str(entry["say"]), tuple(map(str, entry.get("resources", ()))))
            for name, entry in data["tiers"].items()
        }
        routes = {
            str(code).upper(): _route(file, str(code), entry)
            for code, entry in (data.get("routes") or {}).items()
        }
        for tier in Tier:
            if tier.value not in tiers:
                raise ValueError(f"{file}: add the tier {tier.value}")
            for name in tiers[tier.value][1]:
                if name not in items and name != ROUTE:
                    raise ValueError(f"{file}: tier {tier} names unknown {name!r}")
        for _answer, name in EXTRAS:
            if name not in items:
                raise ValueError(f"{file}: add the resource {name!r}")
        route_unknown = items.get("route_unknown")
        if route_unknown is None:
            raise ValueError(f"{file}: add the resource 'route_unknown'")
        scores = {str(key): str(text) for key, text in (data.get("scores") or {}).items()}
        for reason in sorted(REASONS - set(scores)):
            raise ValueError(f"{file}: add the score reason {reason!r} under scores")
        return cls(tiers, items, routes, route_unknown, scores)

    def reading(self, tier: Tier, extras: list[str]) -> list[str]:
        """Return what to read after the tier's message, most specific first, once each."""
        keys = [*extras, *self.tiers[tier.value][1]]
        return list(dict.fromkeys(keys))

    def item(self, key: str, country: str | None) -> Item:
        """Return a resource; the route is the country's if one is sourced."""
        if key == ROUTE:
            return self.routes.get((country or "").upper(), self.route_unknown)
        return self.items[key]


def sources_of(entry: Mapping[str, Any]) -> list[str]:
    """Return a route's sources: one web address, or a list of them."""
    source = entry.get("source")
    listed = source if isinstance(source, list) else [source] if source else []
    return [str(url) for url in listed]


def _route(file: Path, code: str, entry: Mapping[str, Any]) -> Item:
    """Read one country's route; it must say where it was read, and when."""
    sources = sources_of(entry)
    if not sources or not all(url.startswith(("https://", "http://")) for url in sources):
        raise ValueError(f"{file}: the route for {code} needs its source (web addresses)")
    if not isinstance(entry.get("checked"), date):
        raise ValueError(f"{file}: the route for {code} needs the date it was checked")
    return Item(str(entry["title"]), str(entry["say"]), key(PREFIX, "routes", code))


def country_of(ctx: ActionContext) -> str | None:
    """Return the country the user said they live in, if any."""
    return ctx.user.country if ctx.user is not None else None


def page(ctx: ActionContext, resources: Resources, queue: list[str], at: int) -> dict[str, Answer]:
    """Return where the reading is: what is queued, how far, and the next part's title."""
    left = at < len(queue)
    title = resources.item(queue[at], country_of(ctx)).title_said() if left else ""
    return {"reading": queue, "reading_at": at, "reading_left": left, "next_title": title}


async def triage(ctx: ActionContext) -> ActionResult:
    """Work out the tier from the answers so far and recent questionnaire scores."""
    results = await questionnaire_results(ctx.tx, ctx.user_id)
    floor = score_floor(results, ctx.clock.now())
    tier = tier_for(ctx.answers, floor.tier)
    reason = floor.reason if tier is floor.tier else ""  # the score led, or agreed
    return ActionResult(
        answers={"tier": tier.value, "score_reason": reason, "score_total": floor.total}
    )


async def show_resources(ctx: ActionContext, *, resources: Resources) -> ActionResult:
    """Say the tier's message; keep the rest to read, one part a tap."""
    tier = Tier(str(ctx.answers.get("tier") or Tier.SELF_CARE.value))
    queue = resources.reading(tier, extras_for(ctx.answers))
    replies = [
        Reply(say(key(PREFIX, "tiers", tier.value, "say"), resources.tiers[tier.value][0], {}))
    ]
    reason = str(ctx.answers.get("score_reason") or "")
    if reason in resources.scores:  # the score that counted, said after the tier
        total = ctx.answers.get("score_total")
        text = say(key(PREFIX, "scores", reason), resources.scores[reason], {"total": total})
        replies.append(Reply(text))
    return ActionResult(replies=tuple(replies), answers=page(ctx, resources, queue, 0))


async def next_resource(ctx: ActionContext, *, resources: Resources) -> ActionResult:
    """Show the next part to read."""
    saved = ctx.answers.get("reading")
    queue = [str(key) for key in saved] if isinstance(saved, list) else []
    at = ctx.answers.get("reading_at")
    at = at if isinstance(at, int) else 0
    if at >= len(queue):
        return ActionResult(answers=page(ctx, resources, queue, at))
    text = resources.item(queue[at], country_of(ctx)).text_said()
    return ActionResult(replies=(Reply(text),), answers=page(ctx, resources, queue, at + 1))
