"""The embedded Store: SQLite through aiosqlite, one connection, WAL, one writer at a time."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

import aiosqlite

from bot.privacy.crypto import FieldCipher
from bot.storage.migrations import MIGRATIONS
from bot.storage.records import CheckIn, OutboxItem, Priority, UserRecord, UserStatus

logger = logging.getLogger(__name__)


def _ts(moment: datetime) -> str:
    return moment.isoformat()


class SqliteTransaction:
    """The writes of one event, inside BEGIN IMMEDIATE ... COMMIT."""

    def __init__(self, db: aiosqlite.Connection, cipher: FieldCipher) -> None:
        self._db = db
        self._cipher = cipher

    async def claim_event(self, event_id: str, user_id: int, at: datetime) -> bool:
        """Record an event id; return False if it was handled before."""
        cursor = await self._db.execute(
            "INSERT OR IGNORE INTO processed_events (event_id, user_id, at) VALUES (?, ?, ?)",
            (event_id, user_id, _ts(at)),
        )
        return cursor.rowcount == 1

    async def ensure_user(self, user_id: int, at: datetime) -> UserRecord:
        """Return the user, creating the row on first contact."""
        rows = await self._db.execute_fetchall(
            "SELECT created_at, status FROM users WHERE user_id = ?", (user_id,)
        )
        for created_at, status in rows:
            return UserRecord(user_id, datetime.fromisoformat(created_at), UserStatus(status))
        await self._db.execute(
            "INSERT INTO users (user_id, created_at) VALUES (?, ?)", (user_id, _ts(at))
        )
        return UserRecord(user_id, at)

    async def set_status(self, user_id: int, status: UserStatus) -> None:
        """Mark a user active or blocked."""
        await self._db.execute(
            "UPDATE users SET status = ? WHERE user_id = ?", (status.value, user_id)
        )

    async def load_session(self, user_id: int) -> dict[str, Any] | None:
        """Return the user's saved conversation state, if any."""
        rows = await self._db.execute_fetchall(
            "SELECT state FROM sessions WHERE user_id = ?", (user_id,)
        )
        for (state,) in rows:
            loaded: dict[str, Any] = json.loads(self._cipher.decrypt(user_id, "session", state))
            return loaded
        return None

    async def save_session(self, user_id: int, session: dict[str, Any], at: datetime) -> None:
        """Save the user's conversation state (sealed: answers can hold free text)."""
        sealed = self._cipher.encrypt(
            user_id, "session", json.dumps(session, separators=(",", ":"))
        )
        await self._db.execute(
            "INSERT INTO sessions (user_id, state, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (user_id) DO UPDATE SET state = excluded.state, "
            "updated_at = excluded.updated_at",
            (user_id, sealed, _ts(at)),
        )

    async def add_checkin(self, user_id: int, checkin: CheckIn) -> None:
        """Save one check-in (the note encrypted)."""
        note = (
            self._cipher.encrypt(user_id, "checkin.note", checkin.note) if checkin.note else None
        )
        await self._db.execute(
            "INSERT INTO checkins (user_id, at, local_date, presence, connection, feeling, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                user_id,
                _ts(checkin.at),
                checkin.local_date.isoformat(),
                checkin.presence,
                checkin.connection,
                checkin.feeling,
                note,
            ),
        )

    async def checkins(self, user_id: int, since: datetime | None = None) -> list[CheckIn]:
        """Return the user's check-ins, oldest first."""
        rows = await self._db.execute_fetchall(
            "SELECT at, local_date, presence, connection, feeling, note FROM checkins "
            "WHERE user_id = ? AND at >= ? ORDER BY at, id",
            (user_id, _ts(since) if since else ""),
        )
        return [
            CheckIn(
                at=datetime.fromisoformat(at),
                local_date=date.fromisoformat(local_date),
                presence=presence,
                connection=connection,
                feeling=feeling,
                note=self._cipher.decrypt_text(user_id, "checkin.note", note) if note else "",
            )
            for at, local_date, presence, connection, feeling, note in rows
        ]

    async def enqueue(
        self, user_id: int, bodies: Sequence[dict[str, Any]], priority: Priority, at: datetime
    ) -> list[OutboxItem]:
        """Put replies in the outbox (sealed: they can quote what the user wrote)."""
        if not bodies:
            return []
        values = ", ".join("(?, ?, ?, ?)" for _ in bodies)
        params: list[object] = []
        for body in bodies:
            sealed = self._cipher.encrypt(
                user_id, "outbox", json.dumps(body, separators=(",", ":"))
            )
            params.extend((user_id, int(priority), _ts(at), sealed))
        rows = await self._db.execute_fetchall(
            f"INSERT INTO outbox (user_id, priority, created_at, body) VALUES {values} "  # noqa: S608
            "RETURNING id",
            params,
        )
        ids = sorted(row[0] for row in rows)
        return [
            OutboxItem(item_id, user_id, body, priority)
            for item_id, body in zip(ids, bodies, strict=True)
        ]


