"""A user's settings, as onboarding and /settings change them: consent, age band, country,
time zone, the time of the daily check-in.

Each action reads what the flow saved, stores the changed user and hands the new record
back, so later steps of the same turn (crisis lines, say) already see it. Each is a plain
function of the turn's context and of what it reads from data/ (places, words, the answer
vocabulary), which the feature's ``register`` binds.
"""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import ZoneInfo

from bot.engine.actions import ActionContext, ActionResult
from bot.engine.answers import EMPTY, Vocabulary, parse_time
from bot.engine.events import Reply
from bot.engine.session import Answer
from bot.engine.texts import Texts, spoken
from bot.engine.wording import normalise
from bot.i18n import Catalogs
from bot.i18n.catalogs import ENGLISH, language_for
from bot.i18n.dates import clock_named
from bot.i18n.regions import country_name, zone_label
from bot.places import Place, Places, Zone
from bot.prompt_times import with_next_prompt
from bot.storage.records import UserRecord

WORDS = frozenset(
    {"settings", "not_set", "no_prompt", "consent_given", "consent_not_given"}
    | {"paused", "quiet", "no_quiet"}
)


def parse_clock(typed: str, vocabulary: Vocabulary = EMPTY) -> str | None:
    """Read a time of day ("8", "8am", "7.30 pm", "19:30", "noon") as "HH:MM"; else None."""
    return parse_time(typed, vocabulary)


def _user(ctx: ActionContext) -> UserRecord:
    """Return the user, speaking the language of their app (ru, es, pt-BR, else en) unless
    they have one already: set on first contact, as onboarding first saves them."""
    user = ctx.user or UserRecord(ctx.user_id, created_at=ctx.clock.now())
    return user if user.language else replace(user, language=language_for(ctx.language))


async def _saved(ctx: ActionContext, user: UserRecord, **answers: Answer) -> ActionResult:
    """Save the changed user, their next daily prompt worked out again from the change
    (a prompt already claimed for the old settings is withdrawn, not sent at the old time)."""
    last = await ctx.tx.last_prompt_day(ctx.user_id)
    user = with_next_prompt(user, ctx.clock.now(), after=last)
    ctx.tx.withdraw_prompt(ctx.user_id)
    await ctx.tx.save_user(user)
    return ActionResult(user=user, answers=answers)


def country_of(ctx: ActionContext, places: Places) -> Place | None:
    """Return the place the user said they live in, if any."""
    return places.place(ctx.user.country if ctx.user is not None else None)


async def read_channel(ctx: ActionContext) -> ActionResult:
    """Say whether the user reads us on Telegram (not in a terminal)."""
    return ActionResult(answers={"on_telegram": ctx.channel == "telegram"})


async def read_settings(ctx: ActionContext) -> ActionResult:
    """Put the user's settings where a flow's conditions can see them."""
    user = ctx.user
    return ActionResult(
        answers={
            "consented": user is not None and user.consented_at is not None,
            "age_band": (user.age_band if user is not None else None) or "",
            "has_country": user is not None and user.country is not None,
            "has_prompt_time": user is not None and user.prompt_time is not None,
        }
    )


async def give_consent(ctx: ActionContext) -> ActionResult:
    """Record that the user agreed to talk about feelings, and when."""
    user = replace(_user(ctx), consented_at=ctx.clock.now(), declined_at=None)
    return await _saved(ctx, user)


async def refuse_consent(ctx: ActionContext) -> ActionResult:
    """Take back consent given before, and keep when they said no, so that they are
    not shown the whole introduction again at every command."""
    user = replace(_user(ctx), consented_at=None, prompt_time=None, declined_at=ctx.clock.now())
    return await _saved(ctx, user)


async def save_age_band(ctx: ActionContext) -> ActionResult:
    """Keep the age band the user picked."""
    band = ctx.answers.get("age_band")
    return await _saved(ctx, replace(_user(ctx), age_band=str(band) if band else None))


async def offer_countries(ctx: ActionContext, *, places: Places) -> ActionResult:
    """Offer as buttons the countries where people who speak the language of this turn
    mostly live, each named in it (a button tapped is read as that name typed)."""
    codes = places.offered_to(spoken() or ENGLISH)
    names = [country_name(code, places.names.get(code, code)) for code in codes]
    return ActionResult(answers={"country_buttons": names})


async def set_country(ctx: ActionContext, *, places: Places) -> ActionResult:
    """Find the country typed or tapped; keep it if found."""
    typed = ctx.answers.get("country_typed")
    if typed is None:
        return ActionResult(answers={"country_found": False, "country_skipped": True})
    place = places.find(str(typed))
    if place is None:
        return ActionResult(answers={"country_found": False, "country_skipped": False})
    user = replace(_user(ctx), country=place.code)
    return await _saved(
        ctx,
        user,
        country_found=True,
        country_skipped=False,
        country_name=country_name(place.code, place.name),
    )


