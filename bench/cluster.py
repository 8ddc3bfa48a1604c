"""Several workers on one PostgreSQL behind one URL, against one worker and against SQLite.

`reconnect run` in webhook mode as 1, 2 and 4 processes on one PostgreSQL (a fresh database
for each), the fake Bot API's updates posted to the workers in turn (tests/telegram/
webhooks.py: a small forwarder, as a proxy in front of them would; a post not taken is sent
again to the next worker), and `reconnect run` polling on SQLite, all in one run. The users
are bench/telegram.py's (/start, then a check-in), in a closed loop with no pause between
turns, so the bot is saturated: the figures measure what it keeps up with. Prints
updates/s, p50/p99 from an update handed in to its reply arriving at the fake API (under
that load: mostly the queue), and each against one worker.

    .venv/bin/python bench/cluster.py [--users 200] [--workers 1,2,4]

PostgreSQL: the server in RECONNECT_TEST_POSTGRES, else a throwaway one from .ci/pg-up
(stopped at the end). Everything shares this machine: the workers, PostgreSQL, the fake API,
the forwarder and the users.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import logging
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

import psycopg  # noqa: E402

from bot.privacy.crypto import new_key_text  # noqa: E402
from tests.telegram.fake_api import TOKEN, FakeTelegram  # noqa: E402
from tests.telegram.webhooks import Forwarder, WebhookTelegram, Worker, wait_listening  # noqa: E402

_spec = importlib.util.spec_from_file_location("bench_telegram", _HERE / "telegram.py")
assert _spec is not None
assert _spec.loader is not None
bench_telegram = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_telegram)

ROOT = _HERE.parent
SECRET = "bench-secret"


@dataclass(frozen=True, slots=True)
class Figures:
    updates: int
    per_second: float
    p50: float
    p99: float
    stuck: int
    resent: int
    cpu: dict[str, float]  # CPU seconds while the users ran: workers, bench, rest, idle


TICK = os.sysconf("SC_CLK_TCK")


def machine_cpu() -> tuple[float, float]:
    """Return the machine's busy and idle CPU seconds since boot (all cores)."""
    fields = [int(n) for n in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    idle = fields[3] + fields[4]
    return (sum(fields[:8]) - idle) / TICK, idle / TICK


def process_cpu(pid: int) -> float:
    """Return a process's CPU seconds so far (user and system)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


class CpuWatch:
    """CPU seconds spent, while the users ran, by the bot's processes, by this bench (the
    fake API, the forwarder and the users), by the rest (PostgreSQL, mostly), and idle."""

    def __init__(self, pids: list[int]) -> None:
        self.pids = pids
        self.machine = machine_cpu()
        self.workers = sum(process_cpu(p) for p in pids)
        self.bench = time.process_time()

    def spent(self) -> dict[str, float]:
        busy, idle = machine_cpu()
        workers = sum(process_cpu(p) for p in self.pids) - self.workers
        bench = time.process_time() - self.bench
        busy -= self.machine[0]
        return {
            "bot": workers,
            "bench": bench,
            "rest": busy - workers - bench,
            "idle": idle - self.machine[1],
        }


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def fresh_database(server: str, name: str) -> str:
    """Create an empty database ``name`` on the server; return its URL."""
    with psycopg.connect(server, autocommit=True) as db:
        db.execute(f"DROP DATABASE IF EXISTS {name}")  # type: ignore[arg-type]
        db.execute(f"CREATE DATABASE {name}")  # type: ignore[arg-type]
    base, _, _ = server.rpartition("/")
    return f"{base}/{name}"


async def drive(
    fake: FakeTelegram, users: int, pids: list[int]
) -> tuple[list[float], float, int, dict[str, float]]:
    """Run the users through the bot, no pause between turns; return the latencies, the
    time it took, how many users were left waiting and where the CPU went."""
    watch = CpuWatch(pids)
    waiter = bench_telegram.Waiter(fake)
    pump = asyncio.create_task(waiter.pump())
    latencies: list[float] = []
    began = time.perf_counter()
    outcomes = await asyncio.gather(
        *(
            bench_telegram.simulated_user(fake, waiter, 10_000 + n, 0.0, latencies)
            for n in range(users)
        ),
        return_exceptions=True,
    )
    elapsed = time.perf_counter() - began
    pump.cancel()
    for outcome in outcomes:
        if isinstance(outcome, BaseException) and not isinstance(outcome, bench_telegram.Stuck):
            raise outcome
    stuck = sum(isinstance(o, bench_telegram.Stuck) for o in outcomes)
    return latencies, elapsed, stuck, watch.spent()


def figures(
    latencies: list[float], elapsed: float, stuck: int, cpu: dict[str, float], resent: int
) -> Figures:
    ordered = sorted(latencies) or [float("nan")]
    return Figures(
        updates=len(latencies),
        per_second=len(latencies) / elapsed,
        p50=statistics.median(ordered) * 1000,
        p99=ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000,
        stuck=stuck,
        resent=resent,
        cpu=cpu,
    )


async def run_bot(env: dict[str, str], **settings: str) -> asyncio.subprocess.Process:
    """Start `reconnect run` with the bench's environment and these settings."""
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=ROOT, env={**env, **settings}
    )


async def stop_all(processes: list[asyncio.subprocess.Process]) -> None:
    for process in processes:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
    for process in processes:
        await process.wait()


