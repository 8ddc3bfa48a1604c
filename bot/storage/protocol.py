"""The Store port: everything the engine keeps, behind one small protocol."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractAsyncContextManager
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol

from bot.storage.records import (
    RESEAL_BATCH,
    Document,
    DuePrompt,
    Note,
    OutboxItem,
    Priority,
    PromptState,
    Rotation,
    TurnState,
    UserRecord,
    UserStatus,
    Vitals,
)

if TYPE_CHECKING:
    # The first features declare in their folders calls of their own, over tables of their
    # own (bot/features/<name>/records.py); a transaction offers them all. Read for type
    # checking only: the features import this port when they load, so it cannot import them.
    # A feature keeping records since keeps them as ``Documents`` (below), with no call here.
    from bot.features.checkin.records import CheckInCalls
    from bot.features.journal.records import JournalCalls
    from bot.features.safety_plan.records import SafetyPlanCalls
    from bot.features.steps.records import StepCalls
    from bot.features.weekly_plan.records import WeeklyPlanCalls

    class FeatureCalls(
        CheckInCalls,
        JournalCalls,
        SafetyPlanCalls,
        StepCalls,
        WeeklyPlanCalls,
        Protocol,
    ):
        """Every feature's storage calls."""

else:

    class FeatureCalls(Protocol):
        """Every feature's storage calls (named for type checking only: see above)."""


class DuplicateEvent(Exception):
    """The event id was committed before: the event has been handled already."""


class Documents(Protocol):
    """Each feature's records as documents (bot.storage.records.Document), by kind."""

    async def save_document(self, user_id: int, document: Document) -> None:
        """Save a document, sealed as its kind: a new one, or, with a ``record_id``, in place
        of the user's document of that kind it names (its body; ``at`` stays)."""
        ...

    async def documents(self, user_id: int, kind: str) -> list[Document]:
        """Return the user's documents of one kind, oldest first, this unit's own included
        (a new one without its ``record_id`` until committed)."""
        ...


class Transaction(FeatureCalls, Documents, Protocol):
    """Reads and writes that commit together, or not at all: the turn's own, the notes any
    feature keeps and the crisis screen's events here, each feature's in its folder."""

    async def load_turn(self, event_id: str, user_id: int) -> TurnState:
        """Return whether the event was seen, and the user and session it starts from."""
        ...

    async def commit_turn(
        self,
        event_id: str,
        user_id: int,
        session: dict[str, Any] | None,
        replies: Sequence[dict[str, Any]],
        priority: Priority,
        at: datetime,
    ) -> OutboxItem | None:
        """Record the event as handled, save the session, queue the replies; atomically.

        Raise DuplicateEvent if the event id was committed before.
        """
        ...

    async def last_prompt_day(self, user_id: int) -> date | None:
        """Return the user's local day of their last daily prompt, if any."""
        ...

    def withdraw_prompt(self, user_id: int) -> None:
        """Drop a claimed prompt not sent yet, when this unit commits."""
        ...

    async def forget_user(self, user_id: int) -> None:
        """Erase every row about the user when the transaction commits (see /delete)."""
        ...

    async def safety_events(self, user_id: int) -> list[tuple[datetime, str]]:
        """Return when the screen raised a level for the user, and which (no text)."""
        ...

    async def set_status(self, user_id: int, status: UserStatus) -> None:
        """Mark a user active or blocked (a user who blocked the bot gets nothing more)."""
        ...

    async def save_user(self, user: UserRecord) -> None:
        """Save a user's settings (created if new; the status is left as it is)."""
        ...

    async def record_safety_event(self, user_id: int, level: str, at: datetime) -> None:
        """Record that the screen raised a level for this user: the time and level, no text."""
        ...

    async def add_note(self, user_id: int, note: Note) -> None:
        """Save a feature's short text for the user, sealed."""
        ...

    async def notes(self, user_id: int, kind: str | None = None) -> list[Note]:
        """Return the user's notes (of one kind, if given), oldest first."""
        ...


class Store(Protocol):
    """Where users, sessions, records and the outbox live."""

    async def open(self) -> None:
        """Connect and bring the schema up to date."""
        ...

    async def close(self) -> None:
        """Close the connection."""
        ...

    def transaction(self) -> AbstractAsyncContextManager[Transaction]:
        """Begin a unit of work; commit on success, roll back on error."""
        ...

    async def pending_outbox(
        self, limit: int = 100, user_id: int | None = None
    ) -> list[OutboxItem]:
        """Return outbox items with replies still to send, by priority, oldest first."""
        ...

    async def mark_sent(self, item: OutboxItem, count: int | None = None) -> None:
        """Record that the first ``count`` replies of an item have left (default: all)."""
        ...


class PromptStore(Protocol):
    """Daily prompts: who is due, claimed once, and closed when sent, late or skipped."""

    async def claim_due_prompts(
        self, until: datetime, late_before: datetime, limit: int
    ) -> tuple[list[int], list[int]]:
        """Claim users whose prompt is due by ``until``; return (due, to reschedule)."""
        ...

    async def due_prompts(
        self, now: datetime, *, talking_since: datetime, late_before: datetime, limit: int
    ) -> list[DuePrompt]:
        """Return claimed prompts due by ``now`` and not yet sent, oldest first."""
        ...

    async def users(self, user_ids: Sequence[int]) -> list[UserRecord]:
        """Return the records of these users (those that exist)."""
        ...

    async def user(self, user_id: int) -> UserRecord | None:
        """Return a user's record, if they exist."""
        ...

    async def finish_prompts(
        self, finished: Sequence[tuple[UserRecord, date, PromptState]]
    ) -> None:
        """Close claimed prompts and keep each user's next one, in one commit."""
        ...

    async def finish_prompt(self, user: UserRecord, day: date, state: PromptState) -> None:
        """Close one claimed prompt; see ``finish_prompts``."""
        ...


class Housekeeping(Protocol):
    """Pruning what is kept only for a while."""

    async def prune(self, *, notes_before: datetime | None, events_before: datetime) -> int:
        """Delete old notes (if ``notes_before``) and old event ids; return rows touched."""
        ...


class Resealing(Protocol):
    """Key rotation: every sealed value moved onto the sealing key (the cipher's first)."""

    async def reseal(
        self,
        *,
        batch: int = RESEAL_BATCH,
        stop_after: int | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> Rotation:
        """Re-seal every value not yet under the sealing key, committing batch by batch.

        Stop (incomplete) once ``stop_after`` values are done; running it again carries on.
        ``progress`` is told the running count after each batch.
        """
        ...


class Operations(Protocol):
    """What an operator's checks ask of the store: is it there, how much waits, one poller."""

    async def ping(self) -> None:
        """Ask the database a trivial question; raise if it cannot answer."""
        ...

    async def vitals(self, now: datetime, late_before: datetime) -> Vitals:
        """Count what waits: outbox items, prompts due by ``now`` and due before
        ``late_before``."""
        ...

    def sole_poller(self, name: str) -> AbstractAsyncContextManager[bool]:
        """Hold the lock named ``name`` for as long as the block runs; yield whether it was
        free (False: another process on this database holds it)."""
        ...


class BotStore(Store, PromptStore, Housekeeping, Resealing, Operations, Protocol):
    """Everything the running bot asks of its storage: turns, outbox, prompts, pruning, keys."""
