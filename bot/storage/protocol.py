"""The Store port: everything the engine keeps, behind one small protocol."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from typing import Any, Protocol

from bot.storage.records import CheckIn, OutboxItem, Priority, UserRecord


class Transaction(Protocol):
    """Reads and writes that commit together, or not at all."""

    async def claim_event(self, event_id: str, user_id: int, at: datetime) -> bool:
        """Record an event id; return False if it was handled before."""
        ...

    async def ensure_user(self, user_id: int, at: datetime) -> UserRecord:
        """Return the user, creating the row on first contact."""
        ...

    async def load_session(self, user_id: int) -> dict[str, Any] | None:
        """Return the user's saved conversation state, if any."""
        ...

    async def save_session(self, user_id: int, session: dict[str, Any], at: datetime) -> None:
        """Save the user's conversation state."""
        ...

    async def add_checkin(self, user_id: int, checkin: CheckIn) -> None:
        """Save one check-in (the note encrypted)."""
        ...

    async def checkins(self, user_id: int, since: datetime | None = None) -> list[CheckIn]:
        """Return the user's check-ins, oldest first."""
        ...

    async def enqueue(
        self, user_id: int, bodies: Sequence[dict[str, Any]], priority: Priority, at: datetime
    ) -> list[OutboxItem]:
        """Put replies in the outbox; they are sent after the commit."""
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
        """Begin a write transaction; commit on success, roll back on error."""
        ...

    async def pending_outbox(
        self, limit: int = 100, user_id: int | None = None
    ) -> list[OutboxItem]:
        """Return unsent replies, oldest first within each priority."""
        ...

    async def mark_sent(self, item_ids: Sequence[int]) -> None:
        """Drop sent replies from the outbox."""
        ...
