"""The engine as a user meets it: once per event, kind to odd input, steady across changes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.app import App, build_registry, load_flows
from bot.clock import ManualClock
from bot.engine import (
    Action,
    ActionContext,
    ActionResult,
    Engine,
    Event,
    EventKind,
    FlowRuntime,
    Texts,
)
from bot.engine.events import reply_from_dict
from bot.engine.session import Session
from bot.engine.texts import render
from bot.storage.sqlite import SqliteStore
from tests.chat import Chat, labels_of, text_of
from tests.conftest import ROOT


async def load_session(chat: Chat) -> dict[str, Any]:
    async with chat.app.store.transaction() as tx:
        state = await tx.load_turn("probe", chat.user_id)
    assert state.session is not None
    return state.session


async def test_the_same_event_twice_is_handled_once(app: App, chat: Chat) -> None:
    await chat.send("/checkin")
    payload = chat.payload_for("4")
    event = Event("tg:update:777", chat.user_id, EventKind.BUTTON, payload=payload)
    first = await chat.deliver(event)
    again = await chat.deliver(event)
    assert "how connected" in text_of(first)
    assert again == []
    # The duplicate did not move the user on: the next answer lands on "connection".
    replies = await chat.send("6")
    assert "family of feelings" in text_of(replies)


async def test_a_stale_button_changes_nothing(chat: Chat) -> None:
    await chat.send("/checkin")
    old_payload = chat.payload_for("2")
    await chat.tap("5")  # presence answered; now on "connection"
    replies = await chat.event(EventKind.BUTTON, payload=old_payload)
    assert "earlier question" in text_of(replies)
    assert "how connected" in text_of(replies)  # asked again, not skipped
    replies = await chat.tap("9")
    assert "family of feelings" in text_of(replies)


@pytest.mark.parametrize(
    "payload", ["", "junk", "zzzzzz:5", ":", "sys:nothing", "x" * 64, "abc:def:ghi"]
)
async def test_forged_buttons_get_a_kind_reply(chat: Chat, payload: str) -> None:
    await chat.send("/checkin")
    replies = await chat.event(EventKind.BUTTON, payload=payload)
    assert "earlier question" in text_of(replies)
    assert "How present" in text_of(replies)


async def test_a_forged_value_with_the_live_nonce_is_refused(chat: Chat) -> None:
    await chat.send("/checkin")
    nonce = chat.payload_for("3").split(":")[0]
    for value in ("11", "-1", "seven", ""):
        replies = await chat.event(EventKind.BUTTON, payload=f"{nonce}:{value}")
        assert "earlier question" in text_of(replies)
    session = await load_session(chat)
    assert session["active"]["step"] == "presence"
    assert session["active"]["answers"] == {}


async def test_unsupported_messages_get_a_kind_reply_and_the_question_again(chat: Chat) -> None:
    await chat.send("/checkin")
    replies = await chat.event(EventKind.UNSUPPORTED, payload="sticker")
    assert "only read text and buttons" in text_of(replies)
    assert "How present" in text_of(replies)


async def test_a_short_answer_that_is_too_long_is_asked_again(chat: Chat) -> None:
    await chat.send("/settings")
    await chat.tap("Reminder time")
    replies = await chat.send("word " * 500)
    assert "up to 20 characters" in text_of(replies)
    assert "No reminders" in labels_of(replies)


async def test_reopening_shows_where_the_user_was(chat: Chat) -> None:
    await chat.send("/checkin")
    await chat.tap("5")
    replies = await chat.event(EventKind.OPEN)
    assert "Welcome back" in text_of(replies)
    assert "how connected" in text_of(replies)


async def test_opening_for_the_first_time_introduces_the_bot_instead_of_a_menu(
    stranger: Chat,
) -> None:
    replies = await stranger.event(EventKind.OPEN)
    assert "Is it okay for me to ask about your feelings" in text_of(replies)
    assert "What would you like to do?" not in text_of(replies)


async def test_hi_from_someone_never_met_is_answered_with_who_the_bot_is(
    stranger: Chat,
) -> None:
    """Found by a new user: a first "hi" on Telegram (no /start) got "Hi, good to hear from
    you" and a menu, as if they had met."""
    said = text_of(await stranger.send("hi"))
    assert "Is it okay for me to ask about your feelings" in said
    assert "good to hear from you" not in said


