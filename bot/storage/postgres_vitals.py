"""PostgreSQL for an operator: a ping, what waits, and the one poller a database may have."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import AsyncIterator
from datetime import datetime

import psycopg

from bot.storage.postgres_connection import PostgresConnection
from bot.storage.records import PromptState, UserStatus, Vitals

# The poller's advisory lock, in the two-key space beside the migration lock (its second key
# is 1): the second key comes from the lock's name.
POLLER_LOCK = 0x5245434F
WAITING_PROMPTS = (
    "SELECT count(*), count(*) FILTER (WHERE due_at < %(late)s) FROM ("
    "SELECT due_at FROM prompts WHERE state = %(due)s AND due_at <= %(now)s "
    "UNION ALL SELECT next_prompt_at FROM users WHERE next_prompt_at <= %(now)s "
    "AND status = %(active)s AND (paused = 0 OR follow_up_at IS NOT NULL)) AS waiting"
)


class PostgresVitals(PostgresConnection):
    """Answer an operator's checks on one PostgreSQL database."""

    async def ping(self) -> None:
        """Ask the database a trivial question; raise if it cannot answer."""
        async with self.pool.connection(timeout=5) as db:
            await db.execute("SELECT 1")

    async def vitals(self, now: datetime, late_before: datetime) -> Vitals:
        """Count outbox items and prompts waiting (see ``Operations.vitals``)."""
        async with self.connection() as db:
            outbox = await (await db.execute("SELECT count(*) FROM outbox")).fetchone()
            prompts = await (
                await db.execute(
                    WAITING_PROMPTS,
                    {
                        "now": now,
                        "late": late_before,
                        "due": PromptState.DUE.value,
                        "active": UserStatus.ACTIVE.value,
                    },
                )
            ).fetchone()
        assert outbox is not None
        assert prompts is not None
        return Vitals(int(outbox[0]), int(prompts[0]), int(prompts[1]))

    @contextlib.asynccontextmanager
    async def sole_poller(self, name: str) -> AsyncIterator[bool]:
        """Hold a session advisory lock named ``name`` on a connection of its own (not the
        pool's) while the block runs: it is let go when this process ends, however."""
        key = int.from_bytes(hashlib.sha256(name.encode()).digest()[:4], "big", signed=True)
        key = 2 if key == 1 else key  # never the migration lock
        async with await psycopg.AsyncConnection.connect(self.dsn, autocommit=True) as db:
            row = await (
                await db.execute("SELECT pg_try_advisory_lock(%s, %s)", (POLLER_LOCK, key))
            ).fetchone()
            yield bool(row and row[0])
