"""What one PostgreSQL unit of work shares: its connection (in a transaction), the cipher,
who this worker is, and the writes left for the end of the unit."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from psycopg import AsyncConnection

from bot.privacy.crypto import FieldCipher

Statement = tuple[str, Sequence[object]]


class PostgresUnit:
    """The state a transaction's statements share.

    Writes go to the database as they are made (the transaction is open, so the unit reads
    its own writes), except those that the protocol makes without waiting (``deferred``),
    which run when the unit ends, before it commits.
    """

    def __init__(
        self,
        db: AsyncConnection[Any],
        cipher: FieldCipher,
        worker: str,
        outbox_lease: timedelta,
    ) -> None:
        self._db = db
        self._cipher = cipher
        self._worker = worker
        self._outbox_lease = outbox_lease
        self._deferred: list[Statement] = []
        self._forgetting: set[int] = set()

    async def _rows(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        """Run a query in the unit and return its rows."""
        cursor = await self._db.execute(sql, params)
        return await cursor.fetchall()

    async def _write(self, sql: str, params: Sequence[object] = ()) -> int:
        """Run a write in the unit and return the rows it touched."""
        cursor = await self._db.execute(sql, params)
        return cursor.rowcount

    async def finish(self) -> None:
        """Run the writes left for the end of the unit."""
        for sql, params in self._deferred:
            await self._write(sql, params)
        self._deferred.clear()
