"""The store's calls the safety plan needs (kept as its parts, sealed as one).

The records are the feature's own; bot/storage implements the calls on every backend
(bot.storage.protocol.Transaction has them all).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Protocol


class SafetyPlanCalls(Protocol):
    """The storage calls this feature makes, in the turn's transaction."""

    async def safety_plan(self, user_id: int) -> dict[str, str]:
        """Return the user's safety plan, part by part (empty if they have none)."""
        ...

    async def save_safety_plan(self, user_id: int, plan: Mapping[str, str], at: datetime) -> None:
        """Save the user's whole safety plan (sealed)."""
        ...
