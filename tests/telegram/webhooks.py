"""Telegram's side of webhook mode for tests and benches: updates posted to workers.

``Forwarder`` posts each update to one worker's webhook, the workers taken in turn, as a
proxy in front of several workers spreads Telegram's posts. A post that fails (connection
refused or dropped, no answer, a status other than 200) is sent again to the next worker,
as Telegram re-sends an update its webhook did not take. ``WebhookTelegram`` is the fake Bot
API whose ``push`` hands the update to a forwarder instead of keeping it for getUpdates.

The forwarder speaks plain HTTP/1.1 over kept-alive connections (no client library): in a
bench it shares one core with the fake API and the simulated users, so it must cost little.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
from dataclasses import dataclass, field
from typing import Any

from tests.telegram.fake_api import FakeTelegram


@dataclass(frozen=True, slots=True)
class Worker:
    """Where one worker's webhook listens."""

    port: int
    path: str = "telegram"
    host: str = "127.0.0.1"


class Forwarder:
    """Post updates to the workers in turn; re-send what a worker did not take."""

    def __init__(self, workers: list[Worker], secret: str, *, timeout: float = 30.0) -> None:
        self.workers = workers
        self.secret = secret
        self.timeout = timeout
        self._turn = itertools.count()
        self._idle: dict[Worker, list[tuple[asyncio.StreamReader, asyncio.StreamWriter]]] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self.resent = 0  # posts sent again after a worker failed to take them
        self.taken: dict[int, Worker] = {}  # update id -> the worker that answered 200

    def post(self, update: dict[str, Any]) -> None:
        """Send ``update`` to the next worker (in the background), retrying until taken."""
        task = asyncio.create_task(self._deliver(update))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        for connections in self._idle.values():
            for _, writer in connections:
                writer.close()
        self._idle.clear()

    async def _deliver(self, update: dict[str, Any]) -> None:
        body = json.dumps(update).encode()
        failures = 0
        while True:
            worker = self.workers[next(self._turn) % len(self.workers)]
            if await self._post(worker, body):
                self.taken[int(update["update_id"])] = worker
                return
            self.resent += 1
            failures += 1
            if failures % len(self.workers) == 0:
                await asyncio.sleep(0.05)  # every worker refused: wait before the next round

    async def _post(self, worker: Worker, body: bytes) -> bool:
        """Post once; return whether the worker answered 200."""
        idle = self._idle.setdefault(worker, [])
        try:
            if idle:
                reader, writer = idle.pop()
            else:
                reader, writer = await asyncio.open_connection(worker.host, worker.port)
        except OSError:
            return False
        head = (
            f"POST /{worker.path} HTTP/1.1\r\nHost: {worker.host}:{worker.port}\r\n"
            "Content-Type: application/json\r\n"
            f"X-Telegram-Bot-Api-Secret-Token: {self.secret}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        )
        try:
            writer.write(head.encode() + body)
            status = await asyncio.wait_for(_read_response(reader), self.timeout)
        except (OSError, asyncio.IncompleteReadError, TimeoutError, ValueError):
            writer.close()
            return False
        idle.append((reader, writer))
        return status == 200


async def _read_response(reader: asyncio.StreamReader) -> int:
    """Read one HTTP/1.1 response; return its status."""
    status_line = await reader.readuntil(b"\r\n")
    status = int(status_line.split()[1])
    length = 0
    while True:
        line = await reader.readuntil(b"\r\n")
        if line == b"\r\n":
            break
        name, _, value = line.decode("latin-1").partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
    if length:
        await reader.readexactly(length)
    return status


@dataclass
class WebhookTelegram(FakeTelegram):
    """The fake Bot API, handing updates to webhooks through a forwarder."""

    forwarder: Forwarder | None = field(default=None)

    def push(self, update: dict[str, Any]) -> dict[str, Any]:
        update.setdefault("update_id", self.next_update_id())
        assert self.forwarder is not None, "set the forwarder before pushing updates"
        self.forwarder.post(update)
        return update


async def wait_listening(worker: Worker, within: float = 60.0) -> None:
    """Wait until something accepts connections on the worker's port."""
    deadline = asyncio.get_running_loop().time() + within
    while True:
        try:
            _, writer = await asyncio.open_connection(worker.host, worker.port)
        except OSError:
            if asyncio.get_running_loop().time() > deadline:
                raise
            await asyncio.sleep(0.1)
            continue
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()
        return
