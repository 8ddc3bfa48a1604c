"""/export gives a person all their data; /delete erases it beyond recovery; logs hold none."""

from __future__ import annotations

import csv
import io
import json
import logging
from datetime import timedelta

import pytest

from bot.app import App
from bot.clock import ManualClock
from tests.chat import Chat

PHRASE = "quinoa-lighthouse"  # in everything the user writes, to look for afterwards


async def write_everywhere(chat: Chat, clock: ManualClock) -> None:
    """Go through every path where a person can write free text, and more."""
    await chat.send("/start")
    await chat.tap("Yes, that's okay")
    await chat.tap("25 to 44")
    await chat.send(f"{PHRASE} land")  # an unknown country, typed
    await chat.send("Ireland")  # typed again at once
    await chat.tap("21:00")
    await chat.tap("Yes, let's check in")
    for label in ("3", "4", "Sad", "Lonely"):
        await chat.tap(label)
    await chat.send(f"note about the {PHRASE}")
    await chat.tap("Not now")
    await chat.send("/journal")
    await chat.tap("What happened, what I felt, what I needed")
    for part in ("happened", "felt", "needed"):
        await chat.send(f"{part}: {PHRASE}")
    await chat.send("/journal")
    await chat.tap("Write something new")
    await chat.tap("Ten minutes on something hard")
    await chat.tap("I'm ready")
    await chat.send(f"the hard thing was the {PHRASE}")
    await chat.send("/journal")
    await chat.tap("Write something new")
    await chat.tap("Name a feeling and find it in my body")
    await chat.tap("Numb or flat")
    await chat.tap("Empty")
    await chat.tap("Chest")
    await chat.send(f"it sits like a {PHRASE}")
    await chat.send("/safetyplan")
    await chat.tap("Yes, let's start")
    for _ in range(7):
        await chat.send(f"plan part: {PHRASE}")
    await chat.send("/ground")
    await chat.tap("Let me choose")
    await chat.tap("Box breathing (2 min)")
    for label in ("Next", "Next", "Next", "Finish"):
        await chat.tap(label)
    await chat.send(f"I noticed the {PHRASE}")
    await chat.send("/plan")
    await chat.tap("Start today")
    await chat.tap("My own idea")  # an activity in one's own words, sealed
    await chat.send(f"visit the {PHRASE}")
    await chat.tap("In a week")
    await chat.send("3")
    await chat.send("4")
    await chat.tap("Yes, remind me")
    await chat.tap("Done")
    await chat.send("/steps")
    await chat.tap("Trust")
    await chat.tap("Remind me tomorrow")
    await chat.send("/gratitude")  # a feature's note
    await chat.send(f"glad of the {PHRASE}")
    await chat.tap("Not now")
    await chat.send("/measure")
    await chat.tap("My wellbeing (WHO-5)")
    for label in ("Most of the time", "4", "Some of the time", "all of the time", "At no time"):
        await chat.send(label)
    await chat.send("i want to die")  # a safety event: time and level only
    await chat.tap("I'm safe for now")
    await chat.tap("Not now")
    await chat.tap("No, thank you")  # a command waits until the crisis path's question is answered
    clock.advance(timedelta(minutes=5))
    await chat.send("/journal")  # left half-way: the phrase sits in the session
    await chat.tap("Write something new")
    await chat.tap("What happened, what I felt, what I needed")
    await chat.send(f"unfinished {PHRASE}")


async def test_export_holds_every_kind_of_data(
    app: App, stranger: Chat, clock: ManualClock
) -> None:
    await write_everywhere(stranger, clock)
    replies = await stranger.send("/export")
    files = {r.attachment.filename: r.attachment for r in replies if r.attachment is not None}
    assert set(files) == {"reconnect-export.json", "reconnect-checkins.csv"}
    assert all(f.kind == "document" for f in files.values())
    data = json.loads(files["reconnect-export.json"].content)
    assert data["settings"]["country"] == "IE"
    assert data["settings"]["timezone"] == "Europe/Dublin"
    assert data["settings"]["daily_prompt_time"] == "21:00"
    assert data["settings"]["age_band"] == "25_to_44"
    assert data["settings"]["consented_at"]
    assert [c["note"] for c in data["checkins"]] == [f"note about the {PHRASE}"]
    assert data["checkins"][0]["feeling"] == "lonely"
    assert [e["template"] for e in data["journal"]] == [
        "three_questions",
        "expressive",
        "feeling_in_body",
    ]
    assert data["journal"][0]["parts"]["felt"] == f"felt: {PHRASE}"
    assert data["journal"][2]["parts"]["note"] == f"it sits like a {PHRASE}"
    assert len(data["safety_plan"]) == 7
    assert data["weekly_plan"]["days"] == {"1": "done"}
    assert [r["card"] for r in data["small_step_reminders"]] == ["trust", "activity"]
    assert [(n["kind"], n["text"]) for n in data["notes"]] == [
        ("gratitude", f"glad of the {PHRASE}"),
    ]
    assert [(a["activity"], a["own_words"], a["expected"]) for a in data["activities"]] == [
        (f"visit the {PHRASE}", True, {"pleasure": 3, "achievement": 4})
    ]
    assert data["questionnaires"] == [
        {
            "at": data["questionnaires"][0]["at"],
            "date": data["questionnaires"][0]["date"],
            "questionnaire": "who5",
            "items": [4, 4, 1, 5, 0],
            "total": 56,
            "band": "good",
        }
    ]
    assert [e["level"] for e in data["safety_events"]] == ["crisis"]
    assert set(data["safety_events"][0]) == {"at", "level"}  # no text, ever
    table = list(csv.reader(io.StringIO(files["reconnect-checkins.csv"].content.decode())))
    assert table[0] == ["date", "time_utc", "presence", "connection", "feeling", "note"]
    assert table[1][2:] == ["3", "4", "lonely", f"note about the {PHRASE}"]


async def test_a_whole_conversation_at_debug_logs_no_user_text_or_button_data(
    app: App, stranger: Chat, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    await write_everywhere(stranger, clock)
    await stranger.send("/export")
    await stranger.send(f"{PHRASE} " * 3000)  # far too long for any question
    logged = caplog.text
    assert PHRASE not in logged
    payloads = {c.payload for r in stranger.shown for c in r.choices}
    assert payloads
    for payload in payloads:
        assert payload not in logged
