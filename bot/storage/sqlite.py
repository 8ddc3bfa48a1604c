"""The embedded Store: SQLite through aiosqlite, one connection, WAL, one writer at a time.

Every call to aiosqlite is a round trip to its thread, so a turn is kept to one read (seen
before? the user, the session) and its share of a group commit (see ``committer``): the
``turn_commits`` view's trigger writes event id, user, session and replies in one
statement, and many turns commit in one transaction, each atomic on its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sqlite3
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

import aiosqlite

from bot.privacy.crypto import FieldCipher
from bot.storage.committer import Committer, Statement, UnitOfWork
from bot.storage.migrations import MIGRATIONS
from bot.storage.records import (
    CheckIn,
    DuePrompt,
    JournalEntry,
    OutboxItem,
    Priority,
    TurnState,
    UserRecord,
    UserStatus,
    WeeklyPlan,
)

logger = logging.getLogger(__name__)

# The users columns a UserRecord is read from and saved to, in order.
USER_COLUMNS = (
    "created_at",
    "status",
    "country",
    "consented_at",
    "age_band",
    "timezone",
    "prompt_time",
    "paused",
    "quiet_start",
    "quiet_end",
    "next_prompt_at",
    "next_prompt_on",
    "last_nudge_at",
    "declined_at",
    "follow_up_at",
)
_SETTINGS = USER_COLUMNS[2:]  # what save_user writes (created_at and status are the turn's)

# Column names below come from USER_COLUMNS and _SETTINGS only, never from input.
_LOAD_TURN = """
SELECT EXISTS (SELECT 1 FROM processed_events WHERE event_id = :event),
       s.state, {columns}
