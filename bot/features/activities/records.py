"""What behavioural activation keeps (each activity planned, how it went), and its calls.

The records are the feature's own; bot/storage implements the calls on every backend
(bot.storage.protocol.Transaction has them all).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol


@dataclass(frozen=True, slots=True)
class ActivityRecord:
    """One small activity planned (behavioural activation): what, for which day, how it was
    expected to feel, and, once done, how it was (pleasure and achievement, 0-10 each)."""

    at: datetime  # when it was planned
    due_on: date  # the person's local day it was planned for
    activity: str  # an id from data/activities.yaml, or the person's own words
    own: bool  # True: ``activity`` is what they typed
    expected_pleasure: int
    expected_achievement: int
    actual_pleasure: int | None = None
    actual_achievement: int | None = None
    rated_at: datetime | None = None
    record_id: int | None = None  # the store's key, on records read back

    @property
    def rated(self) -> bool:
        """Return whether the person has said how it went."""
        return self.actual_pleasure is not None and self.actual_achievement is not None


class ActivityCalls(Protocol):
    """The storage calls this feature makes, in the turn's transaction."""

    async def add_activity(self, user_id: int, record: ActivityRecord) -> None:
        """Save one planned activity, sealed (what, the day, and how it was expected to feel)."""
        ...

    async def rate_activity(self, user_id: int, record: ActivityRecord) -> None:
        """Save a planned activity as rated afterwards; its ``record_id`` names which."""
        ...

    async def activities(self, user_id: int) -> list[ActivityRecord]:
        """Return the user's planned activities, oldest first, own writes included (each
        with its ``record_id`` once committed)."""
        ...
