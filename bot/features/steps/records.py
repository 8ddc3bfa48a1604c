"""The store's calls small-step reminders need (a card and its day, no text).

The records are the feature's own; bot/storage implements the calls on every backend
(bot.storage.protocol.Transaction has them all).
"""

from __future__ import annotations

from datetime import date
from typing import Protocol


class StepCalls(Protocol):
    """The storage calls this feature makes, in the turn's transaction."""

    async def add_step_reminder(self, user_id: int, card: str, due_on: date) -> None:
        """Ask to be reminded of a small step on a day (once per card and day)."""
        ...

    async def take_step_reminders(self, user_id: int, day: date) -> list[str]:
        """Return the cards due by ``day`` and remove them when the transaction commits."""
        ...

    async def step_reminders(self, user_id: int) -> list[tuple[str, date]]:
        """Return the small steps the user asked to be reminded of, and when."""
        ...
