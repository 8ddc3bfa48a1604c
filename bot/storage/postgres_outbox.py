"""The PostgreSQL outbox: replies waiting to leave, each held by one worker while it sends.

A turn's replies are held by the worker that committed them (it sends them at once); any
other item is taken with ``FOR UPDATE SKIP LOCKED``, so two workers draining the outbox
never take the same one, and held until ``claimed_until``: a worker that dies mid-way lets
go, and another sends what is left (``sent`` counts what has left, so nothing twice).
"""

from __future__ import annotations

import json

from bot.storage.postgres_connection import PostgresConnection
from bot.storage.records import OutboxItem, Priority

CLAIM = (
    "UPDATE outbox SET claimed_by = %(me)s, claimed_until = now() + %(lease)s "
    "WHERE id IN (SELECT id FROM outbox WHERE (%(user)s::bigint IS NULL OR user_id = %(user)s) "
    "AND (claimed_by = %(me)s OR claimed_until IS NULL OR claimed_until <= now()) "
    "ORDER BY priority, id LIMIT %(limit)s FOR UPDATE SKIP LOCKED) "
    "RETURNING priority, id, key, user_id, replies, sent"
)


class PostgresOutbox(PostgresConnection):
    """Take pending replies (opened) for this worker, and record what has left."""

    async def pending_outbox(
        self, limit: int = 100, user_id: int | None = None
    ) -> list[OutboxItem]:
        """Take outbox items with replies still to send, by priority, oldest first: those
        this worker holds already, and those nobody holds (or whose holder's time ran out)."""
        params = {"me": self.worker, "lease": self.outbox_lease, "user": user_id, "limit": limit}
        async with self.connection() as db:
            rows = await (await db.execute(CLAIM, params)).fetchall()
        return [
            OutboxItem(
                key,
                owner,
                json.loads(self._cipher.decrypt(owner, "outbox", replies)),
                Priority(priority),
                sent,
            )
            for priority, _, key, owner, replies, sent in sorted(rows)
        ]

    async def mark_sent(self, item: OutboxItem, count: int | None = None) -> None:
        """Record that the first ``count`` replies of an item have left (default: all)."""
        count = len(item.replies) if count is None else count
        if count >= len(item.replies):
            await self.statement("DELETE FROM outbox WHERE key = %s", (item.key,))
        else:
            await self.statement("UPDATE outbox SET sent = %s WHERE key = %s", (count, item.key))
