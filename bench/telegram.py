"""The whole stack through a fake Bot API on loopback: 1,000 simulated users chatting.

Each user goes through /start as a new user would (agrees, skips what can be skipped), then
a check-in (a command, buttons, free text): one message at a time, waiting for the bot's
reply and then a moment, as a person reading and tapping would (`--think`, seconds, drawn
between half and one and a half times it). Prints updates per second and p50/p99 reply
latency (update handed to the fake server -> the awaited reply arriving there), and any
user left waiting for a reply that never came, with what is still in the outbox.

    .venv/bin/python bench/telegram.py [--users 1000] [--think 15] [--rate 10000]

The bot is one process on one core: a tap costs it three Bot API calls (the callback
answered, the question edited, one message), a typed message one; most of its time goes to
httpx. Offer more than it keeps up with (a smaller --think) and the latencies measure the
queue, not the stack.

--rate is the bot's overall send limit: Telegram's own is about 30 messages a second, which
would measure the limit rather than the stack, so the default is high. A chat is written to
at once, as deployed; the fake server refuses more than four sends a second to one chat,
and the bench prints how many it refused (it should be none).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import signal
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

# This file is called telegram.py: keep its folder off the path so `telegram` is PTB.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from bot.privacy.crypto import new_key_text  # noqa: E402
from tests.telegram.fake_api import TOKEN, FakeTelegram, button_update, text_update  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PATIENCE = 120.0  # seconds a simulated user waits for a reply before the bench gives up on it


class Stuck(Exception):
    """A simulated user waited PATIENCE seconds for a reply that never came."""


class Waiter:
    """Wake the simulated user whose chat the bot just wrote to."""

    def __init__(self, fake: FakeTelegram) -> None:
        self.fake = fake
        self.seen = 0
        self.inbox: dict[int, asyncio.Queue[dict[str, Any]]] = {}

    async def pump(self) -> None:
        while True:
            await self.fake.changed.wait()
            self.fake.changed.clear()
            calls = self.fake.calls
            for call in calls[self.seen :]:
                if call.method == "sendMessage" and isinstance(call.result, dict):
                    self.inbox[int(call.params["chat_id"])].put_nowait(call.result)
            self.seen = len(calls)


async def simulated_user(
    fake: FakeTelegram, waiter: Waiter, user_id: int, think: float, latencies: list[float]
) -> None:
    inbox = waiter.inbox[user_id] = asyncio.Queue()
    pause = random.Random(user_id)
    newest: dict[str, Any] = {}

    async def turn(update: dict[str, Any], until: str) -> None:
        nonlocal newest
        await asyncio.sleep(think * pause.uniform(0.5, 1.5))
        started_at = time.perf_counter()
        fake.push(update)
        while True:
            try:
                message = await asyncio.wait_for(inbox.get(), PATIENCE)
            except TimeoutError:
                raise Stuck(user_id, until) from None
            if "reply_markup" in message:
                newest = message
            if until in message.get("text", ""):
                latencies.append(time.perf_counter() - started_at)
                return

    def press(label: str) -> dict[str, Any]:
        for row in newest["reply_markup"]["inline_keyboard"]:
            for button in row:
                if button["text"] == label:
                    return button_update(user_id, newest, button["callback_data"])
        raise AssertionError(label)

    await turn(text_update(user_id, "/start"), "Is it okay")
    await turn(press("Yes, that's okay"), "How old are you")
    await turn(press("I'd rather not say"), "Which country")
    await turn(press("Skip for now"), "Which time zone")
    await turn(press("Not sure"), "reminder")
    await turn(press("No reminders"), "first check-in")
    await turn(text_update(user_id, "/checkin"), "How present")
    await turn(press(str(user_id % 11)), "how connected")
    await turn(press("6"), "family of feelings")
    await turn(press("Good"), "Which word fits best")
    await turn(press("Calm"), "Anything you'd like")
    await turn(text_update(user_id, "a quiet day, mostly"), "Thank you for checking in")


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--think", type=float, default=15.0)
    parser.add_argument("--rate", type=float, default=10_000)
    args = parser.parse_args()
    fake = FakeTelegram(max_per_chat_second=4)
    await fake.start()
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": fake.base_url,
            "RECONNECT_DATABASE": str(Path(folder) / "bench.sqlite3"),
            "RECONNECT_ENCRYPTION_KEY": new_key_text(),
            "RECONNECT_SEND_RATE": str(args.rate),
            "RECONNECT_LOG_LEVEL": "WARNING",
        }
        # The bot runs as it is deployed: `reconnect run`, a process of its own.
        bot = await asyncio.create_subprocess_exec(
            sys.executable,
            *os.environ.get("BENCH_PYFLAGS", "").split(),
            "-m",
            "bot",
            "run",
            cwd=ROOT,
            env=env,
        )
        await fake.wait_for(lambda: any(c.method == "deleteWebhook" for c in fake.calls), 60)
        waiter = Waiter(fake)
        pump = asyncio.create_task(waiter.pump())
        latencies: list[float] = []
        began = time.perf_counter()
        outcomes = await asyncio.gather(
            *(
                simulated_user(fake, waiter, 10_000 + n, args.think, latencies)
                for n in range(args.users)
            ),
            return_exceptions=True,
        )
        elapsed = time.perf_counter() - began
        pump.cancel()
        bot.send_signal(signal.SIGTERM)
        await bot.wait()
        with contextlib.closing(sqlite3.connect(env["RECONNECT_DATABASE"])) as db:
            (unsent,) = db.execute("SELECT count(*) FROM outbox").fetchone()
    await fake.stop()
    ordered = sorted(latencies)
    refused = sum(1 for c in fake.calls if c.method == "sendMessage" and c.result is None)
    print(
        f"users: {args.users}, updates: {len(ordered)}, think: {args.think:g} s, "
        f"send rate limit: {args.rate:g}/s"
    )
    print(f"updates/s: {len(ordered) / elapsed:,.0f}")
    if ordered:
        print(
            f"reply latency p50: {statistics.median(ordered) * 1000:.1f} ms, "
            f"p99: {ordered[int(len(ordered) * 0.99)] * 1000:.1f} ms"
        )
    print(f"sends refused by the fake's per-chat limit: {refused}")
    stuck = [o for o in outcomes if isinstance(o, Stuck)]
    print(f"users left waiting over {PATIENCE:g} s: {len(stuck)}; ", end="")
    print(f"replies still in the outbox: {unsent}")
    for problem in stuck[:5]:
        print(f"  user {problem.args[0]} waiting for {problem.args[1]!r}")
    for outcome in outcomes:
        if isinstance(outcome, BaseException) and not isinstance(outcome, Stuck):
            raise outcome


if __name__ == "__main__":
    asyncio.run(main())
