"""What the daily check-in keeps (two scores, a word, a note) and the store's calls it needs.

The records are the feature's own; bot/storage implements the calls on every backend
(bot.storage.protocol.Transaction has them all).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol


@dataclass(frozen=True, slots=True)
class CheckIn:
    """One daily check-in: two scores, a word, an optional note (decrypted here)."""

    at: datetime
    local_date: date
    presence: int
    connection: int
    feeling: str = ""
    note: str = ""


class CheckInCalls(Protocol):
    """The storage calls this feature makes, in the turn's transaction."""

    async def add_checkin(self, user_id: int, checkin: CheckIn) -> None:
        """Save one check-in (the note encrypted)."""
        ...

    async def checkins(self, user_id: int, since: datetime | None = None) -> list[CheckIn]:
        """Return the user's check-ins, oldest first."""
        ...
