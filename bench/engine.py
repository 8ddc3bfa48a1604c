"""Simulated users through the check-in flow against the real SQLite store.

Every event is durably committed (its own atomic unit, group-committed with other users'
turns) before the next event of that user starts; the latency measured is from handing the
event in to its replies being durable. Sent replies are dropped from the outbox beside the
conversation, as the real sender does.
Prints events per second, p50 and p99 per event, and resident memory after 10,000 and
100,000 users have sessions. Pinned to one core where the OS allows it.

    .venv/bin/python bench/engine.py [--users 100000] [--concurrency 32] [--sync NORMAL|FULL]
"""

from __future__ import annotations

import argparse
import array
import asyncio
import itertools
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.app import build_runtime
from bot.clock import ManualClock
from bot.config import Settings
from bot.engine import Engine, Event, EventKind
from bot.privacy.crypto import FieldCipher
from bot.storage import SqliteStore

ROOT = Path(__file__).resolve().parent.parent
_ids = itertools.count()


class Latencies:
    """Latencies in a histogram of fixed size (1 µs buckets up to 100 ms), so that keeping
    them costs the same for 10,000 users as for 300,000 and RSS shows the bot, not us."""

    BUCKETS = 100_000

    def __init__(self) -> None:
        self.counts = array.array("Q", bytes(8 * (self.BUCKETS + 1)))
        self.total = 0

    def clear(self) -> None:
        for micros in range(len(self.counts)):
            self.counts[micros] = 0
        self.total = 0

    def add(self, seconds: float) -> None:
        self.counts[min(int(seconds * 1_000_000), self.BUCKETS)] += 1
        self.total += 1

    def percentile(self, share: float) -> float:
        """The latency, in ms, under which ``share`` of the events fall."""
        wanted = share * self.total
        seen = 0
        for micros, count in enumerate(self.counts):
            seen += count
            if seen >= wanted:
                return micros / 1000
        return self.BUCKETS / 1000


def script(user_id: int) -> list[Event]:
    """One user's check-in, typed: command, two scores, a family of feelings, a word, a note."""
    turns = [
        (EventKind.COMMAND, "/checkin"),
        (EventKind.TEXT, str(user_id % 11)),
        (EventKind.TEXT, str((user_id * 7) % 11)),
        (EventKind.TEXT, "good"),
        (EventKind.TEXT, "calm"),
        (EventKind.TEXT, "a short note about the day"),
    ]
    return [Event(f"b{next(_ids)}", user_id, kind, text=text) for kind, text in turns]


async def run_users(
    engine: Engine,
    store: SqliteStore,
    users: range,
    concurrency: int,
    latencies: Latencies,
) -> None:
    queue: asyncio.Queue[int] = asyncio.Queue()
    for user in users:
        queue.put_nowait(user)

    sending: set[asyncio.Task[None]] = set()

    async def worker() -> None:
        while not queue.empty():
            user = queue.get_nowait()
            for event in script(user):
                started = time.perf_counter()
                item = (await engine.handle(event)).item  # once the turn is durable
                latencies.add(time.perf_counter() - started)
                if item is not None:  # as a sender would: mark it sent beside the talk
                    task = asyncio.create_task(store.mark_sent(item))
                    sending.add(task)
                    task.add_done_callback(sending.discard)

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    await asyncio.gather(*sending)


async def seed_consent(store: SqliteStore, users: range, at: datetime) -> None:
    """Give the users the consent /start would have recorded (not timed: not the workload).
    In slices, so the rows built here never weigh on the memory measured later."""
    stamp = at.isoformat()
    for first in range(users.start, users.stop, 5_000):
        await store.db.executemany(
            "INSERT INTO users (user_id, created_at, consented_at) VALUES (?, ?, ?)",
            [(user, stamp, stamp) for user in range(first, min(first + 5_000, users.stop))],
        )


def rss_mib() -> float:
    return psutil.Process().memory_info().rss / 2**20


def anon_mib() -> float:
    """Resident memory of our own (heap), without mapped files such as SQLite's -shm."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("RssAnon:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--concurrency", type=int, default=6)
    parser.add_argument("--sync", default="NORMAL", choices=["NORMAL", "FULL"])
    parser.add_argument("--pin", action=argparse.BooleanOptionalAction, default=True)
    args = parser.parse_args()
    if args.pin and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings.from_env(
            {
                "RECONNECT_DATABASE": str(Path(folder) / "bench.sqlite3"),
                "RECONNECT_FLOWS_DIR": str(ROOT / "flows"),
                "RECONNECT_DATA_DIR": str(ROOT / "data"),
            }
        )
        store = SqliteStore(
            settings.database, FieldCipher([os.urandom(32)]), synchronous=args.sync
        )
        await store.open()
        clock = ManualClock(datetime(2026, 11, 2, tzinfo=UTC))
        engine = Engine(store, clock, build_runtime(settings))
        cores = sorted(os.sched_getaffinity(0))
        print(f"synchronous={args.sync}, concurrency={args.concurrency}, cores={cores}")
        done = 0
        latencies = Latencies()
        for checkpoint in sorted({10_000, *range(100_000, args.users, 100_000), args.users}):
            if checkpoint <= done:
                continue
            await seed_consent(store, range(done, checkpoint), clock.now())
            latencies.clear()
            started = time.perf_counter()
            await run_users(engine, store, range(done, checkpoint), args.concurrency, latencies)
            elapsed = time.perf_counter() - started
            rss, anon = rss_mib(), anon_mib()
            print(
                f"users with sessions: {checkpoint:>7,}  events: {latencies.total:>9,}  "
                f"events/s: {latencies.total / elapsed:7,.0f}  "
                f"p50: {latencies.percentile(0.50):.2f} ms  "
                f"p99: {latencies.percentile(0.99):.2f} ms  "
                f"RSS: {rss:.0f} MiB (heap {anon:.0f})",
                flush=True,
            )
            done = checkpoint
        await store.close()


if __name__ == "__main__":
    asyncio.run(main())
