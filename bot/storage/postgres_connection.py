"""The PostgreSQL connection: a pool, numbered migrations, units of work.

Each unit of work is one PostgreSQL transaction on a connection of its own, so many workers
(processes, or tasks in one) write at once; what keeps two turns of one user apart is the
user's advisory lock, taken before the turn reads anything (see ``postgres_turns``).
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

import psycopg
from psycopg import AsyncConnection
from psycopg_pool import AsyncConnectionPool

from bot.privacy.crypto import FieldCipher
from bot.storage.postgres_migrations import MIGRATIONS
from bot.storage.postgres_transaction import PostgresTransaction

logger = logging.getLogger(__name__)

# The advisory lock held while migrating, in the two-key space (user locks use the other).
MIGRATION_LOCK = (0x5245434F, 1)
OUTBOX_LEASE = timedelta(minutes=2)  # an item taken to send is another worker's after this
PROMPT_LEASE = timedelta(minutes=5)  # a prompt taken to send is another worker's after this

DbConnection = AsyncConnection[tuple[Any, ...]]


def worker_name() -> str:
    """Return a name for this store's worker, unique among the workers on one database."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


async def _configure(db: DbConnection) -> None:
    """Give each new connection UTC, so moments come back as they were given."""
    await db.execute("SET TIME ZONE 'UTC'")
    await db.commit()


class PostgresConnection:
    """A pool of connections to one database, migrated once whatever the number of workers."""

    def __init__(
        self,
        dsn: str,
        cipher: FieldCipher,
        *,
        pool_size: int = 10,
        outbox_lease: timedelta | None = None,  # None: OUTBOX_LEASE
        prompt_lease: timedelta | None = None,  # None: PROMPT_LEASE
        worker: str | None = None,
    ) -> None:
        self.dsn = dsn
        self._cipher = cipher
        self._pool_size = pool_size
        self.outbox_lease = OUTBOX_LEASE if outbox_lease is None else outbox_lease
        self.prompt_lease = PROMPT_LEASE if prompt_lease is None else prompt_lease
        self.worker = worker or worker_name()
        self._pool: AsyncConnectionPool[DbConnection] | None = None

    @property
    def pool(self) -> AsyncConnectionPool[DbConnection]:
        """Return the open pool."""
        if self._pool is None:
            raise RuntimeError("the store is not open: call open() first")
        return self._pool

    async def open(self) -> None:
        """Connect and bring the schema up to date (one worker migrates; the others wait)."""
        pool: AsyncConnectionPool[DbConnection] = AsyncConnectionPool(
            self.dsn,
            min_size=1,
            max_size=self._pool_size,
            open=False,
            configure=_configure,
            check=AsyncConnectionPool.check_connection,
        )
        await pool.open(wait=True, timeout=30)
        self._pool = pool
        try:
            await self._migrate()
        except BaseException:
            await self.pool.close()
            self._pool = None
            raise

    async def _migrate(self) -> None:
        async with self.pool.connection() as db, db.transaction():
            await db.execute("SELECT pg_advisory_xact_lock(%s, %s)", MIGRATION_LOCK)
            await db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER)")
            row = await (await db.execute("SELECT max(version) FROM schema_version")).fetchone()
            current = int(row[0]) if row and row[0] is not None else 0
            for number, script in enumerate(MIGRATIONS, start=1):
                if number <= current:
                    continue
                await db.execute(script)  # several statements: so no parameters
                await db.execute("INSERT INTO schema_version (version) VALUES (%s)", (number,))
                logger.info("database migrated to schema %d", number)

    async def close(self) -> None:
        """Let go of what this worker holds (another may send it at once), then close every
        connection. A worker that dies without closing lets go when its leases run out."""
        if self._pool is None:
            return
        try:
            async with self.connection() as db:
                await db.execute(
                    "UPDATE outbox SET claimed_by = NULL, claimed_until = NULL "
                    "WHERE claimed_by = %s",
                    (self.worker,),
                )
                await db.execute(
                    "UPDATE prompts SET leased_by = NULL, lease_until = NULL WHERE leased_by = %s",
                    (self.worker,),
                )
        except psycopg.Error:
            logger.warning("could not let go of this worker's leases; they will run out")
        finally:
            await self._pool.close()
            self._pool = None

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[PostgresTransaction]:
        """Begin a unit of work; it commits when the block ends without error."""
        async with self.pool.connection() as db, db.transaction():
            tx = PostgresTransaction(db, self._cipher, self.worker, self.outbox_lease)
            yield tx
            await tx.finish()

    async def statement(self, sql: str, params: Sequence[object] = ()) -> None:
        """Run one statement on its own: committed as it runs, one round trip (no BEGIN and
        COMMIT around it)."""
        async with self.pool.connection() as db:
            await db.set_autocommit(True)
            try:
                await db.execute(sql, params)
            finally:
                await db.set_autocommit(False)

    @asynccontextmanager
    async def connection(self) -> AsyncIterator[DbConnection]:
        """Return a connection in a transaction that commits when the block ends."""
        async with self.pool.connection() as db, db.transaction():
            yield db
