"""Daily prompts: a tick a minute claims who is due; a sender turns claims into prompts.

Nothing per user lives in memory: who is due is a query on ``users.next_prompt_at``; a
claim is a row in ``prompts`` (one per user and local day, by its primary key); the prompt
itself is an ordinary engine turn with the event id ``prompt:<user>:<day>``, so a crash
mid-way never sends one twice. The sender sends one prompt at a time, so a person talking
to the bot waits behind at most one prompt in the rate limiter.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta

from bot.clock import Clock
from bot.engine import Engine, Event, EventKind
from bot.logs import log_failure
from bot.schedule import with_next_prompt
from bot.storage.records import OutboxItem
from bot.storage.sqlite import SqliteStore

logger = logging.getLogger(__name__)

PROMPT_FLOW = "prompt"
LATE_WINDOW = timedelta(hours=2)
TALKING = timedelta(minutes=10)  # someone who wrote this recently is mid-conversation
CLAIM_BATCH = 20_000

Deliver = Callable[[OutboxItem], Awaitable[object]]


class Scheduler:
    """Claim due prompts and send them, on an injected clock."""

    def __init__(
        self,
        store: SqliteStore,
        engine: Engine,
        clock: Clock,
        *,
        late_window: timedelta = LATE_WINDOW,
    ) -> None:
        self.store = store
        self.engine = engine
        self.clock = clock
        self.late_window = late_window

    async def tick(self) -> tuple[int, int]:
        """Claim every user due now; reschedule, without a prompt, those late beyond the
        window or already prompted today. Returns (claimed to send, rescheduled only)."""
        now = self.clock.now()
        claimed = skipped = 0
        while True:
            due, others = await self.store.claim_due_prompts(
                now, now - self.late_window, CLAIM_BATCH
            )
            claimed += len(due)
            skipped += len(others)
            for user_id in others:
                user = await self.store.user(user_id)
                if user is not None:
                    day = user.next_prompt_on or now.date()
                    await self.store.finish_prompt(
                        with_next_prompt(user, now, after=day), day, "late"
                    )
            if len(due) + len(others) < CLAIM_BATCH:
                return claimed, skipped

    async def send_due(
        self, deliver: Deliver, limit: int = 100, stop: asyncio.Event | None = None
    ) -> int:
        """Turn up to ``limit`` claimed prompts into messages, one at a time, oldest first.

        Someone who wrote in the last few minutes is not interrupted: their prompt waits.
        """
        sent = 0
        for user_id, day, due_at in await self.store.due_prompts(limit):
            if stop is not None and stop.is_set():
                break  # stopping: never between a send and its bookkeeping
            now = self.clock.now()
            user = await self.store.user(user_id)
            if user is None:
                continue
            event_id = f"prompt:{user_id}:{day.isoformat()}"
            if await self.store.processed(event_id):  # sent just before a restart
                await self.store.finish_prompt(with_next_prompt(user, now, after=day), day, "sent")
                continue
            last = await self.store.last_active(user_id)
            if last is not None and now - last < TALKING and now - due_at < self.late_window:
                continue  # talking with us right now: the prompt waits until they pause
            if now - due_at < self.late_window:
                event = Event(event_id, user_id, EventKind.PROMPT, payload=PROMPT_FLOW)
                outcome = await self.engine.handle(event)
                if outcome.item is not None:
                    await deliver(outcome.item)
                    sent += 1
                state = "sent"
            else:
                state = "late"
            await self.store.finish_prompt(with_next_prompt(user, now, after=day), day, state)
        return sent


async def run_schedule(
    scheduler: Scheduler,
    deliver: Deliver,
    stop: asyncio.Event,
    *,
    tick_every: float = 60.0,
    idle: float = 1.0,
) -> None:
    """Tick once a minute; in between, send what is claimed; return once ``stop`` is set
    (after the prompt being sent, so a clean stop never sends one twice)."""
    next_tick = 0.0
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        try:
            if loop.time() >= next_tick:
                next_tick = loop.time() + tick_every
                claimed, skipped = await scheduler.tick()
                if claimed or skipped:
                    logger.info("prompts: %d due, %d rescheduled", claimed, skipped)
            if not await scheduler.send_due(deliver, stop=stop):
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), idle)
        except Exception as error:  # the schedule must outlive any one failure
            log_failure(logger, "scheduled prompts failed; will try again", error)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), idle)
