"""Telegram's sending limits, kept as Telegram keeps them: about 30 messages a second
overall; a chat is written to at once, and backed off only when Telegram answers 429 with
``retry_after``; crisis replies first, then replies to people talking, then prompts.

Each send goes in a lane (``in_lane()``, by the outbox item's priority), and a bucket lets
the lowest lane through first: a crisis reply waits neither behind other people's replies
for the bot's pace nor, in its own chat, behind what waits for a back-off to end; a prompt
waits until no reply does. While a crisis reply is being sent
(``TelegramLimits.crisis_first``), nothing else goes to that chat, so no older message
lands between its parts. A 429 holds back that chat alone for the seconds Telegram names;
everyone else goes on (PTB's ``AIORateLimiter`` would stop the whole bot).

It also bounds the requests on the wire (``IN_FLIGHT``) below the size of the HTTP
connection pool, so a request never queues inside the pool: httpcore 1.0.9 can leak a
connection for good when a request waiting there is cancelled (its pool timeout is such
a cancellation; encode/httpcore#1093), and once every connection has leaked the bot
sends nothing at all. Requests wait here instead, where waiting costs nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
import math
from collections import OrderedDict
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass, field
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

from bot.observability import UNOBSERVED, Observer
from bot.storage.records import Priority
from bot.telegram.bucket import Bucket

logger = logging.getLogger(__name__)

JSONDict = dict[str, Any]
Request = Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]]

# A leaky bucket lets its size through at once, then its rate: 4 + 25 a second stays
# under Telegram's 30 in any one second, and a few sends may go together if the event
# loop wakes a little late (a bucket of 1 loses that time for good: ~19 a second, not 25).
OVERALL_BURST = 4
BACKING_OFF = Priority.CRISIS - 1  # a hold below every lane: nothing goes to the chat
IDLE = 10.0  # a chat's gate unused this long is forgotten
GATED = frozenset({"sendMessage", "sendPhoto", "sendDocument"})  # new messages, not edits
# Requests on the wire at once: at 25 sends a second, room for Telegram answering slowly
# (two seconds and more) before sends wait; the connection pool is a little larger.
IN_FLIGHT = 64
CONNECTIONS = IN_FLIGHT + 8
# Connections kept open between requests: httpcore closes an idle one whenever the pool
# holds more than this (its count is of every connection, idle or not), so a burst opens
# connections and a quiet spell lets them go. Twenty is httpx's own default.
KEPT_ALIVE = 20


_LANE: contextvars.ContextVar[Priority] = contextvars.ContextVar("lane", default=Priority.REPLY)


@contextlib.contextmanager
def in_lane(priority: Priority) -> Iterator[None]:
    """Send what is sent inside in this lane: crisis first, then replies, then prompts."""
    token = _LANE.set(priority)
    try:
        yield
    finally:
        _LANE.reset(token)


@dataclass(slots=True)
class _ChatGate:
    bucket: Bucket  # no pace of its own: it orders lanes while the chat is held
    last_used: float
    using: int = 0


@dataclass
class _ChatGates:
    """Gates for the chats written to lately; the rest cost nothing."""

    gates: OrderedDict[int, _ChatGate] = field(default_factory=OrderedDict)

    def take(self, chat_id: int, now: float) -> _ChatGate:
        gate = self.gates.pop(chat_id, None)
        if gate is None:
            gate = _ChatGate(Bucket(math.inf, 1.0), now)
        gate.last_used, gate.using = now, gate.using + 1
        self.gates[chat_id] = gate  # newest last
        self._forget_idle(now)
        return gate

    def _forget_idle(self, now: float) -> None:
        while self.gates:
            chat_id, oldest = next(iter(self.gates.items()))
            if oldest.using or now - oldest.last_used < IDLE:
                return
            del self.gates[chat_id]

    def __len__(self) -> int:
        return len(self.gates)


class TelegramLimits(BaseRateLimiter[int]):
    """The bot's pace, each private chat backed off only when Telegram says so; crisis
    replies first, then replies, then prompts."""

    def __init__(
        self,
        per_second: float,
        *,
        max_retries: int = 2,
        in_flight: int = IN_FLIGHT,
        observer: Observer = UNOBSERVED,
    ) -> None:
        self._observer = observer  # told of each 429
        self._on_the_wire = asyncio.Semaphore(in_flight)
        self._max_retries = max_retries
        self.per_second = per_second
        self.overall = Bucket(OVERALL_BURST, per_second)
        self.chats = _ChatGates()

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down."""

    async def process_request(
        self,
        callback: Request,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | JSONDict | list[JSONDict]:
        """Wait for the chat's gate (a new message to a private chat) and the bot's pace
        (anything sent to a chat), in the lane of what is sent; send; on a 429, hold the
        chat back for as long as Telegram says and try again."""
        chat_id = data.get("chat_id")
        private = isinstance(chat_id, int) and chat_id > 0
        retries = rate_limit_args or self._max_retries
        gated = chat_id if private and endpoint in GATED else None
        lane = _LANE.get()
        again = False
        for attempt in range(retries + 1):
            if gated is not None and not again:
                await self._through_gate(gated, lane)
            if chat_id is not None:
                await self.overall.acquire(lane, again=again)
            try:
                async with self._on_the_wire:  # never more requests than the pool holds
                    return await callback(*args, **kwargs)
            except RetryAfter as error:
                self._observer.throttled()
                if attempt == retries:
                    raise
                await self._back_off(chat_id if private else None, error, gated is not None)
                again = True
        raise AssertionError("unreachable")  # the last attempt returns or raises

    async def _through_gate(self, chat_id: int, lane: Priority) -> None:
        gate = self.chats.take(chat_id, asyncio.get_running_loop().time())
        try:
            await gate.bucket.acquire(lane)
        finally:
            gate.using -= 1

    async def _back_off(self, chat_id: int | None, error: RetryAfter, gated: bool) -> None:
        """Hold the chat (not the bot) back for Telegram's ``retry_after``; a gated request
        then goes through the gate again first in its lane, behind a crisis reply."""
        wait = error.retry_after
        seconds = wait.total_seconds() if hasattr(wait, "total_seconds") else float(wait)
        logger.info("Telegram asked to wait %.1f s before writing to a chat again", seconds)
        if chat_id is None:
            await asyncio.sleep(seconds)
            return
        gate = self.chats.take(chat_id, asyncio.get_running_loop().time())
        gate.bucket.hold(BACKING_OFF)
        try:
            try:
                await asyncio.sleep(seconds)
            finally:
                place = gate.bucket.enter(_LANE.get(), again=True) if gated else None
                gate.bucket.release(BACKING_OFF)
            if place is not None:
                await gate.bucket.wait(place)
        finally:
            gate.using -= 1

    @contextlib.contextmanager
    def crisis_first(self, chat_id: int) -> Iterator[None]:
        """Send only crisis messages to this chat inside, in their lane: first, and whole."""
        gate = self.chats.take(chat_id, asyncio.get_running_loop().time())
        gate.bucket.hold(Priority.CRISIS)
        try:
            with in_lane(Priority.CRISIS):
                yield
        finally:
            gate.using -= 1
            gate.bucket.release(Priority.CRISIS)
