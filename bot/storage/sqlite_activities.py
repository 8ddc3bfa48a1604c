"""A transaction's planned-activity statements: each activity sealed as one document."""

from __future__ import annotations

from datetime import datetime

from bot.features.activities.records import ActivityRecord
from bot.storage.rows import activity_body, activity_from_body, ts
from bot.storage.sqlite_unit import UnitState

FIELD = "activity"  # the field an activity is sealed as


class ActivityStatements(UnitState):
    """Read and write a user's planned activities; everything but the time is sealed."""

    async def add_activity(self, user_id: int, record: ActivityRecord) -> None:
        """Save one planned activity, sealed."""
        sealed = self._cipher.encrypt(user_id, FIELD, activity_body(record))
        self.unit.writes.append(
            (
                "INSERT INTO activities (user_id, at, body) VALUES (?, ?, ?)",
                (user_id, ts(record.at), sealed),
            )
        )
        self._pending_activities.setdefault(user_id, []).append(record)

    async def rate_activity(self, user_id: int, record: ActivityRecord) -> None:
        """Save a planned activity as rated afterwards (``record_id`` names it)."""
        sealed = self._cipher.encrypt(user_id, FIELD, activity_body(record))
        self.unit.writes.append(
            (
                "UPDATE activities SET body = ? WHERE id = ? AND user_id = ?",
                (sealed, record.record_id, user_id),
            )
        )

    async def activities(self, user_id: int) -> list[ActivityRecord]:
        """Return the user's planned activities, oldest first; this unit's new ones last,
        without a ``record_id`` until committed."""
        rows = await self._db.execute_fetchall(
            "SELECT id, at, body FROM activities WHERE user_id = ? ORDER BY at, id",
            (user_id,),
        )
        stored = [
            activity_from_body(
                record_id, datetime.fromisoformat(at), self._cipher.decrypt(user_id, FIELD, sealed)
            )
            for record_id, at, sealed in rows
        ]
        return stored + self._pending_activities.get(user_id, [])
