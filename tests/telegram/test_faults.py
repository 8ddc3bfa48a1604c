"""Faults on several workers: three `reconnect run` webhook workers (real processes) on one
PostgreSQL, under load from the fake Bot API through a forwarder that re-sends an update
another worker did not take (a failure, no answer, a dropped connection), as Telegram does.
One worker is killed with SIGKILL mid-load, then PostgreSQL is restarted, and the load goes
on: every update gets its one reply, none twice, each handled once, and the two workers
left carry on after the restart without being restarted themselves.

What the test cannot aim at, it rules out by construction: a reply is known sent only once
the outbox marks it, one statement after Telegram accepted it (bot/telegram/delivery.py:
without an idempotency key in the Bot API, at least once toward Telegram is inherent). So
the worker is killed while the fake Bot API holds every send unanswered, and only once each
reply it had already accepted is marked: none can be in that gap. What the dead worker had
committed and not sent is sent by another once its lease (short here) runs out.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import httpx
import psycopg
import pytest

from bench.cluster import free_port, run_bot, stop_all
from tests.conftest import TEST_KEY
from tests.pg import SKIP_REASON
from tests.telegram.fake_api import TOKEN, text_update
from tests.telegram.webhooks import Forwarder, WebhookTelegram, Worker, wait_listening

SECRET = "fault-secret"
USERS = 20
STEPS = ("/help", "hello")  # each answered with one message, whatever came before
STAGES = (3, 3, 3)  # steps before the kill, between the kill and the restart, after it
LEASE = "10"  # seconds a dead worker's outbox items stay held: above a restart's length
WITHIN = 60.0  # the most any condition is waited for


@pytest.fixture
def server_tools() -> tuple[Path, Path, str]:
    """Return the server's folder, pg_ctl's folder and its owner (empty: this user), as
    .ci/pg-up exports them, or skip saying how to start one."""
    folder = os.environ.get("RECONNECT_TEST_POSTGRES_DIR", "")
    tools = os.environ.get("RECONNECT_TEST_POSTGRES_BIN", "")
    if not folder or not tools:
        pytest.skip(f"{SKIP_REASON}; the fault test restarts the server pg-up started")
    return Path(folder), Path(tools), os.environ.get("RECONNECT_TEST_POSTGRES_OWNER", "")


async def restart_postgres(folder: Path, tools: Path, owner: str) -> None:
    """Restart the test server (fast: every connection is cut), waiting until it is back."""
    command = [str(tools / "pg_ctl"), "-D", str(folder / "data"), "-l"]
    command += [str(folder / "server.log"), "-m", "fast", "-w", "-t", "60", "restart"]
    if owner:
        command = ["runuser", "-u", owner, "--", *command]
    process = await asyncio.create_subprocess_exec(*command, stdout=subprocess.DEVNULL)
    assert await process.wait() == 0


async def until(condition: Callable[[], object], what: str) -> None:
    """Wait (polling, with a deadline) until ``condition`` (maybe a coroutine) holds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + WITHIN
    while True:
        held = condition()
        if asyncio.iscoroutine(held):
            held = await held
        if held:
            return
        if loop.time() > deadline:
            raise AssertionError(f"still not so after {WITHIN:.0f}s: {what}")
        await asyncio.sleep(0.05)


class Load:
    """Users in a closed loop (the next message once the last was answered), in stages."""

    def __init__(self, fake: WebhookTelegram) -> None:
        self.fake = fake
        self.pushed: dict[int, list[int]] = {7_000 + n: [] for n in range(USERS)}
        self.stage_over = [asyncio.Event() for _ in STAGES]  # set when the fault is done

    def answered(self) -> int:
        return sum(self.fake.delivered[user] for user in self.pushed)

    async def user(self, user_id: int) -> None:
        step = 0
        for stage, steps in enumerate(STAGES):
            if stage:
                await self.stage_over[stage - 1].wait()
            for _ in range(steps):
                update = self.fake.push(text_update(user_id, STEPS[step % len(STEPS)]))
                self.pushed[user_id].append(int(update["update_id"]))
                step += 1
                await self.fake.wait_for(
                    lambda step=step: self.fake.delivered[user_id] >= step, within=WITHIN
                )

    def accepted_unmarked(self, keys: list[str]) -> list[str]:
        """Return the outbox keys whose reply the fake has delivered (each user's n-th
        update is answered by their n-th message)."""
        where = {
            f"tg:{update_id}": (user_id, n)
            for user_id, updates in self.pushed.items()
            for n, update_id in enumerate(updates)
        }
        return [
            key
            for key in keys
            if key in where and self.fake.delivered[where[key][0]] > where[key][1]
        ]


async def outbox_keys(dsn: str) -> list[str]:
    async with await psycopg.AsyncConnection.connect(dsn) as db:
        rows = await (await db.execute("SELECT key FROM outbox")).fetchall()
    return [str(key) for (key,) in rows]