async def find_timezones(ctx: ActionContext, *, places: Places) -> ActionResult:
    """Settle the time zone of a one-zone country for someone who has none yet;
    otherwise list the ones to offer (someone changing theirs may be abroad)."""
    place = country_of(ctx, places)
    options = place.choices if place is not None else places.world
    if len(options) == 1 and not (ctx.user and ctx.user.timezone):
        user = replace(_user(ctx), timezone=options[0].name)
        return await _saved(
            ctx,
            user,
            zone_settled=True,
            zone_count=1,
            zone_options=[],
            zone_name=_shown(options[0]),
            zone_time=_time_in(ctx, options[0]),
        )
    return ActionResult(
        answers={
            "zone_settled": False,
            "zone_count": len(options),
            "zone_options": [_shown(zone) for zone in options],
            "zone_name": "",
            "zone_time": "",
        }
    )


async def set_timezone(ctx: ActionContext, *, places: Places) -> ActionResult:
    """Keep the zone picked or typed. "Not sure" takes the country's usual one, and
    says so; with no country it changes nothing (UTC until one is chosen)."""
    typed = ctx.answers.get("zone_typed")
    place = country_of(ctx, places)
    answers: dict[str, Answer] = {
        "zone_guessed": False,
        "zone_skipped": typed is None,
        "zone_kept": False,
    }
    zone: Zone | None
    if typed is None and (place is None or not place.choices):
        kept = bool(ctx.user and ctx.user.timezone)
        return ActionResult(answers={**answers, "zone_found": False, "zone_kept": kept})
    if typed is None:
        assert place is not None
        zone, answers["zone_guessed"] = place.choices[0], True
        answers["zone_country"] = country_name(place.code, place.name)
    else:
        zone = places.zone(place, str(typed), _shown)
    if zone is None:
        return ActionResult(answers={**answers, "zone_found": False, "zone_name": ""})
    user = replace(_user(ctx), timezone=zone.name)
    return await _saved(
        ctx,
        user,
        **answers,
        zone_found=True,
        zone_name=_shown(zone),
        zone_time=_time_in(ctx, zone),
    )


def _shown(zone: Zone) -> str:
    """A zone as a button and a sentence call it, in the person's language."""
    return zone_label(zone.name, zone.label)


def _time_in(ctx: ActionContext, zone: Zone) -> str:
    """The time it is now in a zone (24-hour), so the person sees at once if it is theirs."""
    return clock_named(ctx.clock.now().astimezone(ZoneInfo(zone.name)).strftime("%H:%M"))


async def set_prompt_time(ctx: ActionContext, *, vocabulary: Vocabulary) -> ActionResult:
    """Keep the daily check-in time typed or tapped, or none when skipped."""
    typed = ctx.answers.get("time_typed")
    if typed is None:
        user = replace(_user(ctx), prompt_time=None)
        return await _saved(ctx, user, time_found=True, prompt_time="")
    speaking = vocabulary.speaking(spoken())
    clock = parse_clock(str(typed), speaking)  # "в 9 утра" too
    if clock is None:
        # "sure", "ok" at "would you like a reminder?": which time, not "couldn't read that"
        said_yes = normalise(str(typed)) in speaking.means.get("yes", frozenset())
        return ActionResult(answers={"time_found": False, "prompt_time": "", "said_yes": said_yes})
    user = replace(_user(ctx), prompt_time=clock)
    return await _saved(ctx, user, time_found=True, prompt_time=clock_named(clock))


async def toggle_pause(ctx: ActionContext) -> ActionResult:
    """Pause daily prompts, or resume them."""
    user = _user(ctx)
    return await _saved(ctx, replace(user, paused=not user.paused), paused=not user.paused)


async def pause_reminders(ctx: ActionContext) -> ActionResult:
    """Pause daily prompts (from the prompt's own button)."""
    return await _saved(ctx, replace(_user(ctx), paused=True))


async def set_quiet_hours(ctx: ActionContext) -> ActionResult:
    """Keep the quiet hours picked ("22:00-08:00"), or none."""
    picked = str(ctx.answers.get("quiet") or "")
    start, _, end = picked.partition("-")
    if parse_clock(start) and parse_clock(end):
        user = replace(_user(ctx), quiet_start=parse_clock(start), quiet_end=parse_clock(end))
    else:
        user = replace(_user(ctx), quiet_start=None, quiet_end=None)
    return await _saved(ctx, user)


async def show_settings(
    ctx: ActionContext, *, places: Places, words: Texts, catalogs: Catalogs
) -> ActionResult:
    """Say what is set now."""
    user = _user(ctx)
    offered = catalogs.offered()
    place = country_of(ctx, places)
    unset = words.get("not_set")
    text = words.get(
        "settings",
        consent=words.get("consent_given" if user.consented_at else "consent_not_given"),
        age_band=words.messages.get(f"age_band_{user.age_band}", unset),
        country=country_name(place.code, place.name) if place is not None else unset,
        timezone=zone_label(user.timezone, user.timezone) if user.timezone else unset,
        prompt_time=clock_named(user.prompt_time or "") or words.get("no_prompt"),
        paused=words.get("paused") if user.paused else "",
        quiet=(
            words.get(
                "quiet", start=clock_named(user.quiet_start), end=clock_named(user.quiet_end or "")
            )
            if user.quiet_start
            else words.get("no_quiet")
        ),
        language=offered.get(user.language or "", offered[ENGLISH]),
    )
    return ActionResult(replies=(Reply(text),))
