"""The engine: per user, one event at a time, screened first, in one transaction."""

from __future__ import annotations

import logging

from bot.clock import Clock
from bot.engine.events import Event, EventKind, reply_to_dict
from bot.engine.locks import UserLocks
from bot.engine.runtime import FlowRuntime, Turn
from bot.engine.session import Session
from bot.safety.levels import NOT_SCREENED, Level, Screen, Verdict
from bot.storage.protocol import Store, Transaction
from bot.storage.records import OutboxItem, Priority

logger = logging.getLogger(__name__)

SCREENED_KINDS = frozenset({EventKind.TEXT, EventKind.COMMAND})


def _no_screen(_text: str) -> Verdict:
    return NOT_SCREENED


class Engine:
    """Turn events into committed replies: lock, dedupe, load, screen, run, save, outbox."""

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

    async def handle(self, event: Event) -> list[OutboxItem]:
        """Handle one event exactly once; return the replies committed to the outbox."""
        async with self._locks.hold(event.user_id):
            try:
                async with self.store.transaction() as tx:
                    return await self._handle(tx, event)
            except Exception:
                # Never silence: the turn is rolled back, the user hears that something failed.
                logger.exception("event %s failed (kind %s)", event.event_id, event.kind.value)
                async with self.store.transaction() as tx:
                    if not await tx.claim_event(event.event_id, event.user_id, self.clock.now()):
                        return []
                    text = self.runtime.texts.get("something_went_wrong")
                    return await tx.enqueue(
                        event.user_id, [{"text": text}], Priority.REPLY, self.clock.now()
                    )

    async def _handle(self, tx: Transaction, event: Event) -> list[OutboxItem]:
        now = self.clock.now()
        if not await tx.claim_event(event.event_id, event.user_id, now):
            logger.debug("event %s already handled", event.event_id)
            return []
        await tx.ensure_user(event.user_id, now)
        session = Session.from_dict(await tx.load_session(event.user_id))
        turn = Turn(event.user_id, tx, self.clock, session)
        verdict = self._screen(event.text) if event.kind in SCREENED_KINDS else NOT_SCREENED
        safety_flow = self._safety_flows.get(verdict.level)
        if safety_flow is not None:
            logger.info("safety screen: %s (rule %s)", verdict.level.value, verdict.rule)
            await self.runtime.start(turn, safety_flow)
        else:
            await self.runtime.handle(turn, event)
        await tx.save_session(event.user_id, turn.session.to_dict(), now)
        bodies = [reply_to_dict(reply) for reply in turn.replies]
        return await tx.enqueue(event.user_id, bodies, Priority.REPLY, now)
