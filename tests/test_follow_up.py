"""The check the day after a crisis, on an injected clock: asked for with a yes, it comes
the next day at the person's time with their lines, exactly once, and /delete erases it."""

from __future__ import annotations

import json
import shutil
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import App, open_app
from bot.clock import ManualClock
from bot.config import Settings
from bot.engine import Event, EventKind, Session, reply_from_dict
from bot.prompt_times import follow_up_moment
from bot.scheduler import Scheduler
from bot.storage.records import OutboxItem, Priority, UserRecord
from tests.chat import Chat, labels_of, text_of
from tests.conftest import ROOT, make_settings

# Stands in for the crisis conversation's last question until that flow asks it itself.
ASK_FLOW = """\
id: ask_follow_up
version: 1
title: a question at the end of a crisis conversation
needs_consent: false
start: ask
steps:
  ask:
    say: "Can I check on you tomorrow?"
    ask:
      choice:
        - {label: "Yes, check on me", value: "yes", next: plan}
        - {label: "No, thank you", value: "no", next: close}
  plan:
    do: plan_follow_up
    next: close
  close:
    say: "Thank you for staying with me."
    end: true
"""

MINUTE = timedelta(minutes=1)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """The shipped flows, and the question above beside them."""
    flows = tmp_path / "flows"
    shutil.copytree(ROOT / "flows", flows)
    (flows / "ask_follow_up.yaml").write_text(ASK_FLOW, encoding="utf-8")
    return make_settings(tmp_path, RECONNECT_FLOWS_DIR=str(flows))


@pytest.fixture
async def app(settings: Settings, clock: ManualClock) -> AsyncIterator[App]:
    async with open_app(settings, clock) as opened:
        yield opened


class Sent:
    """A channel that records what it was handed, when, and marks it sent."""

    def __init__(self, app: App, clock: ManualClock) -> None:
        self.app = app
        self.clock = clock
        self.items: list[tuple[datetime, OutboxItem]] = []

    async def __call__(self, item: OutboxItem) -> None:
        self.items.append((self.clock.now(), item))
        await self.app.store.mark_sent(item)

    def keys(self) -> list[str]:
        return [item.key for _, item in self.items]


async def save(app: App, user: UserRecord) -> None:
    async with app.store.transaction() as tx:
        await tx.save_user(user)


async def answer(chat: Chat, label: str) -> str:
    """Be asked whether the bot may check on them tomorrow, and answer."""
    event = Event(f"ask:{chat.user_id}", chat.user_id, EventKind.PROMPT, payload="ask_follow_up")
    await chat.deliver(event)
    return text_of(await chat.tap(label))


async def run_until(scheduler: Scheduler, clock: ManualClock, sent: Sent, end: datetime) -> None:
    """Tick a minute at a time, as the runner does, to ``end``; minutes in which no tick
    could find anything are passed over, as a clock would pass them."""
    db = scheduler.store.db
    while clock.now() < end:
        claimed = await db.execute_fetchall("SELECT COUNT(*) FROM prompts WHERE state = 'due'")
        rows = await db.execute_fetchall(
            "SELECT MIN(next_prompt_at) FROM users WHERE status = 'active'"
        )
        first = next(iter(rows))[0]
        if not next(iter(claimed))[0]:
            quiet_until = (
                datetime.fromisoformat(first) - scheduler.lookahead - MINUTE if first else end
            )
            if quiet_until > clock.now() + MINUTE:
                clock.set(min(quiet_until, end))
                continue
        clock.advance(MINUTE)
        await scheduler.tick()
        await scheduler.send_due(sent)


def texts(item: OutboxItem) -> str:
    return "\n".join(reply_from_dict(body).text for body in item.replies)