async def cluster(count: int, env: dict[str, str], users: int) -> Figures:
    """``count`` webhook workers on one database, updates posted to each in turn."""
    workers = [Worker(free_port()) for _ in range(count)]
    forwarder = Forwarder(workers, SECRET)
    fake = WebhookTelegram(max_per_chat_second=4, forwarder=forwarder)
    await fake.start()
    processes = []
    for worker in workers:
        processes.append(
            await run_bot(
                env,
                TELEGRAM_API_BASE_URL=fake.base_url,
                RECONNECT_WEBHOOK_URL=f"http://127.0.0.1:{worker.port}/{worker.path}",
                RECONNECT_WEBHOOK_SECRET=SECRET,
                RECONNECT_WEBHOOK_LISTEN="127.0.0.1",
                RECONNECT_WEBHOOK_PORT=str(worker.port),
                RECONNECT_WORKERS=str(count),
            )
        )
    try:
        await fake.wait_for(
            lambda: sum(c.method == "setWebhook" for c in fake.calls) >= count, 120
        )
        for worker in workers:
            await wait_listening(worker)
        latencies, elapsed, stuck, cpu = await drive(fake, users, [p.pid for p in processes])
    finally:
        await stop_all(processes)
        await forwarder.close()
        await fake.stop()
    return figures(latencies, elapsed, stuck, cpu, forwarder.resent)


async def sqlite(env: dict[str, str], users: int, folder: str) -> Figures:
    """One `reconnect run` polling on SQLite, as deployed by default."""
    fake = FakeTelegram(max_per_chat_second=4)
    await fake.start()
    process = await run_bot(
        env,
        TELEGRAM_API_BASE_URL=fake.base_url,
        RECONNECT_DATABASE=str(Path(folder) / "bench.sqlite3"),
    )
    try:
        await fake.wait_for(lambda: any(c.method == "deleteWebhook" for c in fake.calls), 120)
        latencies, elapsed, stuck, cpu = await drive(fake, users, [process.pid])
    finally:
        await stop_all([process])
        await fake.stop()
    return figures(latencies, elapsed, stuck, cpu, 0)


def postgres_server() -> tuple[str, str | None]:
    """Return a server's URL and, if this bench started it, its folder (to stop it)."""
    if os.environ.get("RECONNECT_TEST_POSTGRES"):
        return os.environ["RECONNECT_TEST_POSTGRES"], None
    printed = subprocess.run(
        ["bash", str(ROOT / ".ci" / "pg-up")], check=True, capture_output=True, text=True
    ).stdout
    found = dict(
        line.removeprefix("export ").split("=", 1)
        for line in printed.splitlines()
        if line.startswith("export ")
    )
    return found["RECONNECT_TEST_POSTGRES"], found["RECONNECT_TEST_POSTGRES_DIR"]


async def measure_all(server: str, users: int, counts: list[int]) -> dict[str, Figures]:
    """SQLite with one process, then PostgreSQL with each number of workers."""
    results: dict[str, Figures] = {}
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "RECONNECT_ENCRYPTION_KEY": new_key_text(),
            "RECONNECT_SEND_RATE": "100000",
            "RECONNECT_LOG_LEVEL": "WARNING",
            "RECONNECT_DATABASE": str(Path(folder) / "terminal.sqlite3"),
        }
        results["sqlite x1"] = await sqlite(env, users, folder)
        print("  sqlite x1 done", flush=True)
        for count in counts:
            database = fresh_database(server, f"bench_cluster_{count}")
            pg_env = {**env, "RECONNECT_DATABASE": database}
            results[f"pg x{count}"] = await cluster(count, pg_env, users)
            print(f"  pg x{count} done", flush=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--workers", default="1,2,4")
    args = parser.parse_args()
    logging.getLogger("tornado.access").setLevel(logging.ERROR)  # the fake's 429s, if any
    counts = [int(n) for n in args.workers.split(",")]
    print(f"users: {args.users}, closed loop, no pause; cores: {os.cpu_count()}")
    server, started_dir = postgres_server()
    try:
        results = asyncio.run(measure_all(server, args.users, counts))
    finally:
        if started_dir is not None:
            subprocess.run(["bash", str(ROOT / ".ci" / "pg-down"), started_dir], check=False)
    one = results.get("pg x1")
    heads = ("updates", "updates/s", "p50 ms", "p99 ms", "vs pg x1", "stuck", "re-sent")
    print(f"{'':<10} " + " ".join(f"{h:>9}" for h in heads))
    for name, got in results.items():
        scale = f"{got.per_second / one.per_second:.2f}x" if one else "-"
        print(
            f"{name:<10} {got.updates:>9} {got.per_second:>9.1f} {got.p50:>9.1f} "
            f"{got.p99:>9.1f} {scale:>9} {got.stuck:>9} {got.resent:>9}"
        )
    print("CPU seconds while the users ran (bot: its processes; bench: fake API, forwarder,")
    print("users; rest: PostgreSQL and anything else on the machine):")
    for name, got in results.items():
        print(f"  {name:<10} " + ", ".join(f"{k} {v:.1f}" for k, v in got.cpu.items()))
    two = results.get("pg x2")
    if one and two:
        # One worker's event loop is what one worker is bound by (it runs flat out under
        # this load); several share the machine's cores with PostgreSQL and the bench, so
        # however they scale, the cores can give each update at most `cores / all` of
        # one core, against the `loop` one worker spends on it.
        loop = 1.0 / one.per_second
        spent = sum(v for k, v in two.cpu.items() if k != "idle") / two.updates
        cores = os.cpu_count() or 1
        print(
            f"ceiling here (estimate): pg x2 at most {cores * loop / spent:.2f}x pg x1: "
            f"one worker's loop {loop * 1000:.1f} ms an update, everything together "
            f"{spent * 1000:.1f} ms of CPU an update at x2, {cores} cores"
        )
    print("goal: pg x2 at least 1.40x pg x1")


if __name__ == "__main__":
    main()
