"""Telegram's sending limits: about 30 messages a second overall, one a second to a chat;
and crisis replies first, then replies to people talking to the bot, then scheduled prompts.

PTB's ``AIORateLimiter`` keeps the limits of groups and waits out a ``RetryAfter``; this
paces the bot as a whole and each private chat, with small buckets so that no one-second
window goes over the limit. Each send goes in a lane (``in_lane()``, by the outbox item's
priority), and a bucket lets the lowest lane through first: a crisis reply waits neither
behind replies or prompts queued earlier for the same chat nor behind other people's
replies for the bot's pace, and a prompt waits until no reply does. While a crisis reply
is being sent (``TelegramLimits.crisis_first``), nothing else goes to that chat, so no
older message lands between its parts.

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
from collections import OrderedDict
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass, field
from typing import Any

from telegram.ext import AIORateLimiter

from bot.storage.records import Priority
from bot.telegram.bucket import Bucket

JSONDict = dict[str, Any]
Request = Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]]

# A leaky bucket lets its size through at once, then its rate: 4 + 25 a second stays
# under Telegram's 30 in any one second, and a few sends may go together if the event
# loop wakes a little late (a bucket of 1 loses that time for good: ~19 a second, not 25).
OVERALL_BURST = 4
# One a second to a chat, but a reply of up to three messages (the crisis lines among
# them) goes at once: Telegram allows such short bursts, and holding back the second and
# third message of a crisis answer by seconds would be the wrong way round.
CHAT_BURST = 3
CHAT_PERIOD = 1.0
IDLE = 10.0  # a chat's bucket unused this long is empty again: forget it
PACED = frozenset({"sendMessage", "sendPhoto", "sendDocument"})  # new messages, not edits
# Requests on the wire at once: at 25 sends a second, room for Telegram answering slowly
# (two seconds and more) before sends wait; the connection pool is a little larger.
IN_FLIGHT = 64
CONNECTIONS = IN_FLIGHT + 8


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
class _ChatPace:
    bucket: Bucket
    last_used: float
    using: int = 0


@dataclass
class _ChatPaces:
    """Buckets for the chats written to lately; the rest cost nothing."""

    burst: int
    period: float
    paces: OrderedDict[int, _ChatPace] = field(default_factory=OrderedDict)

    def take(self, chat_id: int, now: float) -> _ChatPace:
        pace = self.paces.pop(chat_id, None)
        if pace is None:
            pace = _ChatPace(Bucket(self.burst, 1 / self.period), now)
        pace.last_used, pace.using = now, pace.using + 1
        self.paces[chat_id] = pace  # newest last
        self._forget_idle(now)
        return pace

    def _forget_idle(self, now: float) -> None:
        while self.paces:
            chat_id, oldest = next(iter(self.paces.items()))
            if oldest.using or now - oldest.last_used < IDLE:
                return
            del self.paces[chat_id]

    def __len__(self) -> int:
        return len(self.paces)


class TelegramLimits(AIORateLimiter):
    """The group limits and retries of ``AIORateLimiter``; the bot's pace and each private
    chat's here, crisis replies first, then replies, then prompts."""

    def __init__(
        self,
        per_second: float,
        *,
        chat_burst: int = CHAT_BURST,
        chat_period: float = CHAT_PERIOD,
        max_retries: int = 2,
        in_flight: int = IN_FLIGHT,
    ) -> None:
        super().__init__(overall_max_rate=0, max_retries=max_retries)
        self._on_the_wire = asyncio.Semaphore(in_flight)
        self.per_second = per_second
        self.overall = Bucket(OVERALL_BURST, per_second)
        self.chats = _ChatPaces(chat_burst, chat_period)

    async def process_request(
        self,
        callback: Request,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | JSONDict | list[JSONDict]:
        """Wait for the chat's pace (a new message to a private chat), then for the bot's
        (anything sent to a chat), each in the lane of what is sent; then send."""
        chat_id = data.get("chat_id")
        lane = _LANE.get()
        pace = None
        if endpoint in PACED and isinstance(chat_id, int) and chat_id > 0:
            pace = self.chats.take(chat_id, asyncio.get_running_loop().time())
        try:
            if pace is not None:
                await pace.bucket.acquire(lane)
            if chat_id is not None:
                await self.overall.acquire(lane)
        finally:
            if pace is not None:
                pace.using -= 1

        async def on_the_wire(*args: Any, **kwargs: Any) -> bool | JSONDict | list[JSONDict]:
            async with self._on_the_wire:  # never more requests than the pool has connections
                return await callback(*args, **kwargs)

        return await super().process_request(
            on_the_wire, args, kwargs, endpoint, data, rate_limit_args
        )

    @contextlib.contextmanager
    def crisis_first(self, chat_id: int) -> Iterator[None]:
        """Send only crisis messages to this chat inside, in their lane: first, and whole."""
        pace = self.chats.take(chat_id, asyncio.get_running_loop().time())
        pace.bucket.hold(Priority.CRISIS)
        try:
            with in_lane(Priority.CRISIS):
                yield
        finally:
            pace.using -= 1
            pace.bucket.release(Priority.CRISIS)
