"""Daily prompts on an injected clock: DST both ways, far east and west, downtime, blocked
users, pause and resume, the gentle note, and never interrupting a conversation."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from bot import scheduler as scheduling
from bot.app import App
from bot.clock import ManualClock
from bot.engine import reply_from_dict
from bot.maintenance import tidy
from bot.prompt_times import with_next_prompt
from bot.scheduler import Scheduler
from bot.storage.records import OutboxItem, UserRecord, UserStatus
from tests.chat import Chat, labels_of, text_of


class Sent:
    """A channel that records what it was handed to send, and marks it sent."""

    def __init__(self, app: App, clock: ManualClock | None = None) -> None:
        self.app = app
        self.clock = clock
        self.items: list[OutboxItem] = []
        self.times: list[datetime] = []  # when each was handed over, given a clock

    async def __call__(self, item: OutboxItem) -> None:
        self.items.append(item)
        if self.clock is not None:
            self.times.append(self.clock.now())
        await self.app.store.mark_sent(item)

    def prompt_keys(self) -> list[str]:
        return [item.key for item in self.items]


async def add_user(
    app: App, clock: ManualClock, user_id: int, zone: str, at: str, **changes: object
) -> None:
    now = clock.now()
    user = UserRecord(user_id, created_at=now, consented_at=now, timezone=zone, prompt_time=at)
    user = with_next_prompt(replace(user, **changes), now)  # type: ignore[arg-type]
    async with app.store.transaction() as tx:
        await tx.save_user(user)


async def run_minutes(scheduler: Scheduler, clock: ManualClock, sent: Sent, minutes: int) -> None:
    """Let the schedule run as the runner does, a tick a minute, without waiting; the
    minutes in which no tick could find anything (nobody due within the look-ahead, no
    claim waiting) are jumped over, as a clock would pass them."""
    end = clock.now() + timedelta(minutes=minutes)
    while clock.now() < end:
        idle_until = await _nothing_to_do_until(scheduler)
        if idle_until is not None and idle_until > clock.now() + timedelta(minutes=1):
            whole = (idle_until - clock.now()) // timedelta(minutes=1)
            clock.advance(timedelta(minutes=min(whole, (end - clock.now()) // _MINUTE)))
            continue
        clock.advance(_MINUTE)
        await scheduler.tick()
        await scheduler.send_due(sent)


_MINUTE = timedelta(minutes=1)


async def _nothing_to_do_until(scheduler: Scheduler) -> datetime | None:
    """Return the last minute before which a tick can find nothing; None if it may now."""
    db = scheduler.store.db
    waiting = await db.execute_fetchall("SELECT COUNT(*) FROM prompts WHERE state = 'due'")
    if next(iter(waiting))[0]:
        return None
    rows = await db.execute_fetchall(
        "SELECT MIN(next_prompt_at) FROM users WHERE next_prompt_at IS NOT NULL "
        "AND status = 'active' AND paused = 0"
    )
    first = next(iter(rows))[0]
    if first is None:
        return datetime.max.replace(tzinfo=UTC)
    return datetime.fromisoformat(first) - scheduler.lookahead - _MINUTE


def days_prompted(sent: Sent, user_id: int) -> Counter[str]:
    return Counter(
        key.rsplit(":", 1)[1] for key in sent.prompt_keys() if key.startswith(f"prompt:{user_id}:")
    )


async def test_a_prompt_in_the_spring_forward_gap_comes_once(app: App, clock: ManualClock) -> None:
    clock.set(datetime(2026, 3, 7, 12, 0, tzinfo=UTC))
    await add_user(app, clock, 1, "America/New_York", "02:30")
    sent = Sent(app)
    scheduler = Scheduler(app.store, app.engine, clock)
    await run_minutes(scheduler, clock, sent, 3 * 24 * 60)
    assert days_prompted(sent, 1) == {"2026-03-08": 1, "2026-03-09": 1, "2026-03-10": 1}
    times = [i for i in sent.items if i.key == "prompt:1:2026-03-08"]
    assert "check-in time" in reply_from_dict(times[0].replies[0]).text


async def test_a_prompt_in_the_fall_back_hour_comes_once(app: App, clock: ManualClock) -> None:
    clock.set(datetime(2026, 10, 31, 12, 0, tzinfo=UTC))
    await add_user(app, clock, 2, "America/New_York", "01:30")
    sent = Sent(app)
    scheduler = Scheduler(app.store, app.engine, clock)
    await run_minutes(scheduler, clock, sent, 2 * 24 * 60)
    assert days_prompted(sent, 2) == {"2026-11-01": 1, "2026-11-02": 1}


async def test_far_east_and_far_west_of_utc_get_their_own_morning(
    app: App, clock: ManualClock
) -> None:
    clock.set(datetime(2026, 6, 1, 0, 0, tzinfo=UTC))
    await add_user(app, clock, 3, "Pacific/Kiritimati", "08:00")  # UTC+14
    await add_user(app, clock, 4, "Pacific/Pago_Pago", "08:00")  # UTC-11
    sent = Sent(app)
    scheduler = Scheduler(app.store, app.engine, clock)
    moments: dict[str, datetime] = {}

    async def deliver(item: OutboxItem) -> None:
        moments[item.key] = clock.now()
        await sent(item)

    for _ in range(24 * 60):
        clock.advance(timedelta(minutes=1))
        await scheduler.tick()
        await scheduler.send_due(deliver)
    # 08:00 on 2 June in Kiritimati is 18:00 UTC on 1 June; in Pago Pago 19:00 UTC.
    assert moments["prompt:3:2026-06-02"] == datetime(2026, 6, 1, 18, 0, tzinfo=UTC)
    assert moments["prompt:4:2026-06-01"] == datetime(2026, 6, 1, 19, 0, tzinfo=UTC)


async def test_after_five_hours_down_only_prompts_within_the_window_are_sent(
    app: App, clock: ManualClock
) -> None:
    clock.set(datetime(2026, 11, 2, 7, 0, tzinfo=UTC))
    await add_user(app, clock, 5, "Europe/London", "08:00")  # 5 hours late on return
    await add_user(app, clock, 6, "Europe/London", "11:30")  # 90 minutes late
    clock.set(datetime(2026, 11, 2, 13, 0, tzinfo=UTC))  # back up after downtime
    sent = Sent(app)
    restarted = Scheduler(app.store, app.engine, clock)  # nothing carried in memory
    claimed, skipped = await restarted.tick()
    assert (claimed, skipped) == (1, 1)
    await restarted.send_due(sent)
    assert sent.prompt_keys() == ["prompt:6:2026-11-02"]
    await run_minutes(restarted, clock, sent, 24 * 60)
    assert days_prompted(sent, 5) == {"2026-11-03": 1}  # skipped, not piled up
    assert days_prompted(sent, 6) == {"2026-11-02": 1, "2026-11-03": 1}


async def test_a_blocked_user_is_not_prompted(app: App, clock: ManualClock) -> None:
    await add_user(app, clock, 7, "UTC", "09:30")
    async with app.store.transaction() as tx:
        await tx.set_status(7, UserStatus.BLOCKED)
    sent = Sent(app)
    await run_minutes(Scheduler(app.store, app.engine, clock), clock, sent, 2 * 24 * 60)
    assert sent.items == []


async def test_pause_from_the_prompt_and_resume_in_settings(app: App, clock: ManualClock) -> None:
    await add_user(app, clock, 8, "UTC", "09:30")
    sent = Sent(app)
    scheduler = Scheduler(app.store, app.engine, clock)
    await run_minutes(scheduler, clock, sent, 60)
    assert days_prompted(sent, 8) == {"2026-11-02": 1}
    chat = Chat(app, user_id=8)
    chat.shown.extend(reply_from_dict(body) for body in sent.items[-1].replies)
    assert labels_of(chat.shown) == ["Check in now", "Not today", "Pause reminders"]
    replies = await chat.tap("Pause reminders")
    assert "Reminders are paused" in text_of(replies)
    await run_minutes(scheduler, clock, sent, 3 * 24 * 60)
    assert days_prompted(sent, 8) == {"2026-11-02": 1}
    await chat.send("/settings")
    replies = await chat.tap("Pause or resume reminders")
    assert "back on" in text_of(replies)
    await run_minutes(scheduler, clock, sent, 24 * 60)
    assert days_prompted(sent, 8) == {"2026-11-02": 1, "2026-11-06": 1}


async def test_check_in_now_starts_the_check_in(app: App, clock: ManualClock) -> None:
    await add_user(app, clock, 9, "UTC", "09:05")
    sent = Sent(app)
    await run_minutes(Scheduler(app.store, app.engine, clock), clock, sent, 10)
    chat = Chat(app, user_id=9)
    chat.shown.extend(reply_from_dict(body) for body in sent.items[-1].replies)
    replies = await chat.tap("Check in now")
    assert "How present" in text_of(replies)


async def test_someone_mid_conversation_is_not_interrupted(app: App, clock: ManualClock) -> None:
    await add_user(app, clock, 10, "UTC", "09:05")
    chat = Chat(app, user_id=10)
    await chat.send("/journal")
    await chat.tap("What happened, what I felt, what I needed")
    sent = Sent(app)
    scheduler = Scheduler(app.store, app.engine, clock)
    await run_minutes(scheduler, clock, sent, 8)
    assert sent.items == []  # due at 09:05, but they wrote at 09:00
    replies = await chat.send("a walk by the canal")
    assert "What did you feel" in text_of(replies)
    await run_minutes(scheduler, clock, sent, 15)
    assert sent.prompt_keys() == ["prompt:10:2026-11-02"]  # once they had paused for a while
    chat.shown.extend(reply_from_dict(body) for body in sent.items[-1].replies)
    replies = await chat.tap("Not today")
    assert "Carry on" in labels_of(replies)  # the journal entry waits to be finished


async def test_three_quiet_days_bring_one_gentle_note_a_week(app: App, clock: ManualClock) -> None:
    await add_user(app, clock, 11, "UTC", "10:00")
    sent = Sent(app)
    scheduler = Scheduler(app.store, app.engine, clock)
    await run_minutes(scheduler, clock, sent, 11 * 24 * 60)
    texts = {
        item.key.rsplit(":", 1)[1]: reply_from_dict(item.replies[0]).text for item in sent.items
    }
    nudges = sorted(day for day, text in texts.items() if "few days since" in text)
    assert nudges == ["2026-11-05", "2026-11-12"]
    assert len(texts) == 11  # a prompt every day, the note instead of it twice


async def test_the_next_prompt_follows_a_new_time_zone(app: App, clock: ManualClock) -> None:
    await add_user(app, clock, 12, "Europe/London", "20:00")
    chat = Chat(app, user_id=12)
    await chat.send("/settings")
    await chat.tap("Time zone")
    await chat.send("Tokyo")
    user = await chat.user()
    assert user is not None
    assert user.next_prompt_on == date(2026, 11, 2)
    assert user.next_prompt_at == datetime(2026, 11, 2, 11, 0, tzinfo=UTC)  # 20:00 in Tokyo


async def test_a_crisis_message_answering_a_prompt_gets_crisis_lines(
    app: App, clock: ManualClock
) -> None:
    await add_user(app, clock, 13, "UTC", "09:05")
    sent = Sent(app)
    await run_minutes(Scheduler(app.store, app.engine, clock), clock, sent, 10)
    chat = Chat(app, user_id=13)
    replies = await chat.send("not really, i want to end my life")
    assert "Thank you for telling me" in replies[0].text
    assert "your local emergency number" in text_of(replies)
    assert "Which country are you in?" in text_of(replies)


async def test_a_crowded_minute_is_claimed_over_the_ticks_before_it_and_sent_on_time(
    app: App, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scheduling, "AHEAD_BATCH", 5)
    for user_id in range(100, 112):  # 12 people at the same minute, 5 claims a tick
        await add_user(app, clock, user_id, "UTC", "09:30")
    scheduler = Scheduler(app.store, app.engine, clock)
    moments: list[datetime] = []

    async def deliver(item: OutboxItem) -> None:
        moments.append(clock.now())
        await app.store.mark_sent(item)

    claims = []
    for _ in range(40):
        clock.advance(timedelta(minutes=1))
        claimed, _ = await scheduler.tick()
        claims.append(claimed)
        await scheduler.send_due(deliver)
    assert max(claims) == 5
    assert sum(claims[:29]) == 12  # all claimed before 09:30...
    assert moments == [datetime(2026, 11, 2, 9, 30, tzinfo=UTC)] * 12  # ...none sent early


async def test_a_new_reminder_time_replaces_a_prompt_already_claimed(
    app: App, clock: ManualClock
) -> None:
    await add_user(app, clock, 16, "UTC", "09:30")
    scheduler = Scheduler(app.store, app.engine, clock)
    clock.set(datetime(2026, 11, 2, 9, 25, tzinfo=UTC))
    assert await scheduler.tick() == (1, 0)  # claimed ahead of 09:30
    chat = Chat(app, user_id=16)
    await chat.send("/settings")
    await chat.tap("Reminder time")
    await chat.send("18:00")
    clock.advance(timedelta(minutes=20))  # long enough not to count as talking
    sent = Sent(app, clock)
    await run_minutes(scheduler, clock, sent, 9 * 60)
    assert [item.key for item in sent.items] == ["prompt:16:2026-11-02"]
    assert sent.times == [datetime(2026, 11, 2, 18, 0, tzinfo=UTC)]  # not at 09:30


async def test_a_pause_after_the_prompt_was_claimed_stops_it(app: App, clock: ManualClock) -> None:
    await add_user(app, clock, 17, "UTC", "09:30")
    scheduler = Scheduler(app.store, app.engine, clock)
    clock.set(datetime(2026, 11, 2, 9, 25, tzinfo=UTC))
    await scheduler.tick()
    chat = Chat(app, user_id=17)
    await chat.send("/settings")
    await chat.tap("Pause or resume reminders")
    clock.advance(timedelta(minutes=20))
    sent = Sent(app)
    await run_minutes(scheduler, clock, sent, 2 * 24 * 60)
    assert sent.items == []


async def test_someone_talking_does_not_hold_back_everyone_elses_prompt(
    app: App, clock: ManualClock
) -> None:
    await add_user(app, clock, 18, "UTC", "09:05")
    await add_user(app, clock, 19, "UTC", "09:06")
    await Chat(app, user_id=18).send("/menu")  # the first due is mid-conversation
    scheduler = Scheduler(app.store, app.engine, clock)
    sent = Sent(app)
    clock.set(datetime(2026, 11, 2, 9, 6, tzinfo=UTC))
    await scheduler.tick()
    await scheduler.send_due(sent, limit=1)  # even with room for one only
    assert sent.prompt_keys() == ["prompt:19:2026-11-02"]


async def test_one_failing_prompt_does_not_stop_the_others(app: App, clock: ManualClock) -> None:
    for user_id in (20, 21, 22):
        await add_user(app, clock, user_id, "UTC", "09:05")
    scheduler = Scheduler(app.store, app.engine, clock)
    sent = Sent(app)

    async def deliver(item: OutboxItem) -> None:
        if item.user_id == 21:
            raise RuntimeError("the network went away")
        await sent(item)

    clock.set(datetime(2026, 11, 2, 9, 5, tzinfo=UTC))
    await scheduler.tick()
    await scheduler.send_due(deliver)
    assert sorted(sent.prompt_keys()) == ["prompt:20:2026-11-02", "prompt:22:2026-11-02"]


async def test_past_prompts_are_pruned_after_a_week_but_today_still_counts(
    app: App, clock: ManualClock
) -> None:
    await add_user(app, clock, 23, "UTC", "09:30")
    sent = Sent(app)
    scheduler = Scheduler(app.store, app.engine, clock)
    await run_minutes(scheduler, clock, sent, 10 * 24 * 60 + 60)  # to 10:00 on 12 Nov
    await tidy(app.store, clock, None)  # what goes: the storage contract suite
    async with app.store.transaction() as tx:
        assert await tx.last_prompt_day(23) == date(2026, 11, 12)
    await run_minutes(scheduler, clock, sent, 60)
    assert days_prompted(sent, 23)["2026-11-12"] == 1  # never twice in a day


def test_quiet_hours_hold_a_prompt_until_they_end() -> None:
    now = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)
    user = UserRecord(
        14,
        created_at=now,
        timezone="Europe/Berlin",
        prompt_time="23:30",
        quiet_start="22:00",
        quiet_end="08:00",
    )
    planned = with_next_prompt(user, now)
    assert planned.next_prompt_at == datetime(2026, 11, 3, 7, 0, tzinfo=UTC)  # 08:00 Berlin
    awake = with_next_prompt(replace(user, prompt_time="21:00"), now)
    assert awake.next_prompt_at == datetime(2026, 11, 2, 20, 0, tzinfo=UTC)  # before quiet


def test_no_prompt_is_planned_while_paused_or_without_a_time() -> None:
    now = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)
    user = UserRecord(15, created_at=now, timezone="UTC", prompt_time="09:00")
    assert with_next_prompt(replace(user, paused=True), now).next_prompt_at is None
    assert with_next_prompt(replace(user, prompt_time=None), now).next_prompt_at is None
