"""After someone answers "no" to the direct question about suicide, the model's unsure
verdicts don't ask it again at every heavy sentence for the rest of the day; a rule, a
confident verdict, or the next day still do."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.app import SAFETY_FLOWS, App
from bot.clock import ManualClock
from bot.engine.safety_path import said_no_lately
from bot.engine.session import Session
from bot.safety.levels import MODEL_RULE, Kind, Level, Verdict
from bot.storage import Priority
from tests.chat import Chat, text_of

ASKED = "are you having thoughts of suicide"


def fake_screen(text: str) -> Verdict:
    """Unsure for lines starting 'heavy', a rule's concern for 'rule', crisis for 'crisis'."""
    if text.startswith("heavy"):
        return Verdict(Level.CONCERN, MODEL_RULE, Kind.SELF)
    if text.startswith("rule"):
        return Verdict(Level.CONCERN, "a_concern_rule", Kind.SELF)
    if text.startswith("danger"):
        return Verdict(Level.CONCERN, MODEL_RULE, Kind.DANGER)
    if text.startswith("crisis"):
        return Verdict(Level.CRISIS, "a_crisis_rule", Kind.SELF)
    return Verdict(Level.NONE)


@pytest.fixture
async def chat(app: App, monkeypatch: pytest.MonkeyPatch) -> Chat:
    monkeypatch.setattr(app.engine, "_screen", fake_screen)
    chat = Chat(app)
    await chat.consent()
    assert ASKED in text_of(await chat.send("heavy: i feel like a ghost in my own life"))
    await chat.tap("No")
    await chat.tap("Not now")
    return chat


async def test_after_a_no_an_unsure_verdict_does_not_ask_again(chat: Chat) -> None:
    replies = await chat.send("heavy: everything is grey and i can't feel anything")
    assert replies, "the message must still be answered"
    assert ASKED not in text_of(replies)
    assert not chat.crisis


async def test_a_rule_still_asks_after_a_no(chat: Chat) -> None:
    assert ASKED in text_of(await chat.send("rule: a phrase a concern rule knows"))


async def test_a_crisis_still_gives_lines_and_undoes_the_no(chat: Chat) -> None:
    await chat.send("crisis: a message that signals risk")
    assert chat.crisis
    await chat.send("/cancel")
    assert ASKED in text_of(await chat.send("heavy: still heavy"))


async def test_the_next_day_an_unsure_verdict_asks_again(chat: Chat, clock: ManualClock) -> None:
    clock.advance(timedelta(hours=13))
    assert ASKED in text_of(await chat.send("heavy: another heavy day"))


async def test_the_no_survives_a_restart(chat: Chat, app: App) -> None:
    # The session is stored: what holds is read back from the database, not memory.
    async with app.store.transaction() as tx:
        session = (await tx.load_turn("", chat.user_id)).session
    assert session is not None
    assert session.get("said_no_at")


async def test_a_no_about_suicide_does_not_quiet_an_unsure_verdict_of_danger(chat: Chat) -> None:
    replies = await chat.send("danger: he keeps following me home")
    assert "You deserve to be safe" in text_of(replies)


async def test_a_yes_after_a_rule_asks_again_undoes_the_no(chat: Chat) -> None:
    assert ASKED in text_of(await chat.send("rule: a phrase a concern rule knows"))
    await chat.tap("Yes")
    await chat.send("/cancel")
    assert ASKED in text_of(await chat.send("heavy: still so heavy"))


async def test_rather_not_say_undoes_the_no(chat: Chat) -> None:
    await chat.send("rule: a phrase a concern rule knows")
    await chat.tap("I'd rather not say")
    await chat.send("/cancel")
    assert ASKED in text_of(await chat.send("heavy: still so heavy"))


@pytest.mark.parametrize("stored", ["2026-12-04T10:00:00", "2026-12-04", 123, "garbage"])
async def test_a_stored_no_that_is_not_a_time_with_its_zone_asks(
    app: App, monkeypatch: pytest.MonkeyPatch, stored: object
) -> None:
    monkeypatch.setattr(app.engine, "_screen", fake_screen)
    chat = Chat(app)
    await chat.consent()
    async with app.store.transaction() as tx:
        now = app.engine.clock.now()
        await tx.commit_turn("seed", chat.user_id, {"said_no_at": stored}, [], Priority.REPLY, now)
    assert ASKED in text_of(await chat.send("heavy: i feel like a ghost"))


def test_said_no_lately_never_raises() -> None:
    now = datetime(2026, 12, 4, 12, tzinfo=UTC)
    for stored in ["2026-12-04T10:00:00", "2026-12-04", "garbage", "2026-12-04T11:00:00+00:00"]:
        lately = said_no_lately(Session(said_no_at=stored), now)
        assert lately is (stored == "2026-12-04T11:00:00+00:00")
    assert Session.from_dict({"said_no_at": 123}).said_no_at is None


def test_every_answer_to_a_risk_undoes_the_no_at_its_first_step(app: App) -> None:
    """A crisis, an emergency, danger or worry about someone: an earlier "no" no longer
    holds, so each flow a verdict can start (but the direct question) forgets it at once."""
    flows = app.engine.runtime.flows
    for flow_id in set(SAFETY_FLOWS.values()) - {"concern"}:
        flow = flows[flow_id]
        assert "forget_said_no" in flow.steps[flow.start].do, flow_id


async def test_heavy_words_let_through_after_a_no_are_heard_not_just_filed(chat: Chat) -> None:
    """Not asked again, and not the stock reply alone: heard, with /sos named."""
    await chat.send("/menu")
    said = text_of(await chat.send("heavy: everything is grey and i can't feel anything"))
    assert "That sounds heavy" in said
    assert "/sos" in said
    assert "three things we could do" in said
    calm = text_of(await chat.send("my cat knocked a plant over"))
    assert "three things we could do" in calm
    assert "That sounds heavy" not in calm
