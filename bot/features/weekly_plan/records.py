"""What the seven-day plan keeps (its start, each day done or skipped), and its calls.

The records are the feature's own; bot/storage implements the calls on every backend
(bot.storage.protocol.Transaction has them all).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol


@dataclass(frozen=True, slots=True)
class WeeklyPlan:
    """A seven-day plan: the day it started, and each day's step done or skipped."""

    started_on: date
    days: dict[int, str]  # day number (1-7) -> "done" or "skipped"


class WeeklyPlanCalls(Protocol):
    """The storage calls this feature makes, in the turn's transaction."""

    async def weekly_plan(self, user_id: int) -> WeeklyPlan | None:
        """Return the user's weekly plan, if one was started."""
        ...

    async def save_weekly_plan(self, user_id: int, plan: WeeklyPlan, at: datetime) -> None:
        """Save the user's weekly plan (a new start replaces the old one)."""
        ...
