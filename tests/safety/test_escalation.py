"""A crisis message anywhere gets crisis lines first, and the user can go back afterwards."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from telegram import Update

from bot.app import App
from bot.config import Settings
from bot.engine import Event
from bot.features.activities import Activities
from bot.features.lessons import Lessons
from bot.safety.helplines import Helplines
from bot.telegram.updates import to_event
from tests.chat import Chat, in_order, labels_of, text_of
from tests.conftest import ROOT, make_settings
from tests.telegram.fake_api import media_update, text_update

CRISIS_TEXT = "I want to end my life"
# How to reach a point in the middle of a shipped flow (at least one step in), for a flow
# its own command alone does not bring to one: a flow with a ``command:`` is walked by it
# unless named here, so a new flow is covered with no line added.
MIDDLE = {
    "checkin": ["/checkin", "tap:5"],
    "idle": ["/menu", "we had pizza for dinner"],  # free text at the menu
    "asked": ["/menu", "what is DBT?"],
    "help": ["/checkin", "/help"],
    "crisis": ["I want to die"],
    "safety_check": ["/sos"],  # in the UK, so straight to "Are you safe right now?"
    "followup": ["/menu"],  # reached by the scheduler: tests/test_follow_up.py
    "emergency": ["I took a whole bottle of pills"],
    "ask_country": ["/menu"],  # only when the country is unknown: test_crisis_wording.py
    "after_writing": [
        "/journal",
        "tap:Ten minutes on something hard",
        "tap:I'm ready",
        "the long winter",
    ],
    "danger": ["my husband hits me and says he will kill me"],
    "someone_else": ["my best friend told me she wants to kill herself"],
    "concern": ["I feel hopeless"],
    "start": ["/start", "tap:Read how you work again"],
    "age": ["/settings", "tap:Age"],
    "where": ["/settings", "tap:Country"],
    "timezone": ["/settings", "tap:Time zone"],
    "reminder": ["/settings", "tap:Reminder time"],
    "progress": ["/measure", "tap:My wellbeing (WHO-5)", *["3"] * 5, "/progress"],  # the offer
    "wheel": ["/checkin", "tap:5", "tap:5"],
    "ground": ["/ground", "tap:Let me choose", "tap:Body scan (4 min)"],
    "journal": ["/journal", "tap:What happened, what I felt, what I needed"],
    "activities": ["/plan", "tap:Start today", "tap:Some"],  # made from data/activities.yaml
    "activity": ["/activity", "tap:My own idea", "read by the window", "tap:Tomorrow", "4"],
    "savour": ["/savour", "tap:Remembering a good moment", "tap:Next"],
    "values": ["/values", "tap:Yes, let's try", "tap:Helping others"],
    "steps": ["/steps", "tap:Trust"],
    "prompt": [
        "/settings",
        "tap:Reminder time",
    ],  # reached by the scheduler: tests/test_scheduler.py
    "safetyplan": ["/safetyplan", "tap:Yes, let's start", "my hands shake"],
    "gethelp": ["/gethelp", "tap:2 weeks to 3 months", "tap:Somewhat"],
    "measure_repeat": ["/measure", "tap:Offer the WHO-5 every few weeks"],
    "questionnaire_safety": ["/measure", "tap:My mood (PHQ-9)", *["3"] * 8, "tap:Several days"],
    # made from data/lessons/: /learn's list, and each lesson at its second screen
    "learn": ["/learn"],
    **{
        lesson.id: ["/learn", f"tap:{lesson.title}", "tap:Next"]
        for lesson in Lessons.load(ROOT / "data").by_id.values()
    },
}


def commands() -> dict[str, str]:
    """Return, by flow, the command that starts it, for every flow file that has one."""
    found: dict[str, str] = {}
    for path in (ROOT / "flows").glob("*.yaml"):
        command = yaml.safe_load(path.read_text(encoding="utf-8")).get("command")
        if command:
            found[path.stem] = f"/{command}"
    return found


def shipped_flows() -> set[str]:
    """Return every flow shipped: the flow files, and those made from data/."""
    shipped = {path.stem for path in (ROOT / "flows").glob("*.yaml")}
    shipped |= set(Lessons.load(ROOT / "data").flows())
    shipped |= set(Activities.load(ROOT / "data").loaded_flows())
    return shipped


def ways_in() -> dict[str, list[str]]:
    """Return how to reach the middle of each shipped flow: its line in MIDDLE, else its
    command alone."""
    started = {flow: [command] for flow, command in commands().items()}
    return {flow: MIDDLE.get(flow, started.get(flow, [])) for flow in shipped_flows()}


WAYS_IN = ways_in()


def test_every_shipped_flow_is_covered() -> None:
    """Each shipped flow gets the mid-flow crisis test below: none lacks a way in, and no
    line of MIDDLE names a flow that is gone."""
    assert sorted(flow for flow, steps in WAYS_IN.items() if not steps) == []
    assert set(MIDDLE) - shipped_flows() == set()


async def walk(chat: Chat, steps: list[str]) -> None:
    for step in steps:
        if step.startswith("tap:"):
            await chat.tap(step[4:])
        else:
            await chat.send(step)


@pytest.mark.parametrize("flow", sorted(WAYS_IN))
async def test_a_crisis_message_mid_flow_gets_crisis_lines_first(chat: Chat, flow: str) -> None:
    user = await chat.user()
    assert user is not None
    async with chat.app.store.transaction() as tx:  # someone in the UK: their local lines
        await tx.save_user(replace(user, country="GB"))
    await walk(chat, WAYS_IN[flow])
    replies = await chat.send(CRISIS_TEXT)
    assert len(replies) == 1  # one message, whole: nothing can land between its parts
    assert replies[0].text.startswith("Thank you for telling me")
    # Samaritans, not the international directory; then the question, with its buttons
    assert in_order(replies[0].text, "116 123", "Are you safe right now?")
    assert "I'm safe for now" in labels_of(replies)


@pytest.mark.parametrize("first", ["I want to end my life", "/sos"])
async def test_crisis_lines_never_wait_for_consent(stranger: Chat, first: str) -> None:
    """Someone who has never agreed to anything still gets help at once."""
    replies = await stranger.send(first)
    assert "your local emergency number" in text_of(replies[:2])
    assert "Which country are you in?" in text_of(replies)
    assert "Is it okay for me to ask" not in text_of(replies)
    replies = await stranger.tap("Somewhere else")
    assert "Are you safe right now?" in text_of(replies)


async def test_after_the_crisis_path_the_interrupted_flow_can_be_resumed(chat: Chat) -> None:
    await chat.send("/checkin")
    await chat.tap("4")  # now at "how connected"
    replies = await chat.through_a_crisis(CRISIS_TEXT)
    assert "how connected" in text_of(replies)
    await chat.tap("6")
    await chat.tap("Good")
    replies = await chat.tap("Calm")
    assert "Anything you'd like to note" in text_of(replies)


async def test_a_crisis_typed_at_a_free_text_prompt_is_not_saved_as_the_answer(
    app: App, chat: Chat
) -> None:
    await chat.send("/checkin")
    for label in ("3", "3", "Sad", "Low"):
        await chat.tap(label)
    replies = await chat.through_a_crisis("honestly I want to kill myself")
    async with app.store.transaction() as tx:
        assert await tx.checkins(chat.user_id) == []
    assert "Anything you'd like to note" in text_of(replies)
    assert "Use what I wrote before" in labels_of(replies)


async def test_concern_asks_directly_and_yes_leads_to_crisis_lines(chat: Chat) -> None:
    replies = await chat.send("everything is hopeless")
    assert "are you having thoughts of suicide" in text_of(replies)
    replies = await chat.tap("Yes")
    assert "Thank you for telling me" in replies[0].text
    assert "Which country are you in?" in text_of(replies)


async def test_sos_works_in_every_state_and_edits_and_captions_are_screened(chat: Chat) -> None:
    await chat.send("/checkin")
    replies = await chat.send("/sos")
    assert "Which country are you in?" in text_of(replies)
    photo = [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]
    caption = media_update(chat.user_id, "photo", photo, caption="i want to die")
    edited = text_update(chat.user_id, "i want to die")
    edited["edited_message"] = edited.pop("message")
    edited["edited_message"]["edit_date"] = edited["edited_message"]["date"]
    for number, update in enumerate((caption, edited), start=1):
        await chat.send("/checkin")  # somewhere else first: the crisis path starts over
        event = to_event(Update.de_json({**update, "update_id": 900 + number}, None))
        assert isinstance(event, Event)
        replies = await chat.deliver(event)
        assert "Thank you for telling me" in replies[0].text


@pytest.mark.parametrize("country", ["GB", "US", "XX"])
async def test_crisis_lines_follow_the_default_country(tmp_path: Path, country: str) -> None:
    from bot.app import open_app

    settings: Settings = make_settings(tmp_path, RECONNECT_DEFAULT_COUNTRY=country)
    async with open_app(settings) as app:
        replies = await Chat(app).send("/sos")
    said = text_of(replies)
    expected = {"GB": "116 123", "US": "988", "XX": "findahelpline.com"}[country]
    assert expected in said


def test_every_country_has_a_source_and_a_verified_date() -> None:
    raw = yaml.safe_load((ROOT / "data" / "helplines.yaml").read_text("utf-8"))
    assert len(raw["countries"]) >= 25
    for code, entry in raw["countries"].items():
        assert entry["emergency"], code
        assert entry["emergency_source"].startswith("http"), code
        for line in entry.get("lines") or []:
            assert line["source"].startswith("http"), (code, line["name"])
            assert line["verified"], (code, line["name"])
    helplines = Helplines.load(ROOT / "data" / "helplines.yaml")
    wanted = {"US", "CA", "GB", "IE", "AU", "NZ", "IN", "DE", "FR", "NL", "RU", "UA", "BR", "IR"}
    assert wanted <= set(helplines.countries)