class SqliteStore:
    """SQLite behind the Store protocol: one long-lived connection, WAL, numbered migrations."""

    def __init__(self, path: Path | str, cipher: FieldCipher, *, synchronous: str = "NORMAL"):
        self.path = Path(path)
        self._cipher = cipher
        self._synchronous = synchronous
        self._db: aiosqlite.Connection | None = None
        self._write_lock = asyncio.Lock()

    @property
    def db(self) -> aiosqlite.Connection:
        """Return the open connection."""
        if self._db is None:
            raise RuntimeError("the store is not open: call open() first")
        return self._db

    async def open(self) -> None:
        """Connect, set the pragmas and bring the schema up to date."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = await aiosqlite.connect(self.path, isolation_level=None)
        for pragma in (
            "PRAGMA journal_mode = WAL",
            f"PRAGMA synchronous = {self._synchronous}",
            "PRAGMA busy_timeout = 5000",
            "PRAGMA foreign_keys = ON",
            "PRAGMA secure_delete = ON",
        ):
            await self._db.execute(pragma)
        await self._migrate()

    async def _migrate(self) -> None:
        rows = await self.db.execute_fetchall("PRAGMA user_version")
        current = next(iter(rows))[0]
        for number, script in enumerate(MIGRATIONS, start=1):
            if number <= current:
                continue
            async with self._write_lock:
                await self.db.execute("BEGIN IMMEDIATE")
                try:
                    for statement in filter(str.strip, script.split(";")):
                        await self.db.execute(statement)
                    await self.db.execute(f"PRAGMA user_version = {number}")
                except BaseException:
                    await self.db.execute("ROLLBACK")
                    raise
                await self.db.execute("COMMIT")
            logger.info("database migrated to schema %d", number)

    async def close(self) -> None:
        """Close the connection."""
        if self._db is not None:
            await self._db.close()
            self._db = None

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[SqliteTransaction]:
        """Begin a write transaction; commit on success, roll back on any error."""
        async with self._write_lock:
            await self.db.execute("BEGIN IMMEDIATE")
            try:
                yield SqliteTransaction(self.db, self._cipher)
            except BaseException:
                await self.db.execute("ROLLBACK")
                raise
            await self.db.execute("COMMIT")

    async def pending_outbox(
        self, limit: int = 100, user_id: int | None = None
    ) -> list[OutboxItem]:
        """Return unsent replies, oldest first within each priority."""
        where, params = ("WHERE user_id = ?", [user_id]) if user_id is not None else ("", [])
        rows = await self.db.execute_fetchall(
            f"SELECT id, user_id, priority, body FROM outbox {where} "  # noqa: S608
            "ORDER BY priority, id LIMIT ?",
            [*params, limit],
        )
        return [
            OutboxItem(
                item_id,
                owner,
                json.loads(self._cipher.decrypt(owner, "outbox", body)),
                Priority(priority),
            )
            for item_id, owner, priority, body in rows
        ]

    async def mark_sent(self, item_ids: Sequence[int]) -> None:
        """Drop sent replies from the outbox."""
        if not item_ids:
            return
        marks = ", ".join("?" for _ in item_ids)
        async with self._write_lock:
            await self.db.execute(
                f"DELETE FROM outbox WHERE id IN ({marks})",  # noqa: S608
                list(item_ids),
            )
