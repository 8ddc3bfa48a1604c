"""Group commit: many users' turns written in one SQLite transaction, each atomic on its own.

A turn's writes are gathered in a ``UnitOfWork``. The committer takes every unit waiting,
runs them in one ``BEGIN IMMEDIATE ... COMMIT`` (turn rows and sent-item deletions each
through one ``executemany``), and only then tells each turn it is durable. If the batch
fails it is rolled back and each unit is replayed in a transaction of its own, so one bad
turn (a repeated event id) fails alone and the others still commit.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field

import aiosqlite

from bot.storage.protocol import DuplicateEvent

INSERT_TURN = (
    "INSERT INTO turn_commits (event_id, user_id, at, state, replies, priority) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
DELETE_SENT = "DELETE FROM outbox WHERE key = ?"

Statement = tuple[str, Sequence[object]]


@dataclass(slots=True)
class UnitOfWork:
    """The writes of one turn: records, the turn row, outbox items to forget."""

    writes: list[Statement] = field(default_factory=list)
    turn: Sequence[object] | None = None
    forget: list[str] = field(default_factory=list)
    erases: bool = False  # deletes a person: the WAL is emptied after it commits

    def __bool__(self) -> bool:
        return bool(self.writes or self.turn is not None or self.forget)


@dataclass(slots=True)
class _Waiting:
    unit: UnitOfWork
    done: asyncio.Future[None]


class Committer:
    """Commit units of work in batches on one connection, never two transactions at once."""

    def __init__(self, db: aiosqlite.Connection, lock: asyncio.Lock) -> None:
        self._db = db
        self._lock = lock
        self._waiting: list[_Waiting] = []
        self._runner: asyncio.Task[None] | None = None

    async def commit(self, unit: UnitOfWork) -> None:
        """Return once the unit is durable; raise DuplicateEvent if its event was seen."""
        if not unit:
            return
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.append(_Waiting(unit, done))
        if self._runner is None or self._runner.done():
            self._runner = asyncio.create_task(self._run())
        await done

    async def _run(self) -> None:
        while self._waiting:
            batch, self._waiting = self._waiting, []
            async with self._lock:
                try:
                    await self._write(batch)
                except Exception:
                    await self._rollback()
                    for waiting in batch:
                        await self._write_alone(waiting)
                    continue
            for waiting in batch:
                _settle(waiting)

    async def _write(self, batch: list[_Waiting]) -> None:
        if len(batch) == 1 and await self._write_single(batch[0].unit):
            return
        await self._db.execute("BEGIN IMMEDIATE")
        for waiting in batch:
            for sql, params in waiting.unit.writes:
                await self._db.execute(sql, params)
        turns = [w.unit.turn for w in batch if w.unit.turn is not None]
        if turns:
            await self._db.executemany(INSERT_TURN, turns)
        forget = [(key,) for w in batch for key in w.unit.forget]
        if forget:
            await self._db.executemany(DELETE_SENT, forget)
        await self._db.execute("COMMIT")

    async def _write_single(self, unit: UnitOfWork) -> bool:
        """Write a unit that is one statement on its own (atomic without BEGIN); else False."""
        if unit.writes:
            return False
        if unit.turn is not None and not unit.forget:
            await self._db.execute(INSERT_TURN, unit.turn)
            return True
        if unit.turn is None and len(unit.forget) == 1:
            await self._db.execute(DELETE_SENT, (unit.forget[0],))
            return True
        return False

    async def _write_alone(self, waiting: _Waiting) -> None:
        try:
            await self._write([waiting])
        except sqlite3.IntegrityError as error:
            await self._rollback()
            turn = waiting.unit.turn
            if turn is not None and await self._seen(turn[0]):
                _settle(waiting, DuplicateEvent(str(turn[0])))
            else:
                _settle(waiting, error)
        except Exception as error:
            await self._rollback()
            _settle(waiting, error)
        else:
            _settle(waiting)

    async def _seen(self, event_id: object) -> bool:
        """Return whether the event id was committed before (checked, not read off an error)."""
        rows = await self._db.execute_fetchall(
            "SELECT 1 FROM processed_events WHERE event_id = ?", (event_id,)
        )
        return bool(list(rows))

    async def _rollback(self) -> None:
        if self._db.in_transaction:
            await self._db.execute("ROLLBACK")


def _settle(waiting: _Waiting, error: Exception | None = None) -> None:
    """Tell a unit how its commit went, unless its caller gave up waiting (cancelled)."""
    if waiting.done.done():
        return
    if error is None:
        waiting.done.set_result(None)
    else:
        waiting.done.set_exception(error)