async def test_yes_brings_it_the_next_day_at_their_check_in_time_with_their_lines(
    app: App, clock: ManualClock
) -> None:
    now = clock.now()  # 09:00 UTC, 10:00 in Berlin
    await save(
        app,
        UserRecord(
            1,
            created_at=now,
            consented_at=now,
            country="DE",
            timezone="Europe/Berlin",
            prompt_time="19:00",
        ),
    )
    said = await answer(Chat(app, user_id=1), "Yes, check on me")
    assert "I'll check on you tomorrow at 19:00, your usual check-in time." in said
    sent = Sent(app, clock)
    await run_until(Scheduler(app.store, app.engine, clock), clock, sent, now + timedelta(days=3))
    assert sent.keys() == [
        "prompt:1:2026-11-02",  # today's usual prompt
        "prompt:1:2026-11-03",  # the check, in place of tomorrow's
        "prompt:1:2026-11-04",
    ]
    moments = {item.key: at for at, item in sent.items}
    assert moments["prompt:1:2026-11-03"] == datetime(2026, 11, 3, 18, 0, tzinfo=UTC)
    usual, check, after = (item for _, item in sent.items)
    assert "check-in time" in texts(usual)
    assert "Yesterday you said I could check on you" in texts(check)
    assert "112" in texts(check)  # Germany's emergency number, and its lines
    assert "TelefonSeelsorge" in texts(check)
    assert len(check.replies) == 1  # one message: the lines, then the question and buttons
    question = reply_from_dict(check.replies[0])
    assert question.text.endswith("\n\nHow are you today?")
    assert labels_of([question]) == ["A bit better", "About the same", "Worse", "I'm not safe"]
    assert "check-in time" in texts(after)
    user = await Chat(app, user_id=1).user()
    assert user is not None
    assert user.follow_up_at is None


async def test_without_a_daily_time_it_comes_at_this_time_tomorrow_and_nothing_after(
    app: App, clock: ManualClock
) -> None:
    clock.set(datetime(2026, 11, 2, 14, 37, tzinfo=UTC))
    stranger = Chat(app, user_id=2)  # never agreed to talk about feelings: no matter here
    said = await answer(stranger, "Yes, check on me")
    assert "I'll check on you tomorrow, around this time." in said
    user = await stranger.user()
    assert user is not None
    assert user.consented_at is None
    assert user.follow_up_at == datetime(2026, 11, 3, 14, 37, tzinfo=UTC)
    sent = Sent(app, clock)
    scheduler = Scheduler(app.store, app.engine, clock)
    await run_until(scheduler, clock, sent, clock.now() + timedelta(days=5))
    assert [(at, item.key) for at, item in sent.items] == [
        (datetime(2026, 11, 3, 14, 37, tzinfo=UTC), "prompt:2:2026-11-03")
    ]
    assert "your local emergency number" in texts(sent.items[0][1])  # no country: the directory
    user = await stranger.user()
    assert user is not None
    assert (user.follow_up_at, user.next_prompt_at) == (None, None)


async def test_no_brings_nothing(app: App, clock: ManualClock) -> None:
    now = clock.now()
    await save(app, UserRecord(3, created_at=now, consented_at=now, timezone="Europe/Dublin"))
    said = await answer(Chat(app, user_id=3), "No, thank you")
    assert said == "Thank you for staying with me."
    sent = Sent(app, clock)
    await run_until(Scheduler(app.store, app.engine, clock), clock, sent, now + timedelta(days=3))
    assert sent.items == []


async def test_it_comes_even_while_daily_prompts_are_paused_and_only_it(
    app: App, clock: ManualClock
) -> None:
    now = clock.now()
    user = UserRecord(4, created_at=now, consented_at=now, prompt_time="08:30", paused=True)
    await save(app, user)
    said = await answer(Chat(app, user_id=4), "Yes, check on me")
    assert "tomorrow at 08:30" in said
    sent = Sent(app, clock)
    await run_until(Scheduler(app.store, app.engine, clock), clock, sent, now + timedelta(days=4))
    assert [(at, item.key) for at, item in sent.items] == [
        (datetime(2026, 11, 3, 8, 30, tzinfo=UTC), "prompt:4:2026-11-03")
    ]


