"""The engine: per user, one event at a time, screened first, in one transaction."""

from __future__ import annotations

import logging

from bot.clock import Clock
from bot.engine.events import Event, EventKind, reply_to_dict
from bot.engine.locks import UserLocks
from bot.engine.runtime import FlowRuntime, Turn
from bot.engine.session import Session
from bot.safety.levels import NOT_SCREENED, Level, Screen, Verdict
from bot.storage.protocol import DuplicateEvent, Store
from bot.storage.records import OutboxItem, Priority

logger = logging.getLogger(__name__)

SCREENED_KINDS = frozenset({EventKind.TEXT, EventKind.COMMAND})


def _no_screen(_text: str) -> Verdict:
    return NOT_SCREENED


class Engine:
    """Turn events into committed replies: lock, load, screen, run, commit with the outbox."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        runtime: FlowRuntime,
        *,
        screen: Screen = _no_screen,
        safety_flows: dict[Level, str] | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self.runtime = runtime
        self._screen = screen
        self._safety_flows = safety_flows or {}
        self._locks = UserLocks()

    async def handle(self, event: Event) -> OutboxItem | None:
        """Handle one event exactly once; return its replies as committed to the outbox."""
        async with self._locks.hold(event.user_id):
            try:
                return await self._handle(event)
            except DuplicateEvent:
                return None
            except Exception:
                # Never silence: the turn is rolled back, the user hears that something failed.
                logger.exception("event %s failed (kind %s)", event.event_id, event.kind.value)
                return await self._apologise(event)

    async def _handle(self, event: Event) -> OutboxItem | None:
        async with self.store.transaction() as tx:
            state = await tx.load_turn(event.event_id, event.user_id)
            if state.seen:
                logger.debug("event %s already handled", event.event_id)
                return None
            turn = Turn(event.user_id, tx, self.clock, Session.from_dict(state.session))
            verdict = self._screen(event.text) if event.kind in SCREENED_KINDS else NOT_SCREENED
            safety_flow = self._safety_flows.get(verdict.level)
            if safety_flow is not None:
                logger.info("safety screen: %s (rule %s)", verdict.level.value, verdict.rule)
                await self.runtime.start(turn, safety_flow)
            else:
                await self.runtime.handle(turn, event)
            priority = Priority.PROMPT if event.kind is EventKind.PROMPT else Priority.REPLY
            return await tx.commit_turn(
                event.event_id,
                event.user_id,
                turn.session.to_dict(),
                [reply_to_dict(reply) for reply in turn.replies],
                priority,
                self.clock.now(),
            )

    async def _apologise(self, event: Event) -> OutboxItem | None:
        text = self.runtime.texts.get("something_went_wrong")
        try:
            async with self.store.transaction() as tx:
                return await tx.commit_turn(
                    event.event_id,
                    event.user_id,
                    None,  # the session stays as it was before this event
                    [{"text": text}],
                    Priority.REPLY,
                    self.clock.now(),
                )
        except DuplicateEvent:
            return None
