"""Daily prompts at scale.

1. Tick: 100,000 users with prompt times spread over the day, 10,000 of them at the same
   minute. Prints the cost of a tick in an ordinary minute and in that burst minute, and
   resident memory before and after the users exist.
2. Drain: the real bot (PTB, rate limiter, sender) against a fake Bot API on loopback that
   refuses more than 30 messages a second, with N prompts due at once while a few people
   chat. Prints how long the prompts take to go out and the p50/p99 latency of replies to
   the people chatting meanwhile.

    .venv/bin/python bench/scheduler.py [--users 100000] [--burst 10000] [--drain 10000]
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

from bot.app import open_app  # noqa: E402
from bot.clock import ManualClock  # noqa: E402
from bot.scheduler import LOOKAHEAD, Scheduler  # noqa: E402
from bot.telegram.runner import started  # noqa: E402
from tests.conftest import make_settings  # noqa: E402
from tests.telegram.fake_api import TOKEN, FakeTelegram, text_update  # noqa: E402

# A person chatting reads the answer and writes again after this many seconds.
THINK = 3.0


def rss_mib() -> float:
    return psutil.Process().memory_info().rss / 2**20


async def seed(db: object, users: range, due: list[datetime], now: datetime) -> None:
    """Insert consented users with prompt times, due at the given moments (cycled); in
    slices, so the rows built here never weigh on the memory measured."""
    stamp = now.isoformat()
    for first in range(users.start, users.stop, 5_000):
        rows = []
        for user in range(first, min(first + 5_000, users.stop)):
            moment = due[(user - users.start) % len(due)]
            rows.append(
                (
                    user,
                    stamp,
                    stamp,
                    "UTC",
                    moment.strftime("%H:%M"),
                    moment.isoformat(),
                    moment.date().isoformat(),
                )
            )
        await db.executemany(  # type: ignore[attr-defined]
            "INSERT INTO users (user_id, created_at, consented_at, timezone, prompt_time, "
            "next_prompt_at, next_prompt_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


async def bench_tick(users: int, burst: int) -> None:
    start = datetime(2026, 11, 2, 0, 0, tzinfo=UTC)
    clock = ManualClock(start)
    with tempfile.TemporaryDirectory() as folder:
        settings = make_settings(Path(folder))
        async with open_app(settings, clock) as app:
            before = rss_mib()
            burst_at = start + timedelta(hours=12)
            await seed(app.store.db, range(burst), [burst_at], start)
            with_burst = rss_mib()
            minutes = [start + timedelta(minutes=m) for m in range(1, 24 * 60)]
            await seed(app.store.db, range(burst, users), minutes, start)
            after = rss_mib()
            scheduler = Scheduler(app.store, app.engine, clock)
            clock.advance(timedelta(minutes=1))
            await scheduler.tick()  # the first tick also claims the minutes just ahead
            ordinary = []
            for _ in range(30):
                clock.advance(timedelta(minutes=1))
                began = time.perf_counter()
                await scheduler.tick()
                ordinary.append(time.perf_counter() - began)
            clock.set(burst_at - LOOKAHEAD - timedelta(minutes=5))
            await scheduler.tick()  # catch up the hours skipped by the bench (not timed)
            around: list[tuple[datetime, int, float]] = []
            while clock.now() < burst_at + timedelta(minutes=2):
                clock.advance(timedelta(minutes=1))
                began = time.perf_counter()
                claimed, _ = await scheduler.tick()
                around.append((clock.now(), claimed, time.perf_counter() - began))
            rows = await app.store.db.execute_fetchall(
                "SELECT COUNT(*) FROM prompts WHERE due_at = ?", (burst_at.isoformat(),)
            )
            ready = next(iter(rows))[0]
            print(
                f"RSS: no users {before:.0f} MiB, {burst:,} users {with_burst:.0f} MiB, "
                f"{users:,} users {after:.0f} MiB, after the ticks {rss_mib():.0f} MiB"
            )
            print(
                f"tick, ordinary minute (~{(users - burst) // 1439} due): "
                f"median {statistics.median(ordinary) * 1000:.1f} ms, "
                f"max {max(ordinary) * 1000:.1f} ms"
            )
            worst = max(cost for _, _, cost in around)
            spread = ", ".join(
                f"{at:%H:%M} {claimed:,} in {cost * 1000:.1f} ms"
                for at, claimed, cost in around
                if claimed > 100
            )
            print(
                f"ticks around a minute with {burst:,} due: worst {worst * 1000:.1f} ms; "
                f"{ready:,} claimed by {burst_at:%H:%M} ({spread})"
            )


async def bench_drain(count: int, chatters: int) -> None:
    fake = FakeTelegram(max_per_second=30, max_per_chat_second=4)
    await fake.start()
    with tempfile.TemporaryDirectory() as folder:
        settings = make_settings(
            Path(folder), TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=fake.base_url
        )
        now = datetime.now(UTC)
        async with open_app(settings) as app:
            await seed(app.store.db, range(1, count + 1), [now - timedelta(seconds=5)], now)
        latencies: list[float] = []
        chatting = [10_000_000 + n for n in range(chatters)]

        async def chat(user: int, stop: asyncio.Event) -> None:
            while not stop.is_set():
                before = fake.delivered[user]
                began = time.perf_counter()
                fake.push(text_update(user, "/menu"))  # answered in one message
                await fake.wait_for(lambda seen=before: fake.delivered[user] > seen, within=60)
                latencies.append(time.perf_counter() - began)
                await asyncio.sleep(THINK)

        async with open_app(settings) as app, started(settings, app, delivery_backoff=0.05):
            began = time.perf_counter()
            stop = asyncio.Event()
            talkers = [asyncio.create_task(chat(user, stop)) for user in chatting]

            def prompts_out() -> bool:
                replies = sum(fake.delivered[user] for user in chatting)
                return fake.delivered.total() - replies >= count

            await fake.wait_for(prompts_out, within=count / 10 + 120)
            took = time.perf_counter() - began
            stop.set()
            await asyncio.gather(*talkers)
    await fake.stop()
    per_chat = collections.Counter(fake.delivered[user] for user in range(1, count + 1))
    print(f"messages per prompted user: {dict(sorted(per_chat.items()))}")
    ordered = sorted(latencies)
    refused = sum(1 for c in fake.calls if c.result is None and c.method == "sendMessage")
    sends = fake.delivered.total()
    print(
        f"drain: {count:,} prompts due at once went out in {took:.1f} s "
        f"({count / took:.1f}/s; all sends {sends / took:.1f}/s; {refused} refused by the "
        "fake's limits of 30/s and 4 a second to one chat)"
    )
    print(
        f"replies to {chatters} people chatting meanwhile: {len(ordered)} replies, "
        f"p50 {statistics.median(ordered) * 1000:.0f} ms, "
        f"p99 {ordered[int(len(ordered) * 0.99)] * 1000:.0f} ms"
    )


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--burst", type=int, default=10_000)
    parser.add_argument("--drain", type=int, default=10_000)
    parser.add_argument("--chatters", type=int, default=10)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    await bench_tick(args.users, args.burst)
    if args.drain:
        await bench_drain(args.drain, args.chatters)


if __name__ == "__main__":
    asyncio.run(main())
