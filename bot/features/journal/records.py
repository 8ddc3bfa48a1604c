"""What /journal keeps (entries, their parts as written) and the store's calls it needs.

The records are the feature's own; bot/storage implements the calls on every backend
(bot.storage.protocol.Transaction has them all).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One journal entry: which template, and its parts as written (decrypted here)."""

    at: datetime
    local_date: date
    template: str
    parts: dict[str, str]
    entry_id: int | None = None


class JournalCalls(Protocol):
    """The storage calls this feature makes, in the turn's transaction."""

    async def add_journal_entry(self, user_id: int, entry: JournalEntry) -> None:
        """Save one journal entry, sealed."""
        ...

    async def journal_entries(self, user_id: int) -> list[JournalEntry]:
        """Return the user's journal entries, oldest first."""
        ...
