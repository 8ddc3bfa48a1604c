"""Daily prompts: a tick a minute claims who is due; a sender turns claims into prompts.

Nothing per user lives in memory: who is due is a query on ``users.next_prompt_at``; a
claim is a row in ``prompts`` (one per user and local day, by its primary key); the prompt
itself is an ordinary engine turn with the event id ``prompt:<user>:<day>``, so a crash
mid-way never sends one twice. A follow-up someone asked for after a crisis is claimed and
sent the same way, as that day's prompt, with its own flow.

Ticks claim a little ahead (``LOOKAHEAD``) and a bounded number at a time, so a minute
when thousands are due is claimed over the ticks before it: no tick holds the database for
long, and the prompts are ready to go at their minute. The sender keeps a few prompts in
flight (``IN_FLIGHT``) to use Telegram's rate; the channel sends replies to people talking
to the bot before them (see ``bot/telegram/limits.py``), and nobody gets a prompt while
they are in the middle of a conversation.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta

from bot.clock import Clock
from bot.engine import Engine, Event, EventKind
from bot.logs import log_failure
from bot.prompt_times import is_follow_up, with_next_prompt
from bot.storage.protocol import BotStore
from bot.storage.records import (
    DuePrompt,
    OutboxItem,
    PromptState,
    UserStatus,
    prompt_event_id,
)

logger = logging.getLogger(__name__)

PROMPT_FLOW = "prompt"
FOLLOW_UP_FLOW = "followup"
LATE_WINDOW = timedelta(hours=2)
TALKING = timedelta(minutes=10)  # someone who wrote this recently is mid-conversation
LOOKAHEAD = timedelta(minutes=10)  # claimed this far ahead, sent at their minute
AHEAD_BATCH = 2_000  # claims ahead, at most, in one tick
CATCH_UP_BATCH = 5_000  # claims already due (after downtime), per transaction
IN_FLIGHT = 4  # prompts being sent at once

Deliver = Callable[[OutboxItem], Awaitable[object]]


class Scheduler:
    """Claim due prompts and send them, on an injected clock."""

    def __init__(
        self,
        store: BotStore,
        engine: Engine,
        clock: Clock,
        *,
        late_window: timedelta = LATE_WINDOW,
        lookahead: timedelta = LOOKAHEAD,
        in_flight: int = IN_FLIGHT,
    ) -> None:
        self.store = store
        self.engine = engine
        self.clock = clock
        self.late_window = late_window
        self.lookahead = lookahead
        self.in_flight = in_flight

    async def tick(self) -> tuple[int, int]:
        """Claim every user due now, then a bounded batch of those due in the next few
        minutes; reschedule, without a prompt, those late beyond the window or already
        prompted that day. Returns (claimed to send, rescheduled only)."""
        now = self.clock.now()
        late_before = now - self.late_window
        claimed = skipped = 0
        while True:  # due already: more than a batch only after downtime
            due, others = await self.store.claim_due_prompts(now, late_before, CATCH_UP_BATCH)
            claimed, skipped = claimed + len(due), skipped + len(others)
            await self._reschedule(others, now)
            if len(due) + len(others) < CATCH_UP_BATCH:
                break
        due, others = await self.store.claim_due_prompts(
            now + self.lookahead, late_before, AHEAD_BATCH
        )
        await self._reschedule(others, now)
        return claimed + len(due), skipped + len(others)

    async def _reschedule(self, user_ids: Sequence[int], now: datetime) -> None:
        """Give these claimed users their next prompt, closing today's without sending."""
        if not user_ids:
            return
        finished = []
        for user in await self.store.users(user_ids):
            day = user.next_prompt_on or now.date()
            finished.append((with_next_prompt(user, now, after=day), day, PromptState.LATE))
        await self.store.finish_prompts(finished)

    async def send_due(
        self, deliver: Deliver, limit: int = 100, stop: asyncio.Event | None = None
    ) -> int:
        """Deal with up to ``limit`` claimed prompts that are due, oldest first, a few at a
        time; return how many were dealt with (sent, or closed as late or unwanted).

        Someone who wrote in the last few minutes is not interrupted: their prompt waits.
        """
        now = self.clock.now()
        waiting = await self.store.due_prompts(
            now, talking_since=now - TALKING, late_before=now - self.late_window, limit=limit
        )
        slots = asyncio.Semaphore(self.in_flight)

        async def one(prompt: DuePrompt) -> bool:
            async with slots:
                if stop is not None and stop.is_set():
                    return False  # stopping: start no more; those in hand finish
                try:
                    await self._prompt(prompt, deliver)
                except Exception as error:  # one prompt's failure never stops the others
                    log_failure(logger, f"prompt to user {prompt.user.user_id} failed", error)
                    return False
                return True

        return sum(await asyncio.gather(*(one(prompt) for prompt in waiting)))

    async def _prompt(self, prompt: DuePrompt, deliver: Deliver) -> None:
        """Send one prompt or follow-up (or close it unsent) and keep the user's next one."""
        now = self.clock.now()
        user, day = prompt.user, prompt.day
        follow_up = is_follow_up(user, day)  # asked for after a crisis: even while paused
        wanted = follow_up or (user.prompt_time and not user.paused)
        state = PromptState.SENT
        if prompt.done:
            pass  # its turn ran before a restart: never twice
        elif now - prompt.due_at >= self.late_window:
            state = PromptState.LATE
        elif user.status is not UserStatus.ACTIVE or not wanted:
            state = PromptState.SKIPPED
        else:
            event_id = prompt_event_id(user.user_id, day)
            flow = FOLLOW_UP_FLOW if follow_up else PROMPT_FLOW
            event = Event(event_id, user.user_id, EventKind.PROMPT, payload=flow)
            outcome = await self.engine.handle(event)
            if outcome.item is not None:
                await deliver(outcome.item)
        await self.store.finish_prompt(with_next_prompt(user, now, after=day), day, state)


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