async def test_hi_from_someone_met_before_is_greeted(chat: Chat) -> None:
    assert "good to hear from you" in text_of(await chat.send("hi"))


async def test_a_failing_action_still_answers_and_keeps_the_user_in_place(
    app: App, chat: Chat, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(_ctx: ActionContext) -> ActionResult:
        raise RuntimeError("disk on fire")

    await chat.send("/checkin")
    for label in ("5", "5", "Good", "Calm"):
        await chat.tap(label)
    registry = app.engine.runtime.actions
    monkeypatch.setitem(registry._actions, "save_checkin", Action("save_checkin", broken))
    replies = await chat.tap("Skip")
    assert "Something went wrong on my side" in text_of(replies)
    session = await load_session(chat)
    assert session["active"]["step"] == "note"


# -- a flow that changes under a user ----------------------------------------------------------

FLOW_V1 = """\
id: survey
version: {version}
title: little survey
command: survey
start: one
steps:
  one:
    say: "Question one?"
    ask: {{text: {{}}}}
    save: one
    next: {second}
  {second}:
    say: "Question two?"
    ask: {{text: {{}}}}
    save: two
    next: done
  done:
    say: "Done: {{one}} / {{two}}"
    end: true
"""


@pytest.fixture
async def survey_store(tmp_path: Path) -> AsyncIterator[SqliteStore]:
    from bot.privacy.crypto import FieldCipher

    store = SqliteStore(tmp_path / "db.sqlite3", FieldCipher([b"k" * 32]))
    await store.open()
    yield store
    await store.close()


def engine_for(tmp_path: Path, store: SqliteStore, clock: ManualClock, text: str) -> Engine:
    folder = tmp_path / "flows"
    folder.mkdir(exist_ok=True)
    (folder / "survey.yaml").write_text(text, encoding="utf-8")
    for shipped in (ROOT / "flows").glob("*.yaml"):
        (folder / shipped.name).write_text(shipped.read_text("utf-8"), "utf-8")
    registry = build_registry()
    runtime = FlowRuntime(
        load_flows(folder, registry, ROOT / "data"),
        registry,
        Texts.load(ROOT / "data" / "engine.yaml"),
    )
    return Engine(store, clock, runtime)


async def say(engine: Engine, store: SqliteStore, number: int, text: str) -> str:
    kind = EventKind.COMMAND if text.startswith("/") else EventKind.TEXT
    item = (await engine.handle(Event(f"e{number}", 5, kind, text=text))).item
    assert item is not None
    await store.mark_sent(item)
    return "\n".join(reply_from_dict(body).text for body in item.replies)


async def test_a_changed_flow_keeps_the_user_at_the_same_step(
    tmp_path: Path, survey_store: SqliteStore, clock: ManualClock
) -> None:
    v1 = engine_for(tmp_path, survey_store, clock, FLOW_V1.format(version=1, second="two"))
    await say(v1, survey_store, 1, "/survey")
    assert "Question two?" in await say(v1, survey_store, 2, "first")
    v2 = engine_for(tmp_path, survey_store, clock, FLOW_V1.format(version=2, second="two"))
    assert "Done: first / second" in await say(v2, survey_store, 3, "second")


async def test_a_removed_step_restarts_the_flow_kindly(
    tmp_path: Path, survey_store: SqliteStore, clock: ManualClock
) -> None:
    v1 = engine_for(tmp_path, survey_store, clock, FLOW_V1.format(version=1, second="two"))
    await say(v1, survey_store, 1, "/survey")
    await say(v1, survey_store, 2, "first")
    v2 = engine_for(tmp_path, survey_store, clock, FLOW_V1.format(version=2, second="deux"))
    said = await say(v2, survey_store, 3, "second")
    assert "changed a little" in said
    assert "Question one?" in said
    assert "Done" not in said


async def test_a_removed_flow_drops_the_user_gently(
    tmp_path: Path, survey_store: SqliteStore, clock: ManualClock
) -> None:
    v1 = engine_for(tmp_path, survey_store, clock, FLOW_V1.format(version=1, second="two"))
    await say(v1, survey_store, 1, "/survey")
    (tmp_path / "flows" / "survey.yaml").unlink()
    registry = build_registry()
    runtime = FlowRuntime(
        load_flows(tmp_path / "flows", registry, ROOT / "data"),
        registry,
        Texts.load(ROOT / "data" / "engine.yaml"),
    )
    said = await say(Engine(survey_store, clock, runtime), survey_store, 2, "hello")
    assert "isn't available any more" in said
    assert "three things we could do" in said  # what was typed is answered, not bounced


async def test_deeper_nesting_never_drops_a_flow_waiting_for_the_one_it_called(
    stranger: Chat,
) -> None:
    """Onboarding waits for the age question; three flows put aside on top must not lose it."""
    await stranger.send("/start")
    await stranger.tap("Yes, that's okay")  # onboarding calls the age question
    await stranger.send("/sos")
    await stranger.send("/checkin")
    await stranger.send("/journal")  # four flows now wait: age, crisis, check-in, journal
    await stranger.send("/cancel")  # journal stopped; the check-in is offered
    await stranger.tap("Leave it")
    await stranger.send("/resume")  # the crisis flow
    replies = await stranger.send("/cancel")
    assert "middle of the introduction" in text_of(replies)  # offered back, named as started
    replies = await stranger.tap("Carry on")
    assert "How old are you?" in text_of(replies)
    replies = await stranger.tap("I'd rather not say")
    assert "Which country are you in?" in text_of(replies)  # onboarding goes on


def test_a_session_saved_with_callers_in_the_put_aside_list_keeps_them() -> None:
    """Sessions saved before callers moved into their frame still return to the caller."""
    saved = {
        "active": {"flow": "crisis", "version": 1, "step": "safe"},
        "suspended": [
            {"flow": "start", "version": 1, "step": "where", "returning": True},
            {"flow": "age", "version": 1, "step": "ask"},
        ],
    }
    session = Session.from_dict(saved)
    assert [frame.flow_id for frame in session.suspended] == ["age"]
    assert [(c.flow_id, c.step) for c in session.suspended[0].callers] == [("start", "where")]
    assert Session.from_dict(session.to_dict()) == session


async def test_a_long_note_is_kept_and_the_user_is_told(app: App, chat: Chat) -> None:
    await chat.send("/checkin")
    for label in ("5", "5", "Good", "Calm"):
        await chat.tap(label)
    note = "the radiator hums and the street is quiet " * 60  # 2,520 characters
    replies = await chat.send(note)
    assert "Thank you for checking in" in text_of(replies)
    async with app.store.transaction() as tx:
        stored = await tx.checkins(chat.user_id)
    assert [c.note for c in stored] == [note.strip()]  # nothing typed is lost


async def test_writing_longer_than_a_message_keeps_what_fits_and_says_so(
    app: App, chat: Chat
) -> None:
    await chat.send("/checkin")
    for label in ("5", "5", "Good", "Calm"):
        await chat.tap(label)
    replies = await chat.send("word " * 1000)  # more than any one answer holds
    assert "kept the first 4000 characters" in text_of(replies)
    assert "Thank you for checking in" in text_of(replies)
    async with app.store.transaction() as tx:
        stored = await tx.checkins(chat.user_id)
    assert [len(c.note or "") for c in stored] == [3999]  # cut at 4000, trailing space gone


def test_plurals_fit_the_number() -> None:
    assert render("{n} {n|entry|entries}", {"n": 1}) == "1 entry"
    assert render("{n} {n|entry|entries}", {"n": 2}) == "2 entries"
    assert render("{n} {n|entry|entries}", {"n": 0}) == "0 entries"


async def test_an_old_button_when_nothing_is_running_shows_where_we_are(chat: Chat) -> None:
    # After "I'm worried about someone else" the crisis path ends with no question; an old
    # button (or "1" typed in the terminal) must not end on "Here's where we are now:" alone.
    await chat.send("/sos")
    await chat.send("germany")
    old_payload = chat.payload_for("I'm safe for now")
    await chat.tap("I'm worried about someone else")
    replies = await chat.event(EventKind.BUTTON, payload=old_payload)
    assert "earlier question" in text_of(replies)
    assert labels_of(replies), text_of(replies)  # something to answer, not silence
