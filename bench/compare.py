"""Reconnect against the same check-in written the usual way, in one run, through the same
fake Bot API: 500 simulated users (as in bench/telegram.py: /start, then a check-in, each
pausing between taps as a reader would) first against bench/baseline.py (a PTB v22
``ConversationHandler`` with ``PicklePersistence`` writing on its own schedule), then against
`reconnect run` (every step committed before its reply is sent). Prints, for each, updates
a second, p50/p99 from an update handed to the fake server to the awaited reply arriving
there, Bot API calls per tap, peak memory of the bot process, and the ratios.

    .venv/bin/python bench/compare.py [--users 500] [--think 15] [--rate 10000]

--rate is Reconnect's overall send limit: the baseline has none (PTB's default), so the
default here is high, as in bench/telegram.py; pass 25 to see the deployed limit.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import os
import signal
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from bot.privacy.crypto import new_key_text  # noqa: E402
from tests.telegram.fake_api import TOKEN, FakeTelegram  # noqa: E402

_spec = importlib.util.spec_from_file_location("bench_telegram", _HERE / "telegram.py")
assert _spec is not None
assert _spec.loader is not None
bench_telegram = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_telegram)

ROOT = _HERE.parent
TAPS = {"answerCallbackQuery", "editMessageText", "editMessageReplyMarkup", "sendMessage"}
TEXT_UPDATES = 3  # /start, /checkin and the note: each answered with one sendMessage
BUTTON_UPDATES = 9  # the rest of the script's 12 turns


@dataclass(frozen=True, slots=True)
class Figures:
    """What one bot did under the same load."""

    updates: int
    per_second: float
    p50: float
    p99: float
    calls_per_tap: float
    peak_kib: int
    stuck: int


def peak_memory_kib(pid: int) -> int:
    """Return the peak resident memory of a process (VmHWM), 0 where /proc is not there."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


async def measure(
    name: str, command: list[str], env: dict[str, str], args: argparse.Namespace
) -> Figures:
    """Start one bot against a fresh fake Bot API, run the users through it, stop it."""
    fake = FakeTelegram(max_per_chat_second=4)
    await fake.start()
    bot = await asyncio.create_subprocess_exec(
        *command, cwd=ROOT, env={**env, "TELEGRAM_API_BASE_URL": fake.base_url}
    )
    await fake.wait_for(lambda: any(c.method == "deleteWebhook" for c in fake.calls), 60)
    waiter = bench_telegram.Waiter(fake)
    pump = asyncio.create_task(waiter.pump())
    latencies: list[float] = []
    began = time.perf_counter()
    outcomes = await asyncio.gather(
        *(
            bench_telegram.simulated_user(fake, waiter, 10_000 + n, args.think, latencies)
            for n in range(args.users)
        ),
        return_exceptions=True,
    )
    elapsed = time.perf_counter() - began
    pump.cancel()
    peak = peak_memory_kib(bot.pid)
    bot.send_signal(signal.SIGTERM)
    await bot.wait()
    await fake.stop()
    for outcome in outcomes:
        if isinstance(outcome, BaseException) and not isinstance(outcome, bench_telegram.Stuck):
            raise outcome
    ordered = sorted(latencies) or [float("nan")]
    tap_calls = sum(1 for c in fake.calls if c.method in TAPS) - TEXT_UPDATES * args.users
    print(f"  {name}: done in {elapsed:.0f} s", flush=True)
    return Figures(
        updates=len(latencies),
        per_second=len(latencies) / elapsed,
        p50=statistics.median(ordered) * 1000,
        p99=ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000,
        calls_per_tap=tap_calls / (BUTTON_UPDATES * args.users),
        peak_kib=peak,
        stuck=sum(isinstance(o, bench_telegram.Stuck) for o in outcomes),
    )


def row(name: str, figures: Figures) -> str:
    return (
        f"{name:<10} {figures.per_second:>9.1f} {figures.p50:>9.1f} {figures.p99:>9.1f} "
        f"{figures.calls_per_tap:>9.2f} {figures.peak_kib / 1024:>8.0f} {figures.stuck:>6}"
    )


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=500)
    parser.add_argument("--think", type=float, default=15.0)
    parser.add_argument("--rate", type=float, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "BASELINE_PICKLE": str(Path(folder) / "baseline.pickle"),
            "RECONNECT_DATABASE": str(Path(folder) / "bench.sqlite3"),
            "RECONNECT_ENCRYPTION_KEY": new_key_text(),
            "RECONNECT_SEND_RATE": str(args.rate),
            "RECONNECT_LOG_LEVEL": "WARNING",
        }
        print(
            f"users: {args.users}, think: {args.think:g} s, Reconnect send limit: {args.rate:g}/s"
        )
        baseline = await measure(
            "baseline", [sys.executable, str(_HERE / "baseline.py")], env, args
        )
        reconnect = await measure("reconnect", [sys.executable, "-m", "bot", "run"], env, args)
    heads = ("updates/s", "p50 ms", "p99 ms", "calls/tap")
    print(f"{'':<10} " + " ".join(f"{h:>9}" for h in heads) + f" {'MiB':>8} {'stuck':>6}")
    print(row("baseline", baseline))
    print(row("reconnect", reconnect))
    print(
        f"ratio (reconnect / baseline): p50 {reconnect.p50 / baseline.p50:.2f}x, "
        f"p99 {reconnect.p99 / baseline.p99:.2f}x, "
        f"throughput {reconnect.per_second / baseline.per_second:.2f}x, "
        f"memory {reconnect.peak_kib / max(1, baseline.peak_kib):.2f}x"
    )
    print("target: p50 and p99 within 1.25x, throughput at least 1.00x")


if __name__ == "__main__":
    asyncio.run(main())
