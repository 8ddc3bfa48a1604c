"""SQLite housekeeping: pruning what is kept only for a while."""

from __future__ import annotations

from datetime import datetime

from bot.storage.records import PromptState
from bot.storage.sqlite_connection import SqliteConnection
from bot.storage.sqlite_rows import ts


class SqliteHousekeeping(SqliteConnection):
    """Delete old notes, journal entries, event ids and past prompts."""

    async def prune(self, *, notes_before: datetime | None, events_before: datetime) -> int:
        """Delete journal entries, features' notes and check-in notes older than
        ``notes_before`` (if given), and processed-event ids and past prompts older than
        ``events_before``; return the rows touched."""
        statements: list[tuple[str, tuple[str, ...]]] = [
            ("DELETE FROM processed_events WHERE at < ?", (ts(events_before),)),
            # Prompts past: a day's row only keeps that day from being prompted twice.
            (
                "DELETE FROM prompts WHERE local_date < ? AND state != ?",
                (events_before.date().isoformat(), PromptState.DUE.value),
            ),
        ]
        if notes_before is not None:
            cutoff = (ts(notes_before),)
            statements += [
                ("DELETE FROM journal_entries WHERE at < ?", cutoff),
                ("DELETE FROM notes WHERE at < ?", cutoff),
                ("UPDATE checkins SET note = NULL WHERE at < ? AND note IS NOT NULL", cutoff),
            ]
        touched = 0
        async with self.immediate() as db:
            for sql, params in statements:
                async with db.execute(sql, params) as cursor:
                    touched += cursor.rowcount
        if touched and notes_before is not None:
            await self.empty_wal()
        return touched
