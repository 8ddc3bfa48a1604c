"""The engine: per user, one event at a time, screened first, in one transaction."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.clock import Clock
from bot.engine.events import Event, EventKind, reply_to_dict
from bot.engine.locks import UserLocks
from bot.engine.runtime import FlowRuntime, Turn
from bot.engine.session import Session
from bot.logs import log_failure
from bot.safety.levels import NOT_SCREENED, Level, Screen, Verdict
from bot.storage.protocol import DuplicateEvent, Store
from bot.storage.records import OutboxItem, Priority

logger = logging.getLogger(__name__)

SCREENED_KINDS = frozenset({EventKind.TEXT, EventKind.COMMAND})


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one event led to: its committed replies, and whether it answered the question."""

    item: OutboxItem | None = None
    answered: bool = False
    forgotten: bool = False  # the user's data was erased: a channel drops what it kept too


DUPLICATE = Outcome()


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

    async def handle(self, event: Event) -> Outcome:
        """Handle one event exactly once; return its replies as committed to the outbox."""
        async with self._locks.hold(event.user_id):
            try:
                return await self._handle(event)
            except DuplicateEvent:
                return DUPLICATE
            except Exception as error:
                # Never silence: the turn is rolled back, the user hears that something failed.
                log_failure(logger, f"event {event.event_id} ({event.kind.value}) failed", error)
                return await self._apologise(event)

    async def _handle(self, event: Event) -> Outcome:
        async with self.store.transaction() as tx:
            state = await tx.load_turn(event.event_id, event.user_id)
            if state.seen:
                logger.debug("event %s already handled", event.event_id)
                return DUPLICATE
            session = Session.from_dict(state.session)
            turn = Turn(event.user_id, tx, self.clock, session, user=state.user)
            verdict = self._screen(event.text) if event.kind in SCREENED_KINDS else NOT_SCREENED
            safety_flow = self._safety_flow(verdict, session)
            if verdict.level is not Level.NONE:
                logger.info("safety screen: %s (rule %s)", verdict.level.value, verdict.rule)
                await tx.record_safety_event(event.user_id, verdict.level.value, self.clock.now())
            if safety_flow is not None:
                await self.runtime.start(turn, safety_flow, again=True)
            else:
                await self.runtime.handle(turn, event)
            priority = Priority.PROMPT if event.kind is EventKind.PROMPT else Priority.REPLY
            item = await tx.commit_turn(
                event.event_id,
                event.user_id,
                turn.session.to_dict(),
                [reply_to_dict(reply) for reply in turn.replies],
                priority,
                self.clock.now(),
            )
        return Outcome(item, turn.answered, turn.forgotten)

    def _safety_flow(self, verdict: Verdict, session: Session) -> str | None:
        """Return the flow a verdict calls for; concern never interrupts a safety flow."""
        flow = self._safety_flows.get(verdict.level)
        active = session.active.flow_id if session.active is not None else None
        if verdict.level is Level.CONCERN and active in self._safety_flows.values():
            return None
        return flow

    async def _apologise(self, event: Event) -> Outcome:
        text = self.runtime.texts.get("something_went_wrong")
        try:
            async with self.store.transaction() as tx:
                item = await tx.commit_turn(
                    event.event_id,
                    event.user_id,
                    None,  # the session stays as it was before this event
                    [{"text": text}],
                    Priority.REPLY,
                    self.clock.now(),
                )
        except DuplicateEvent:
            return DUPLICATE
        return Outcome(item)
