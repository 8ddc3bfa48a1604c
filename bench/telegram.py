"""The whole stack through a fake Bot API on loopback: 1,000 simulated users chatting.

Each user starts a check-in and answers it (a command, buttons, free text), one message at
a time, waiting for the bot's reply before the next. Prints updates per second and p50/p99
reply latency (update handed to the fake server -> the bot's reply arriving there).

    .venv/bin/python bench/telegram.py [--users 1000] [--rate 10000]

--rate is the bot's overall send limit: Telegram's own is about 30 messages a second, which
would measure the limit rather than the stack, so the default is high; the fake server
enforces none.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
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
    fake: FakeTelegram, waiter: Waiter, user_id: int, latencies: list[float]
) -> None:
    inbox = waiter.inbox[user_id] = asyncio.Queue()

    async def turn(update: dict[str, Any], until: str) -> dict[str, Any]:
        started_at = time.perf_counter()
        fake.push(update)
        while True:
            message = await inbox.get()
            if until in message.get("text", ""):
                latencies.append(time.perf_counter() - started_at)
                return message

    def press(message: dict[str, Any], label: str) -> dict[str, Any]:
        for row in message["reply_markup"]["inline_keyboard"]:
            for button in row:
                if button["text"] == label:
                    return button_update(user_id, message, button["callback_data"])
        raise AssertionError(label)

    question = await turn(text_update(user_id, "/checkin"), "How present")
    question = await turn(press(question, str(user_id % 11)), "how connected")
    question = await turn(press(question, "6"), "one word")
    await turn(press(question, "Calm"), "Anything you'd like")
    await turn(text_update(user_id, "a quiet day, mostly"), "Thank you for checking in")


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=10_000)
    args = parser.parse_args()
    fake = FakeTelegram()
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
        await asyncio.gather(
            *(simulated_user(fake, waiter, 10_000 + n, latencies) for n in range(args.users))
        )
        elapsed = time.perf_counter() - began
        pump.cancel()
        bot.send_signal(signal.SIGTERM)
        await bot.wait()
    await fake.stop()
    ordered = sorted(latencies)
    print(f"users: {args.users}, updates: {len(ordered)}, send rate limit: {args.rate:g}/s")
    print(f"updates/s: {len(ordered) / elapsed:,.0f}")
    print(
        f"reply latency p50: {statistics.median(ordered) * 1000:.1f} ms, "
        f"p99: {ordered[int(len(ordered) * 0.99)] * 1000:.1f} ms"
    )


if __name__ == "__main__":
    asyncio.run(main())
