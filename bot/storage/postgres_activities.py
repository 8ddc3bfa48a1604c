"""A PostgreSQL transaction's planned-activity statements, sealed as in every backend."""

from __future__ import annotations

from bot.features.activities.records import ActivityRecord
from bot.storage.postgres_unit import PostgresUnit
from bot.storage.rows import activity_body, activity_from_body

FIELD = "activity"  # the field an activity is sealed as


class PostgresActivities(PostgresUnit):
    """Read and write a user's planned activities; everything but the time is sealed."""

    async def add_activity(self, user_id: int, record: ActivityRecord) -> None:
        """Save one planned activity, sealed."""
        sealed = self._cipher.encrypt(user_id, FIELD, activity_body(record))
        await self._write(
            "INSERT INTO activities (user_id, at, body) VALUES (%s, %s, %s)",
            (user_id, record.at, sealed),
        )

    async def rate_activity(self, user_id: int, record: ActivityRecord) -> None:
        """Save a planned activity as rated afterwards (``record_id`` names it)."""
        sealed = self._cipher.encrypt(user_id, FIELD, activity_body(record))
        await self._write(
            "UPDATE activities SET body = %s WHERE id = %s AND user_id = %s",
            (sealed, record.record_id, user_id),
        )

    async def activities(self, user_id: int) -> list[ActivityRecord]:
        """Return the user's planned activities, oldest first."""
        rows = await self._rows(
            "SELECT id, at, body FROM activities WHERE user_id = %s ORDER BY at, id",
            (user_id,),
        )
        return [
            activity_from_body(record_id, at, self._cipher.decrypt(user_id, FIELD, sealed))
            for record_id, at, sealed in rows
        ]
