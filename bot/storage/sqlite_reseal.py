"""Key rotation in SQLite: every sealed column re-sealed under the cipher's first key."""

from __future__ import annotations

from collections.abc import Callable

from bot.storage.records import RESEAL_BATCH, Rotation
from bot.storage.resealing import field_of, reseal_columns, sealed_as
from bot.storage.sqlite_connection import SqliteConnection


class SqliteResealing(SqliteConnection):
    """Re-seal stored values under a new key in small committed batches, resumably."""

    async def reseal(
        self,
        *,
        batch: int = RESEAL_BATCH,
        stop_after: int | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> Rotation:
        """Re-seal every value not yet under the cipher's first key; each batch commits."""
        rotation = await reseal_columns(
            self._reseal_batch, batch=batch, stop_after=stop_after, progress=progress
        )
        if rotation.complete:
            await self.empty_wal()  # no old sealing left in the WAL
        return rotation

    async def _reseal_batch(
        self, table: str, key: str, column: str, field: str, batch: int
    ) -> int:
        """Re-seal up to ``batch`` values of one column in one commit; return how many."""
        # Read and write under one lock, so no turn changes a row in between.
        async with self.immediate() as db:
            rows = await db.execute_fetchall(
                # A sealed value's bytes 2 to 5 are its key's id (see crypto).
                f"SELECT {key}, user_id, {column}{sealed_as(field)} FROM {table} "  # noqa: S608
                f"WHERE {column} IS NOT NULL AND substr({column}, 2, 4) != ? LIMIT ?",
                (self._cipher.current_key_id, batch),
            )
            count = 0
            for row in rows:
                row_key, user_id, blob, opens_as = row[0], row[1], row[2], field_of(field, row)
                value = self._cipher.decrypt(user_id, opens_as, blob)
                await db.execute(
                    f"UPDATE {table} SET {column} = ? WHERE {key} = ?",  # noqa: S608
                    (self._cipher.encrypt(user_id, opens_as, value), row_key),
                )
                count += 1
        return count