FROM (SELECT :user AS user_id) AS wanted
LEFT JOIN users AS u ON u.user_id = wanted.user_id
LEFT JOIN sessions AS s ON s.user_id = wanted.user_id
""".format(columns=", ".join(f"u.{column}" for column in USER_COLUMNS))  # noqa: S608


def _ts(moment: datetime) -> str:
    return moment.isoformat()


# Every table that holds rows about a user (users last: the others refer to it).
_FORGET = tuple(
    f"DELETE FROM {table} WHERE user_id = ?"  # noqa: S608 (names from this list only)
    for table in (
        "sessions",
        "checkins",
        "journal_entries",
        "safety_plans",
        "weekly_plans",
        "step_reminders",
        "safety_events",
        "prompts",
        "outbox",
        "processed_events",
        "users",
    )
)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _user(user_id: int, *values: Any) -> UserRecord:
    row = dict(zip(USER_COLUMNS, values, strict=True))
    return UserRecord(
        user_id,
        datetime.fromisoformat(row["created_at"]),
        UserStatus(row["status"]),
        country=row["country"],
        consented_at=_moment(row["consented_at"]),
        age_band=row["age_band"],
        timezone=row["timezone"],
        prompt_time=row["prompt_time"],
        paused=bool(row["paused"]),
        quiet_start=row["quiet_start"],
        quiet_end=row["quiet_end"],
        next_prompt_at=_moment(row["next_prompt_at"]),
        next_prompt_on=date.fromisoformat(row["next_prompt_on"])
        if row["next_prompt_on"]
        else None,
        last_nudge_at=_moment(row["last_nudge_at"]),
        declined_at=_moment(row["declined_at"]),
        follow_up_at=_moment(row["follow_up_at"]),
    )


def _user_values(user: UserRecord) -> tuple[object, ...]:
    """Return the values of ``_SETTINGS`` for a user, as stored."""
    return (
        user.country,
        _ts(user.consented_at) if user.consented_at else None,
        user.age_band,
        user.timezone,
        user.prompt_time,
        int(user.paused),
        user.quiet_start,
        user.quiet_end,
        _ts(user.next_prompt_at) if user.next_prompt_at else None,
        user.next_prompt_on.isoformat() if user.next_prompt_on else None,
        _ts(user.last_nudge_at) if user.last_nudge_at else None,
        _ts(user.declined_at) if user.declined_at else None,
        _ts(user.follow_up_at) if user.follow_up_at else None,
    )


_SAVE_USER = (
    f"INSERT INTO users (user_id, created_at, {', '.join(_SETTINGS)}) "  # noqa: S608
    f"VALUES (?, ?, {', '.join('?' for _ in _SETTINGS)}) ON CONFLICT (user_id) DO UPDATE SET "
    + ", ".join(f"{column} = excluded.{column}" for column in _SETTINGS)
)


def _json(value: object) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


class SqliteTransaction:
    """One unit of work: reads go straight to the database, writes commit together at the end.

    Reads do not see this unit's own pending writes, except where a read merges them in
    (``checkins``). Reads here only touch the user's own rows, which no other unit can be
    writing while the engine holds that user's lock.
    """

    def __init__(self, db: aiosqlite.Connection, cipher: FieldCipher) -> None:
        self._db = db
        self._cipher = cipher
        self.unit = UnitOfWork()
        self._pending_checkins: dict[int, list[CheckIn]] = {}
        self._pending_plans: dict[int, dict[str, str]] = {}
        self._pending_journal: dict[int, list[JournalEntry]] = {}
        self._pending_weekly: dict[int, WeeklyPlan] = {}
        self._forgetting: set[int] = set()

    async def load_turn(self, event_id: str, user_id: int) -> TurnState:
        """Return whether the event was seen, and the user and session it starts from."""
        rows = await self._db.execute_fetchall(_LOAD_TURN, {"event": event_id, "user": user_id})
        seen, state, *columns = next(iter(rows))
        user = _user(user_id, *columns) if columns[0] is not None else None
        session = json.loads(self._cipher.decrypt(user_id, "session", state)) if state else None
        return TurnState(bool(seen), user, session)

    async def commit_turn(
        self,
        event_id: str,
        user_id: int,
        session: dict[str, Any] | None,
        replies: Sequence[dict[str, Any]],
        priority: Priority,
        at: datetime,
    ) -> OutboxItem | None:
        """Record the event, save the session (sealed), queue the replies (sealed); atomically.

        Durable when the transaction block ends; DuplicateEvent is raised there if the
        event id was committed before.
        """
        if user_id in self._forgetting:
            return self._commit_forgotten(event_id, user_id, replies, priority, at)
        sealed_state = (
            self._cipher.encrypt(user_id, "session", _json(session))
            if session is not None
            else None
        )
        sealed_replies = (
            self._cipher.encrypt(user_id, "outbox", _json(replies)) if replies else None
        )
        self.unit.turn = (event_id, user_id, _ts(at), sealed_state, sealed_replies, int(priority))
        return OutboxItem(event_id, user_id, list(replies), priority) if replies else None

    async def last_prompt_day(self, user_id: int) -> date | None:
        """Return the user's local day of their last daily prompt, if any."""
        rows = await self._db.execute_fetchall(
            "SELECT MAX(local_date) FROM prompts WHERE user_id = ? AND state != 'due'",
            (user_id,),
        )
        day = next(iter(rows))[0]
        return date.fromisoformat(day) if day else None

    def withdraw_prompt(self, user_id: int) -> None:
        """Drop a claimed prompt not sent yet: settings changed, so it is worked out again."""
        self.unit.writes.append(
            ("DELETE FROM prompts WHERE user_id = ? AND state = 'due'", (user_id,))
        )

    async def forget_user(self, user_id: int) -> None:
        """Erase every row about the user when this unit commits; nothing of the turn stays.

        The turn's replies are still queued, so the user hears it is done; the event id is
        kept without the user, so a repeated update is still recognised.
        """
        self._forgetting.add(user_id)
        self._pending_checkins.pop(user_id, None)
        self._pending_plans.pop(user_id, None)
        self._pending_journal.pop(user_id, None)
        self._pending_weekly.pop(user_id, None)

    def _commit_forgotten(
        self,
        event_id: str,
        user_id: int,
        replies: Sequence[dict[str, Any]],
        priority: Priority,
        at: datetime,
    ) -> OutboxItem | None:
        self.unit.writes = [(sql, (user_id,)) for sql in _FORGET]
        self.unit.writes.append(
            (
                "INSERT INTO processed_events (event_id, user_id, at) VALUES (?, 0, ?)",
                (event_id, _ts(at)),
            )
        )
        if replies:
            sealed = self._cipher.encrypt(user_id, "outbox", _json(replies))
            self.unit.writes.append(
                (
                    "INSERT INTO outbox (key, user_id, priority, created_at, replies) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (event_id, user_id, int(priority), _ts(at), sealed),
                )
            )
        self.unit.erases = True
        return OutboxItem(event_id, user_id, list(replies), priority) if replies else None

    async def set_status(self, user_id: int, status: UserStatus) -> None:
        """Mark a user active or blocked."""
        self.unit.writes.append(
            ("UPDATE users SET status = ? WHERE user_id = ?", (status.value, user_id))
        )

    async def save_user(self, user: UserRecord) -> None:
        """Save a user's settings (created if new; the status is left as it is)."""
        self.unit.writes.append(
            (_SAVE_USER, (user.user_id, _ts(user.created_at), *_user_values(user)))
        )

    async def record_safety_event(self, user_id: int, level: str, at: datetime) -> None:
        """Record that the screen raised a level for this user: the time and level, no text."""
        self.unit.writes.append(
            (
                "INSERT INTO safety_events (user_id, at, level) VALUES (?, ?, ?)",
                (user_id, _ts(at), level),
            )
        )

    async def add_checkin(self, user_id: int, checkin: CheckIn) -> None:
        """Save one check-in (the note encrypted)."""
        note = (
            self._cipher.encrypt(user_id, "checkin.note", checkin.note) if checkin.note else None
        )
        self.unit.writes.append(
            (
                "INSERT INTO checkins (user_id, at, local_date, presence, connection, feeling, "
                "note) VALUES (?, ?, ?, ?, ?, ?, ?)",
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
        )
        self._pending_checkins.setdefault(user_id, []).append(checkin)

    async def safety_plan(self, user_id: int) -> dict[str, str]:
        """Return the user's safety plan, part by part, this unit's own change included."""
        if user_id in self._pending_plans:
            return dict(self._pending_plans[user_id])
        rows = await self._db.execute_fetchall(
            "SELECT plan FROM safety_plans WHERE user_id = ?", (user_id,)
        )
        for (sealed,) in rows:
            plan: dict[str, str] = json.loads(self._cipher.decrypt(user_id, "safety_plan", sealed))
            return plan
        return {}

    async def save_safety_plan(self, user_id: int, plan: Mapping[str, str], at: datetime) -> None:
        """Save the user's whole safety plan, sealed as one document."""
        sealed = self._cipher.encrypt(user_id, "safety_plan", _json(dict(plan)))
        self.unit.writes.append(
            (
                "INSERT INTO safety_plans (user_id, plan, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (user_id) DO UPDATE SET plan = excluded.plan, "
                "updated_at = excluded.updated_at",
                (user_id, sealed, _ts(at)),
            )
        )
        self._pending_plans[user_id] = dict(plan)

    async def add_journal_entry(self, user_id: int, entry: JournalEntry) -> None:
        """Save one journal entry, its parts sealed as one document."""
        body = self._cipher.encrypt(user_id, "journal", _json(entry.parts))
        self.unit.writes.append(
            (
                "INSERT INTO journal_entries (user_id, at, local_date, template, body) "
                "VALUES (?, ?, ?, ?, ?)",
                (user_id, _ts(entry.at), entry.local_date.isoformat(), entry.template, body),
            )
        )
        self._pending_journal.setdefault(user_id, []).append(entry)

    async def journal_entries(self, user_id: int) -> list[JournalEntry]:
        """Return the user's journal entries, oldest first, this unit's own included."""
        rows = await self._db.execute_fetchall(
            "SELECT id, at, local_date, template, body FROM journal_entries "
            "WHERE user_id = ? ORDER BY at, id",
            (user_id,),
        )
        stored = [
            JournalEntry(
                at=datetime.fromisoformat(at),
                local_date=date.fromisoformat(local_date),
                template=template,
                parts=json.loads(self._cipher.decrypt(user_id, "journal", body)),
                entry_id=entry_id,
            )
            for entry_id, at, local_date, template, body in rows
        ]
        return stored + self._pending_journal.get(user_id, [])

    async def weekly_plan(self, user_id: int) -> WeeklyPlan | None:
        """Return the user's weekly plan, this unit's own change included."""
        if user_id in self._pending_weekly:
            return self._pending_weekly[user_id]
        rows = await self._db.execute_fetchall(
            "SELECT started_on, days FROM weekly_plans WHERE user_id = ?", (user_id,)
        )
        for started_on, days in rows:
            marks = {int(day): str(mark) for day, mark in json.loads(days).items()}
            return WeeklyPlan(date.fromisoformat(started_on), marks)
        return None

    async def save_weekly_plan(self, user_id: int, plan: WeeklyPlan, at: datetime) -> None:
        """Save the user's weekly plan (a new start replaces the old one)."""
        self.unit.writes.append(
            (
                "INSERT INTO weekly_plans (user_id, started_on, days, updated_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET "
                "started_on = excluded.started_on, days = excluded.days, "
                "updated_at = excluded.updated_at",
                (user_id, plan.started_on.isoformat(), _json(plan.days), _ts(at)),
            )
        )
        self._pending_weekly[user_id] = plan

    async def safety_events(self, user_id: int) -> list[tuple[datetime, str]]:
        """Return when the screen raised a level for the user, and which (no text)."""
        rows = await self._db.execute_fetchall(
            "SELECT at, level FROM safety_events WHERE user_id = ? ORDER BY at, id", (user_id,)
        )
        return [(datetime.fromisoformat(at), level) for at, level in rows]

    async def step_reminders(self, user_id: int) -> list[tuple[str, date]]:
        """Return the small steps the user asked to be reminded of, and when."""
        rows = await self._db.execute_fetchall(
            "SELECT card, due_on FROM step_reminders WHERE user_id = ? ORDER BY due_on, id",
            (user_id,),
        )
        return [(card, date.fromisoformat(due_on)) for card, due_on in rows]

    async def add_step_reminder(self, user_id: int, card: str, due_on: date) -> None:
        """Ask to be reminded of a small step on a day (once per card and day)."""
        self.unit.writes.append(
            (
                "INSERT INTO step_reminders (user_id, card, due_on) VALUES (?, ?, ?) "
                "ON CONFLICT DO NOTHING",
                (user_id, card, due_on.isoformat()),
            )
        )

    async def take_step_reminders(self, user_id: int, day: date) -> list[str]:
        """Return the cards due by ``day`` and remove them when this unit commits."""
        rows = await self._db.execute_fetchall(
            "SELECT card FROM step_reminders WHERE user_id = ? AND due_on <= ? ORDER BY id",
            (user_id, day.isoformat()),
        )
        self.unit.writes.append(
            (
                "DELETE FROM step_reminders WHERE user_id = ? AND due_on <= ?",
                (user_id, day.isoformat()),
            )
        )
        return [card for (card,) in rows]

    async def checkins(self, user_id: int, since: datetime | None = None) -> list[CheckIn]:
        """Return the user's check-ins, oldest first, this unit's own included."""
        rows = await self._db.execute_fetchall(
            "SELECT at, local_date, presence, connection, feeling, note FROM checkins "
            "WHERE user_id = ? AND at >= ? ORDER BY at, id",
            (user_id, _ts(since) if since else ""),
        )
        stored = [
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
        pending = [
            c for c in self._pending_checkins.get(user_id, []) if not since or c.at >= since
        ]
        return stored + pending


class SqliteStore:
    """SQLite behind the Store protocol: one long-lived connection, WAL, numbered migrations."""

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
        self._checkpointer = asyncio.create_task(self._checkpoint_loop())

    async def _checkpoint_loop(self) -> None:
        """Copy the WAL back into the database now and then, beside the writer, not in it.

        Under steady writing a PASSIVE checkpoint never catches the last frames, so the WAL
        would never start over and would grow without end (and its index with it, in memory).
        Once it passes ``wal_limit`` bytes a TRUNCATE checkpoint runs between two group
        commits and empties it (a few milliseconds; most frames are copied already).
        """
        wal = self.path.with_name(self.path.name + "-wal")
        async with aiosqlite.connect(self.path, isolation_level=None) as db:
            await db.execute("PRAGMA busy_timeout = 5000")
            while True:
                await asyncio.sleep(self._checkpoint_every)
                try:
                    await db.execute("PRAGMA wal_checkpoint(PASSIVE)")
                    if _size(wal) > self._wal_limit:
                        # Between two group commits, on the writer's own connection: nothing
                        # can write meanwhile, so it cannot be starved, and the frames left
                        # to copy are few.
                        async with self._write_lock:
                            await self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                except sqlite3.Error:
                    logger.warning("background checkpoint failed; will try again", exc_info=True)

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

    async def claim_due_prompts(
        self, until: datetime, late_before: datetime, limit: int
    ) -> tuple[list[int], list[int]]:
        """Claim up to ``limit`` users whose prompt is due by ``until`` (now, or a little
        ahead), soonest first: one row each in ``prompts`` (the primary key allows one a
        local day) and their next prompt cleared until it is worked out again.

        Returns (due, reschedule): users with a prompt to send, and users to give a new
        next prompt without one: late beyond ``late_before`` (skipped, never piled up), or
        already prompted that local day. Blocked users are not claimed, nor paused ones
        unless a follow-up they asked for is due. A few statements whatever the number.
        """
        due_where = (
            "FROM users WHERE next_prompt_at IS NOT NULL AND next_prompt_at <= :until "
            "AND status = 'active' AND (paused = 0 OR follow_up_at IS NOT NULL) "
            "ORDER BY next_prompt_at LIMIT :limit"
        )
        params = {"until": _ts(until), "late": _ts(late_before), "limit": limit}
        async with self._write_lock:
            await self.db.execute("BEGIN IMMEDIATE")
            try:
                claimed = await self.db.execute_fetchall(
                    f"SELECT user_id, next_prompt_on {due_where}",
                    params,
                )
                if not claimed:
                    await self.db.execute("COMMIT")
                    return [], []
                await self.db.execute(
                    "INSERT OR IGNORE INTO prompts (user_id, local_date, due_at, state) "
                    "SELECT user_id, next_prompt_on, next_prompt_at, "
                    "CASE WHEN next_prompt_at < :late THEN 'late' ELSE 'due' END "
                    f"{due_where}",
                    params,
                )
                ids = _json([user_id for user_id, _ in claimed])
                await self.db.execute(
                    "UPDATE users SET next_prompt_at = NULL "
                    "WHERE user_id IN (SELECT value FROM json_each(?))",
                    (ids,),
                )
                pending = await self.db.execute_fetchall(
                    # CROSS JOIN keeps the claims the outer loop: one key lookup each.
                    "SELECT p.user_id FROM json_each(?) AS c CROSS JOIN prompts AS p "
                    "ON p.user_id = c.value ->> 0 AND p.local_date = c.value ->> 1 "
                    "WHERE p.state = 'due'",
                    (_json([[user_id, day] for user_id, day in claimed]),),
                )
                await self.db.execute("COMMIT")
            except BaseException:
                await self.db.execute("ROLLBACK")
                raise
        due = {user_id for (user_id,) in pending}
        return (
            [user_id for user_id, _ in claimed if user_id in due],
            [user_id for user_id, _ in claimed if user_id not in due],
        )

    async def due_prompts(
        self, now: datetime, *, talking_since: datetime, late_before: datetime, limit: int
    ) -> list[DuePrompt]:
        """Return claimed prompts due by ``now`` and not yet sent, oldest first, with their
        users. A prompt to someone who wrote since ``talking_since`` waits (they are in the
        middle of something), unless it is late beyond ``late_before`` and only to be closed.
        """
        columns = ", ".join(f"u.{column}" for column in USER_COLUMNS)
        rows = await self.db.execute_fetchall(
            f"SELECT p.user_id, p.local_date, p.due_at, "  # noqa: S608
            "EXISTS (SELECT 1 FROM processed_events "
            "WHERE event_id = 'prompt:' || p.user_id || ':' || p.local_date), "
            f"{columns} FROM prompts AS p JOIN users AS u ON u.user_id = p.user_id "
            "WHERE p.state = 'due' AND p.due_at <= :now AND (p.due_at < :late OR NOT EXISTS "
            "(SELECT 1 FROM sessions AS s WHERE s.user_id = p.user_id "
            "AND s.updated_at >= :talking)) ORDER BY p.due_at LIMIT :limit",
            {
                "now": _ts(now),
                "late": _ts(late_before),
                "talking": _ts(talking_since),
                "limit": limit,
            },
        )
        return [
            DuePrompt(
                _user(user_id, *values),
                date.fromisoformat(day),
                datetime.fromisoformat(due_at),
                bool(done),
            )
            for user_id, day, due_at, done, *values in rows
        ]

    async def users(self, user_ids: Sequence[int]) -> list[UserRecord]:
        """Return the records of these users (those that exist), in one query."""
        rows = await self.db.execute_fetchall(
            f"SELECT user_id, {', '.join(USER_COLUMNS)} FROM users "  # noqa: S608
            "WHERE user_id IN (SELECT value FROM json_each(?))",
            (_json(list(user_ids)),),
        )
        return [_user(user_id, *values) for user_id, *values in rows]

    async def user(self, user_id: int) -> UserRecord | None:
        """Return a user's record, if they exist."""
        return next(iter(await self.users([user_id])), None)

    async def finish_prompts(self, finished: Sequence[tuple[UserRecord, date, str]]) -> None:
        """Close claimed prompts (sent, late or skipped) and keep each user's next one (and
        follow-up, gone once its day is done), in one commit. A claim withdrawn meanwhile (the
        user changed their settings or asked for a follow-up, which worked out the next
        prompt afresh) leaves the user as they are."""
        writes: list[Statement] = []
        for user, day, state in finished:
            writes += [
                (
                    "UPDATE users SET next_prompt_at = ?, next_prompt_on = ?, follow_up_at = ? "
                    "WHERE user_id = ? "
                    "AND EXISTS (SELECT 1 FROM prompts WHERE user_id = ? AND local_date = ?)",
                    (
                        _ts(user.next_prompt_at) if user.next_prompt_at else None,
                        user.next_prompt_on.isoformat() if user.next_prompt_on else None,
                        _ts(user.follow_up_at) if user.follow_up_at else None,
                        user.user_id,
                        user.user_id,
                        day.isoformat(),
                    ),
                ),
                (
                    "UPDATE prompts SET state = ? WHERE user_id = ? AND local_date = ? "
                    "AND state != 'sent'",
                    (state, user.user_id, day.isoformat()),
                ),
            ]
        if writes:
            await self.committer.commit(UnitOfWork(writes=writes))

    async def finish_prompt(self, user: UserRecord, day: date, state: str) -> None:
        """Close one claimed prompt; see ``finish_prompts``."""
        await self.finish_prompts([(user, day, state)])

    async def prune(self, *, notes_before: datetime | None, events_before: datetime) -> int:
        """Delete journal entries and check-in notes older than ``notes_before`` (if given),
        and processed-event ids and past prompts older than ``events_before``; return the
        rows touched."""
        statements: list[tuple[str, tuple[str]]] = [
            ("DELETE FROM processed_events WHERE at < ?", (_ts(events_before),)),
            # Prompts past: a day's row only keeps that day from being prompted twice.
            (
                "DELETE FROM prompts WHERE local_date < ? AND state != 'due'",
                (events_before.date().isoformat(),),
            ),
        ]
        if notes_before is not None:
            cutoff = (_ts(notes_before),)
            statements += [
                ("DELETE FROM journal_entries WHERE at < ?", cutoff),
                ("UPDATE checkins SET note = NULL WHERE at < ? AND note IS NOT NULL", cutoff),
            ]
        touched = 0
        async with self._write_lock:
            await self.db.execute("BEGIN IMMEDIATE")
            try:
                for sql, params in statements:
                    async with self.db.execute(sql, params) as cursor:
                        touched += cursor.rowcount
                await self.db.execute("COMMIT")
            except BaseException:
                await self.db.execute("ROLLBACK")
                raise
        if touched and notes_before is not None:
            await self.empty_wal()
        return touched

    async def pending_outbox(
        self, limit: int = 100, user_id: int | None = None
    ) -> list[OutboxItem]:
        """Return outbox items with replies still to send, by priority, oldest first."""
        where, params = ("WHERE user_id = ?", [user_id]) if user_id is not None else ("", [])
        async with self._write_lock:  # never read another turn's uncommitted replies
            rows = await self.db.execute_fetchall(
                f"SELECT key, user_id, priority, replies, sent FROM outbox {where} "  # noqa: S608
                "ORDER BY priority, id LIMIT ?",
                [*params, limit],
            )
        return [
            OutboxItem(
                key,
                owner,
                json.loads(self._cipher.decrypt(owner, "outbox", replies)),
                Priority(priority),
                sent,
            )
            for key, owner, priority, replies, sent in rows
        ]

    async def mark_sent(self, item: OutboxItem, count: int | None = None) -> None:
        """Record that the first ``count`` replies of an item have left (default: all).

        Group-committed with the turns being written, so a busy sender adds no commits.
        """
        count = len(item.replies) if count is None else count
        if count >= len(item.replies):
            unit = UnitOfWork(forget=[item.key])
        else:
            unit = UnitOfWork(
                writes=[("UPDATE outbox SET sent = ? WHERE key = ?", (count, item.key))]
            )
        await self.committer.commit(unit)
