"""The SQLite connection: pragmas, migrations, checkpoints, the write lock and units of work."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiosqlite

from bot.privacy.crypto import FieldCipher
from bot.storage.committer import Committer
from bot.storage.migrations import MIGRATIONS
from bot.storage.sqlite_transaction import SqliteTransaction

logger = logging.getLogger(__name__)


def file_size(path: Path) -> int:
    """Return a file's size in bytes (0 if it is not there)."""
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


class SqliteConnection:
    """One long-lived connection in WAL mode, one writer at a time, numbered migrations."""

    def __init__(
        self,
        path: Path | str,
        cipher: FieldCipher,
        *,
        synchronous: str = "NORMAL",
        checkpoint_every: float = 1.0,
        wal_limit: int = 32 * 2**20,
    ):
        self.path = Path(path)
        self._cipher = cipher
        self._synchronous = synchronous
        self._checkpoint_every = checkpoint_every
        self._wal_limit = wal_limit
        self._db: aiosqlite.Connection | None = None
        self._checkpointer: asyncio.Task[None] | None = None
        self._side: aiosqlite.Connection | None = None  # the checkpointer's own connection
        self._write_lock = asyncio.Lock()
        self._committer: Committer | None = None

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
        try:
            for pragma in (
                "PRAGMA journal_mode = WAL",
                f"PRAGMA synchronous = {self._synchronous}",
                "PRAGMA busy_timeout = 5000",
                "PRAGMA foreign_keys = ON",
                "PRAGMA secure_delete = ON",
                # Checkpoints run on a connection of their own (see _checkpoint_loop), so that
                # no user's turn waits while the WAL is copied back into the database.
                "PRAGMA wal_autocheckpoint = 0",
                "PRAGMA journal_size_limit = 67108864",
            ):
                await self._db.execute(pragma)
            await self._migrate()
            self._committer = Committer(self._db, self._write_lock)
            # Connected here, not in the task: a task cancelled while aiosqlite connects leaves
            # its thread to finish the connection after the event loop may be gone.
            self._side = await aiosqlite.connect(self.path, isolation_level=None)
            await self._side.execute("PRAGMA busy_timeout = 5000")
            self._checkpointer = asyncio.create_task(self._checkpoint_loop(self._side))
        except BaseException:
            # A failed open leaves nothing open behind it (a migration error, a locked file).
            await self._discard()
            raise

    async def _discard(self) -> None:
        """Close whatever open() had opened, without the checkpoint close() ends with."""
        for connection in (self._side, self._db):
            if connection is not None:
                with contextlib.suppress(Exception):
                    await connection.close()
        self._side = self._db = None
        self._committer = None

    async def _checkpoint_loop(self, side: aiosqlite.Connection) -> None:
        """Copy the WAL back into the database now and then, beside the writer, not in it.

        Under steady writing a PASSIVE checkpoint never catches the last frames, so the WAL
        would never start over and would grow without end (and its index with it, in memory).
        Once it passes ``wal_limit`` bytes a TRUNCATE checkpoint runs between two group
        commits and empties it (a few milliseconds; most frames are copied already).
        """
        while True:
            await asyncio.sleep(self._checkpoint_every)
            try:
                await self.checkpoint(side)
            except sqlite3.Error:
                logger.warning("background checkpoint failed; will try again", exc_info=True)

    async def checkpoint(self, side: aiosqlite.Connection) -> None:
        """One round of the checkpointer, on a connection of its own (``side``): copy what
        it can, and empty the WAL once it has passed ``wal_limit`` bytes."""
        await side.execute("PRAGMA wal_checkpoint(PASSIVE)")
        if file_size(self.path.with_name(self.path.name + "-wal")) > self._wal_limit:
            # Between two group commits, on the writer's own connection: nothing can write
            # meanwhile, so it cannot be starved, and the frames left to copy are few.
            async with self._write_lock:
                await self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    async def _migrate(self) -> None:
        rows = await self.db.execute_fetchall("PRAGMA user_version")
        current = next(iter(rows))[0]
        for number, script in enumerate(MIGRATIONS, start=1):
            if number <= current:
                continue
            # executescript commits as it goes; the version is set in the same script,
            # so a crash part-way leaves the old version and the script runs again whole.
            await self.db.executescript(
                f"BEGIN IMMEDIATE;\n{script};\nPRAGMA user_version = {number};\nCOMMIT;"
            )
            logger.info("database migrated to schema %d", number)

    async def close(self) -> None:
        """Stop checkpointing, fold the WAL back into the database, close the connection."""
        if self._checkpointer is not None:
            self._checkpointer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._checkpointer
            self._checkpointer = None
        if self._side is not None:
            await self._side.close()  # after anything the cancelled round had queued on it
            self._side = None
        if self._db is not None:
            await self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            await self._db.close()
            self._db = None

    @property
    def committer(self) -> Committer:
        """Return the group committer of the open store."""
        if self._committer is None:
            raise RuntimeError("the store is not open: call open() first")
        return self._committer

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[SqliteTransaction]:
        """Begin a unit of work; its writes commit together when the block ends without error."""
        tx = SqliteTransaction(self.db, self._cipher)
        yield tx
        await self.committer.commit(tx.unit)
        if tx.unit.erases:
            await self.empty_wal()

    @asynccontextmanager
    async def immediate(self) -> AsyncIterator[aiosqlite.Connection]:
        """Write outside the group committer: under the write lock, in one transaction
        begun IMMEDIATE, committed when the block ends and rolled back if it raises."""
        async with self._write_lock:
            await self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
                await self.db.execute("COMMIT")
            except BaseException:
                await self.db.execute("ROLLBACK")
                raise

    async def empty_wal(self) -> None:
        """Copy the WAL into the database and cut it to nothing, so erased rows' old pages
        are gone from it too (secure_delete has already zeroed them in the database)."""
        async with self._write_lock:
            for _ in range(50):
                rows = await self.db.execute_fetchall("PRAGMA wal_checkpoint(TRUNCATE)")
                busy = next(iter(rows))[0]
                if not busy:
                    return
                await asyncio.sleep(0.01)  # the side checkpointer was reading; try again
        logger.warning("could not empty the WAL after an erasure; the next checkpoint will")
