"""PostgreSQL housekeeping: pruning what is kept only for a while, and re-sealing under a new
key in small committed batches."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.storage.declared import user_tables
from bot.storage.postgres_connection import PostgresConnection
from bot.storage.records import RESEAL_BATCH, PromptState, Rotation
from bot.storage.resealing import field_of, reseal_columns, sealed_as

# PostgreSQL keeps a deleted row in its table until VACUUM takes it away: what /delete,
# retention and pruning erased is vacuumed here each time (autovacuum alone waits for a
# fifth of a table to be dead). Plain VACUUM: turns go on meanwhile. Every table about a
# person is vacuumed: the features' declarations say which (bot/storage/declared.py).


class PostgresHousekeeping(PostgresConnection):
    """Delete old notes, journal entries, event ids and past prompts, and vacuum away what
    was erased; re-seal sealed values."""

    async def prune(self, *, notes_before: datetime | None, events_before: datetime) -> int:
        """Delete journal entries, features' notes and check-in notes older than
        ``notes_before`` (if given), and processed-event ids and past prompts older than
        ``events_before``; return the rows touched."""
        statements: list[tuple[str, tuple[object, ...]]] = [
            ("DELETE FROM processed_events WHERE at < %s", (events_before,)),
            (
                "DELETE FROM prompts WHERE local_date < %s AND state <> %s",
                (events_before.date(), PromptState.DUE.value),
            ),
        ]
        if notes_before is not None:
            statements += [
                ("DELETE FROM journal_entries WHERE at < %s", (notes_before,)),
                ("DELETE FROM notes WHERE at < %s", (notes_before,)),
                (
                    "UPDATE checkins SET note = NULL WHERE at < %s AND note IS NOT NULL",
                    (notes_before,),
                ),
            ]
        touched = 0
        async with self.connection() as db:
            for sql, params in statements:
                touched += (await db.execute(sql, params)).rowcount
        for table in user_tables():
            await self.statement(f"VACUUM {table}")
        return touched

    async def reseal(
        self,
        *,
        batch: int = RESEAL_BATCH,
        stop_after: int | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> Rotation:
        """Re-seal every value not yet under the cipher's first key; each batch commits."""
        return await reseal_columns(
            self._reseal_batch, batch=batch, stop_after=stop_after, progress=progress
        )

    async def _reseal_batch(
        self, table: str, key: str, column: str, field: str, batch: int
    ) -> int:
        """Re-seal up to ``batch`` values of one column in one commit; return how many."""
        async with self.connection() as db:
            # The rows are locked until the commit, so no turn changes one in between.
            rows = await (
                await db.execute(
                    # A sealed value's bytes 2 to 5 are its key's id (see crypto).
                    f"SELECT {key}, user_id, {column}{sealed_as(field)} FROM {table} "  # noqa: S608
                    f"WHERE {column} IS NOT NULL AND substring({column} FROM 2 FOR 4) <> %s "
                    "LIMIT %s FOR UPDATE",
                    (self._cipher.current_key_id, batch),
                )
            ).fetchall()
            for row in rows:
                row_key, user_id, blob, opens_as = row[0], row[1], row[2], field_of(field, row)
                value = self._cipher.decrypt(user_id, opens_as, blob)
                await db.execute(
                    f"UPDATE {table} SET {column} = %s WHERE {key} = %s",  # noqa: S608
                    (self._cipher.encrypt(user_id, opens_as, value), row_key),
                )
        return len(rows)