async def healthy(port: int) -> bool:
    async with httpx.AsyncClient() as client:
        try:
            answer = await client.get(f"http://127.0.0.1:{port}/healthz", timeout=5)
        except httpx.HTTPError:
            return False
    return answer.status_code == 200


@pytest.fixture
async def cluster(
    server_tools: tuple[Path, Path, str], pg_dsn: str, tmp_path: Path
) -> AsyncIterator[tuple[WebhookTelegram, Forwarder, list[asyncio.subprocess.Process], list[int]]]:
    """Three webhook workers on one database behind a forwarder, each with /healthz."""
    workers = [Worker(free_port()) for _ in range(3)]
    forwarder = Forwarder(workers, SECRET, timeout=15)
    fake = WebhookTelegram(forwarder=forwarder)
    await fake.start()
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path),
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "RECONNECT_DATABASE": pg_dsn,
        "RECONNECT_ENCRYPTION_KEY": TEST_KEY,
        "RECONNECT_LOG_LEVEL": "ERROR",
        "RECONNECT_SEND_RATE": "10000",
        "RECONNECT_WORKERS": "3",
        "RECONNECT_OUTBOX_LEASE_SECONDS": LEASE,
        "RECONNECT_WEBHOOK_SECRET": SECRET,
        "RECONNECT_WEBHOOK_LISTEN": "127.0.0.1",
    }
    health = [free_port() for _ in workers]
    processes = [
        await run_bot(
            env,
            RECONNECT_WEBHOOK_URL=f"http://127.0.0.1:{worker.port}/{worker.path}",
            RECONNECT_WEBHOOK_PORT=str(worker.port),
            RECONNECT_METRICS_PORT=str(port),
        )
        for worker, port in zip(workers, health, strict=True)
    ]
    try:
        await fake.wait_for(lambda: sum(c.method == "setWebhook" for c in fake.calls) >= 3, 120)
        for worker in workers:
            await wait_listening(worker)
        yield fake, forwarder, processes, health
    finally:
        fake.sends_open.set()
        await stop_all(processes)
        await forwarder.close()
        await fake.stop()


async def test_a_worker_killed_and_postgres_restarted_lose_and_double_nothing(
    cluster: tuple[WebhookTelegram, Forwarder, list[asyncio.subprocess.Process], list[int]],
    pg_dsn: str,
    server_tools: tuple[Path, Path, str],
) -> None:
    folder, tools, owner = server_tools
    fake, forwarder, processes, health = cluster
    victim, *survivors = processes
    load = Load(fake)
    users = [asyncio.create_task(load.user(user_id)) for user_id in load.pushed]
    try:
        # Mid-load (replies still coming), hold every send, wait until each reply Telegram
        # accepted is marked sent, then kill a worker: it dies holding turns in progress,
        # replies committed and not sent, and webhook posts not answered.
        await until(lambda: load.answered() >= USERS * 2, "the first stage under way")
        fake.sends_open.clear()
        await until(
            lambda: _none_unmarked(load, pg_dsn), "every accepted reply marked before the kill"
        )
        victim.send_signal(signal.SIGKILL)
        await victim.wait()
        fake.sends_open.set()
        load.stage_over[0].set()

        # Mid-load again: restart PostgreSQL under the two workers left.
        await until(lambda: load.answered() >= USERS * 5, "the second stage under way")
        await restart_postgres(folder, tools, owner)
        restarted_from = fake.next_update_id()  # updates from here on came after the restart
        load.stage_over[1].set()
        for port in health[1:]:
            await until(lambda port=port: healthy(port), "the workers left say they are healthy")
        await asyncio.wait_for(asyncio.gather(*users), 2 * WITHIN)
    finally:
        for task in users:
            task.cancel()

    await until(lambda: _outbox_empty(pg_dsn), "the outbox emptied")
    expected = {user_id: len(updates) for user_id, updates in load.pushed.items()}
    assert sum(expected.values()) == USERS * sum(STAGES)
    replies = {user_id: fake.delivered[user_id] for user_id in expected}
    assert replies == expected  # each update answered once: nothing lost, nothing doubled
    async with await psycopg.AsyncConnection.connect(pg_dsn) as db:
        rows = await (await db.execute("SELECT event_id FROM processed_events")).fetchall()
    handled = sorted(event_id for (event_id,) in rows)
    assert handled == sorted(f"tg:{u}" for updates in load.pushed.values() for u in updates)
    # The workers left were never restarted, and took every update sent after the restart.
    assert all(process.returncode is None for process in survivors)
    late = {u: w for u, w in forwarder.taken.items() if u >= restarted_from}
    assert late
    assert set(late.values()) <= set(forwarder.workers[1:])


async def _none_unmarked(load: Load, dsn: str) -> bool:
    return not load.accepted_unmarked(await outbox_keys(dsn))


async def _outbox_empty(dsn: str) -> bool:
    return not await outbox_keys(dsn)