async def test_it_comes_once_across_a_restart_and_a_repeated_tick(
    settings: Settings, clock: ManualClock
) -> None:
    async with open_app(settings, clock) as app:
        await answer(Chat(app, user_id=5), "Yes, check on me")
        clock.set(datetime(2026, 11, 3, 9, 0, tzinfo=UTC))
        scheduler = Scheduler(app.store, app.engine, clock)
        assert await scheduler.tick() == (1, 0)
        assert await scheduler.tick() == (0, 0)  # a second tick in the same minute

        async def crash(item: OutboxItem) -> None:
            raise RuntimeError("the process dies after the turn, before it is sent")

        assert await scheduler.send_due(crash) == 0
    async with open_app(settings, clock) as app:  # the process starts again
        sent = Sent(app, clock)
        scheduler = Scheduler(app.store, app.engine, clock)
        for _ in range(2):
            await scheduler.tick()
            await scheduler.send_due(sent)
        await run_until(scheduler, clock, sent, clock.now() + timedelta(days=2))
        assert sent.items == []  # its turn ran once, before the restart
        pending = [item.key for item in await app.store.pending_outbox()]
        assert pending == ["prompt:5:2026-11-03"]  # and the sender still has it, once
        async with app.store.transaction() as tx:
            days = ("2026-11-03", "2026-11-04", "2026-11-05")
            ran = [(await tx.load_turn(f"prompt:5:{day}", 5)).seen for day in days]
        assert ran == [True, False, False]


async def test_delete_erases_it_and_export_shows_it(app: App, clock: ManualClock) -> None:
    person = Chat(app, user_id=6)
    await answer(person, "Yes, check on me")
    replies = await person.send("/export")
    exported = next(r.attachment for r in replies if r.attachment is not None)
    data = json.loads(exported.content)
    assert data["settings"]["follow_up_at"] == "2026-11-03T09:00:00+00:00"
    await person.send("/delete")
    replies = await person.tap("Yes, delete everything")
    assert "has been erased" in text_of(replies)
    assert await app.store.user(6) is None  # every table: tests/storage/test_at_rest.py
    sent = Sent(app, clock)
    await run_until(
        Scheduler(app.store, app.engine, clock), clock, sent, clock.now() + timedelta(days=2)
    )
    assert sent.items == []


async def test_a_worse_day_goes_back_to_the_crisis_path_first_in_line(
    app: App, clock: ManualClock
) -> None:
    person = Chat(app, user_id=7)
    await answer(person, "Yes, check on me")
    sent = Sent(app, clock)
    await run_until(
        Scheduler(app.store, app.engine, clock), clock, sent, clock.now() + timedelta(days=1)
    )
    assert sent.keys() == ["prompt:7:2026-11-03"]
    assert sent.items[0][1].priority is Priority.PROMPT  # the check itself is not urgent
    person.shown.extend(reply_from_dict(body) for body in sent.items[0][1].replies)
    worse = Event("worse", 7, EventKind.BUTTON, payload=person.payload_for("Worse"))
    outcome = await app.engine.handle(worse)
    assert outcome.item is not None
    assert outcome.item.priority is Priority.CRISIS  # the answer to "worse" goes first
    async with app.store.transaction() as tx:
        session = Session.from_dict((await tx.load_turn("", 7)).session)
    assert session.active is not None
    assert app.engine.runtime.is_safety_flow(session.active.flow_id)


async def test_a_better_day_is_offered_something_small_and_ends_warmly(
    app: App, clock: ManualClock
) -> None:
    person = Chat(app, user_id=8)
    await answer(person, "Yes, check on me")
    sent = Sent(app, clock)
    await run_until(
        Scheduler(app.store, app.engine, clock), clock, sent, clock.now() + timedelta(days=1)
    )
    person.shown.extend(reply_from_dict(body) for body in sent.items[0][1].replies)
    replies = await person.tap("A bit better")
    assert labels_of(replies) == ["A grounding exercise", "My safety plan", "Not now"]
    replies = await person.tap("Not now")
    assert "Thank you for letting me check on you" in text_of(replies)


def test_the_time_follows_their_zone_over_a_clock_change_and_waits_out_quiet_hours() -> None:
    # 22:30 in New York on 31 October; the clocks go back that night.
    now = datetime(2026, 11, 1, 2, 30, tzinfo=UTC)
    user = UserRecord(9, created_at=now, timezone="America/New_York")
    assert follow_up_moment(user, now) == datetime(2026, 11, 2, 3, 30, tzinfo=UTC)
    quiet = replace(user, quiet_start="22:00", quiet_end="08:00")
    assert follow_up_moment(quiet, now) == datetime(2026, 11, 1, 13, 0, tzinfo=UTC)  # 08:00
