"""SQLite for an operator: a ping, what waits, and the one poller a database may have."""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

from bot.storage.records import PromptState, UserStatus, Vitals
from bot.storage.sqlite_connection import SqliteConnection
from bot.storage.sqlite_rows import ts

# Claimed prompts not sent yet, and users whose prompt is due but not claimed yet.
WAITING_PROMPTS = (
    "SELECT count(*), count(*) FILTER (WHERE due_at < :late) FROM ("
    "SELECT due_at FROM prompts WHERE state = :due AND due_at <= :now "
    "UNION ALL SELECT next_prompt_at FROM users WHERE next_prompt_at <= :now "
    "AND status = :active AND (paused = 0 OR follow_up_at IS NOT NULL))"
)


class SqliteVitals(SqliteConnection):
    """Answer an operator's checks on one SQLite file."""

    async def ping(self) -> None:
        """Ask the database a trivial question; raise if it cannot answer."""
        await self.db.execute_fetchall("SELECT 1")

    async def vitals(self, now: datetime, late_before: datetime) -> Vitals:
        """Count outbox items and prompts waiting (see ``Operations.vitals``)."""
        (outbox,), *_ = await self.db.execute_fetchall("SELECT count(*) FROM outbox")
        (due, late), *_ = await self.db.execute_fetchall(
            WAITING_PROMPTS,
            {
                "now": ts(now),
                "late": ts(late_before),
                "due": PromptState.DUE.value,
                "active": UserStatus.ACTIVE.value,
            },
        )
        return Vitals(int(outbox), int(due), int(late or 0))

    @contextlib.asynccontextmanager
    async def sole_poller(self, name: str) -> AsyncIterator[bool]:
        """Hold a file lock beside the database, named ``name``, while the block runs."""
        descriptor = _try_lock(self.path.with_name(f"{self.path.name}.{name}.lock"))
        try:
            yield descriptor is not None
        finally:
            if descriptor is not None:
                os.close(descriptor)  # closing lets go of the lock


def _try_lock(path: Path) -> int | None:
    """Open ``path`` and lock it at once; return its descriptor, or None if it is held."""
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(descriptor)
        return None
    return descriptor
