"""The SQLite outbox: replies waiting to leave, and marking them sent."""

from __future__ import annotations

import json

from bot.storage.committer import UnitOfWork
from bot.storage.records import OutboxItem, Priority
from bot.storage.sqlite_connection import SqliteConnection


class SqliteOutbox(SqliteConnection):
    """Read pending replies (opened) and record what has left."""

    async def pending_outbox(
        self, limit: int = 100, user_id: int | None = None
    ) -> list[OutboxItem]:
        """Return outbox items with replies still to send, by priority, oldest first."""
        where, params = ("WHERE user_id = ?", [user_id]) if user_id is not None else ("", [])
        async with self._write_lock:  # never read another turn's uncommitted replies
            rows = await self.db.execute_fetchall(
                f"SELECT key, user_id, priority, replies, sent FROM outbox {where} "  # noqa: S608
                "ORDER BY priority, id LIMIT ?",
                [*params, limit],
            )
        return [
            OutboxItem(
                key,
                owner,
                json.loads(self._cipher.decrypt(owner, "outbox", replies)),
                Priority(priority),
                sent,
            )
            for key, owner, priority, replies, sent in rows
        ]

    async def mark_sent(self, item: OutboxItem, count: int | None = None) -> None:
        """Record that the first ``count`` replies of an item have left (default: all).

        Group-committed with the turns being written, so a busy sender adds no commits.
        """
        count = len(item.replies) if count is None else count
        if count >= len(item.replies):
            unit = UnitOfWork(forget=[item.key])
        else:
            unit = UnitOfWork(
                writes=[("UPDATE outbox SET sent = ? WHERE key = ?", (count, item.key))]
            )
        await self.committer.commit(unit)
