"""The engine: per user, one event at a time, screened first, in one transaction."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace

from bot.clock import Clock
from bot.engine import safety_path
from bot.engine.events import Event, EventKind, Reply, reply_to_dict
from bot.engine.joining import join_replies
from bot.engine.locks import UserLocks
from bot.engine.runtime import FlowRuntime
from bot.engine.session import Session
from bot.engine.texts import Lookup, speak, speaking
from bot.engine.turn import Turn
from bot.logs import log_failure
from bot.observability import UNOBSERVED, Observer
from bot.safety.levels import MODEL_RULE, NOT_SCREENED, Kind, Level, Screen, Verdict
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


def _words_of(event: Event) -> str:
    """Return what a person wrote: a command's words after its name ("/journal I can't")."""
    if event.kind is EventKind.COMMAND:
        return event.text.strip().partition(" ")[2]
    return event.text


class Engine:
    """Turn events into committed replies: lock, load, screen, run, commit with the outbox."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        runtime: FlowRuntime,
        *,
        screen: Screen = _no_screen,
        safety_flows: Mapping[str, str] | None = None,
        observer: Observer = UNOBSERVED,
        words: Lookup | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self.runtime = runtime
        self._screen = screen
        self._safety_flows = safety_flows or {}
        self._locks = UserLocks()
        self._observer = observer
        self._words = words  # None: English as written in flows/ and data/

    @property
    def words(self) -> Lookup | None:
        """Where texts in the person's language come from (None: English as written)."""
        return self._words

    async def handle(self, event: Event) -> Outcome:
        """Handle one event exactly once; return its replies as committed to the outbox."""
        began = time.perf_counter()  # a duration to report, not a moment: not the clock's
        try:
            with speaking(event.language, self._words):
                return await self._handle_locked(event)
        finally:
            self._observer.turn_handled(event.kind.value, time.perf_counter() - began)

    async def _handle_locked(self, event: Event) -> Outcome:
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
        # The screen is pure and can take a while on a long message (its sentence encoder):
        # it runs before the transaction opens, off the event loop, so no one else waits.
        verdict = (
            await asyncio.to_thread(self._screen, _words_of(event))
            if event.kind in SCREENED_KINDS
            else NOT_SCREENED
        )
        if event.kind in SCREENED_KINDS:
            level = verdict.level
            self._observer.screened(level.value, "none" if level is Level.NONE else verdict.kind)
        async with self.store.transaction() as tx:
            state = await tx.load_turn(event.event_id, event.user_id)
            if state.seen:
                logger.debug("event %s already handled", event.event_id)
                return DUPLICATE
            session = Session.from_dict(state.session)
            if state.user is not None and state.user.language:
                speak(state.user.language)
            turn = Turn(
                event.user_id, tx, self.clock, session, user=state.user, language=event.language
            )
            safety_flow = self._safety_flow(verdict, session, event)
            if safety_flow is not None:
                logger.info(
                    "safety screen: %s, %s (rule %s)",
                    verdict.level.value,
                    verdict.kind.value,
                    verdict.rule,
                )
                await tx.record_safety_event(event.user_id, verdict.level.value, self.clock.now())
            if verdict.level is Level.CRISIS:  # their earlier "no" no longer holds
                turn.session = replace(turn.session, said_no_at=None)
            if safety_flow is not None:
                # What they were writing when the screen spoke is kept, never silently lost.
                kept = event.kind is EventKind.TEXT and safety_path.keep_draft(
                    self.runtime.flows, turn, event.text
                )
                held = None if kept else safety_path.held(session, event)
                await self.runtime.start(turn, safety_flow, again=True, answers=held)
                if kept:
                    note = Reply(self.runtime.texts.get("draft_kept"))
                    turn.replies.insert(max(0, len(turn.replies) - 1), note)
            else:
                turn.heavy = verdict.level is not Level.NONE
                # Unsure about suicide in writing it asked for, a flow asks the direct
                # question once that is saved, unless the person said no to it lately.
                turn.unasked = (
                    verdict.level is Level.CONCERN
                    and verdict.kind is Kind.SELF
                    and not safety_path.said_no_lately(session, self.clock.now())
                )
                await self.runtime.handle(turn, event)
            priority = Priority.PROMPT if event.kind is EventKind.PROMPT else Priority.REPLY
            if verdict.level is Level.CRISIS or self.runtime.is_safety_flow(
                turn.session.active.flow_id if turn.session.active else None
            ):
                priority = Priority.CRISIS
            # One message a turn, joined before it is committed: the outbox keeps what is sent.
            replies = join_replies(turn.replies, whole=priority is Priority.CRISIS)
            item = await tx.commit_turn(
                event.event_id,
                event.user_id,
                turn.session.to_dict(),
                [reply_to_dict(reply) for reply in replies],
                priority,
                self.clock.now(),
            )
        return Outcome(item, turn.answered, turn.forgotten)

    def _safety_flow(self, verdict: Verdict, session: Session, event: Event) -> str | None:
        """Return the flow a verdict calls for, by level and kind of risk.

        In a flow of the crisis path, concern never interrupts, and a typed answer to its
        question ("I'm not safe") is taken as that answer, not as a new disclosure.
        """
        if verdict.level is Level.NONE:
            return None
        if verdict.means_only and safety_path.asks_for_means(self.runtime.flows, session):
            # Asked what could be put away, a person names medicines and blades: with no
            # intent, plan or attempt in the words, that is the answer, not a disclosure.
            return None
        if (
            verdict.level is Level.CONCERN
            and verdict.rule == MODEL_RULE
            and verdict.kind is Kind.SELF  # the no was about suicide, nothing else
            and safety_path.said_no_lately(session, self.clock.now())
        ):
            # They answered no to the direct question a little while ago: asking it again at
            # every heavy sentence would stop them talking. A rule or a confident verdict
            # still interrupts; the message is read as it would be without the screen.
            return None
        if (
            verdict.level is Level.CONCERN
            and verdict.rule == MODEL_RULE
            and safety_path.asks_for_writing(self.runtime.flows, session)
        ):
            # Writing someone was asked for (a note, a plan, what they noticed) is read by
            # the rules and the model's confident verdicts; its unsure ones would interrupt
            # nearly every heavy sentence with the suicide question.
            return None
        if (
            verdict.level is Level.CONCERN
            and verdict.rule == MODEL_RULE
            and safety_path.answers_the_question(
                self.runtime.flows, session, event.text, self.runtime.vocabulary
            )
        ):
            # An answer typed to the choice or scale asked ("several days", "sometimes") is
            # a tap, and a tap is not a disclosure; the rules and the model's confident
            # verdicts still read it, and the flow asks what it must.
            return None
        if (
            verdict.level is Level.CONCERN
            and verdict.rule == MODEL_RULE
            and self.runtime.answers_resume_offer(session, event.text)
        ):
            return None  # "nah leave it" at "carry on with it?": a tap on "Leave it", as above
        flows = self._safety_flows
        flow = flows.get(f"{verdict.level.value}.{verdict.kind.value}") or flows.get(
            verdict.level.value
        )
        if self.runtime.asks_about_safety(session.active) and (
            verdict.level is Level.CONCERN
            or safety_path.takes_as_answer(
                self.runtime.flows, session, event.text, self.runtime.vocabulary
            )
        ):
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
