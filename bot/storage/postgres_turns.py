"""A PostgreSQL transaction's turn statements: the user's lock, the event, the session, the
user, their erasure, prompts.

One turn per user at a time, across every worker: ``load_turn`` first takes the user's
advisory lock (held until the transaction ends), and only then reads.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from functools import cache
from typing import Any

import psycopg

from bot.storage.declared import user_tables
from bot.storage.postgres_unit import PostgresUnit
from bot.storage.protocol import DuplicateEvent
from bot.storage.records import (
    OutboxItem,
    Priority,
    PromptState,
    TurnState,
    UserRecord,
    UserStatus,
)
from bot.storage.rows import (
    SETTINGS,
    USER_COLUMNS,
    to_json,
    user_from_row,
    user_values,
)

# Column and table names below come from USER_COLUMNS, SETTINGS and the declared tables only.
LOAD_TURN = (
    "SELECT EXISTS (SELECT 1 FROM processed_events WHERE event_id = %s), s.state, "  # noqa: S608
    + ", ".join(f"u.{column}" for column in USER_COLUMNS)
    + " FROM (SELECT %s::bigint AS user_id) AS wanted "
    "LEFT JOIN users AS u ON u.user_id = wanted.user_id "
    "LEFT JOIN sessions AS s ON s.user_id = wanted.user_id"
)
SAVE_USER = (
    f"INSERT INTO users (user_id, created_at, {', '.join(SETTINGS)}) "  # noqa: S608
    f"VALUES (%s, %s, {', '.join('%s' for _ in SETTINGS)}) ON CONFLICT (user_id) DO UPDATE SET "
    + ", ".join(f"{column} = excluded.{column}" for column in SETTINGS)
)


@cache
def forget() -> tuple[str, ...]:
    """Return the statements that erase a person: one per table the features and the turn
    declare."""
    return tuple(f"DELETE FROM {table} WHERE user_id = %s" for table in user_tables())  # noqa: S608


QUEUE = (
    "INSERT INTO outbox (key, user_id, priority, created_at, replies, claimed_by, claimed_until) "
    "VALUES (%s, %s, %s, %s, %s, %s, now() + %s)"
)


class PostgresTurns(PostgresUnit):
    """Load a turn under the user's lock and commit it; users and their erasure."""

    async def load_turn(self, event_id: str, user_id: int) -> TurnState:
        """Take the user's lock, then return whether the event was seen, and the user and
        session it starts from."""
        # One round trip for both (a pipeline): the server still runs them in order, so the
        # read waits for the lock and sees what the user's last turn committed.
        async with self._db.pipeline():
            await self._db.execute("SELECT pg_advisory_xact_lock(%s)", (user_id,))
            cursor = await self._db.execute(LOAD_TURN, (event_id, user_id))
        ((seen, state, *columns),) = await cursor.fetchall()
        user = user_from_row(user_id, *columns) if columns[0] is not None else None
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
        """Record the event, save the session (sealed), queue the replies (sealed, held by
        this worker to send); raise DuplicateEvent if the event was committed before."""
        forgetting = user_id in self._forgetting
        if forgetting:
            for sql in forget():  # everything about them, this unit's own writes too
                await self._write(sql, (user_id,))
        # The turn's writes go in one round trip (a pipeline); a duplicate event is found
        # when it ends, and raising then rolls every one of them back with the transaction.
        try:
            async with self._db.pipeline():
                recorded = await self._db.execute(
                    "INSERT INTO processed_events (event_id, user_id, at) VALUES (%s, %s, %s) "
                    "ON CONFLICT DO NOTHING",
                    (event_id, 0 if forgetting else user_id, at),
                )
                item = await self._queue_turn(event_id, user_id, session, replies, priority, at)
        except psycopg.errors.UniqueViolation:  # its replies are queued still: seen before
            raise DuplicateEvent(event_id) from None
        if not recorded.rowcount:
            raise DuplicateEvent(event_id)
        return item

    async def _queue_turn(
        self,
        event_id: str,
        user_id: int,
        session: dict[str, Any] | None,
        replies: Sequence[dict[str, Any]],
        priority: Priority,
        at: datetime,
    ) -> OutboxItem | None:
        """Save the user and session and queue the replies (in the caller's pipeline)."""
        if user_id not in self._forgetting:
            await self._write(
                "INSERT INTO users (user_id, created_at) VALUES (%s, %s) ON CONFLICT (user_id) "
                "DO UPDATE SET status = %s WHERE users.status <> %s",
                (user_id, at, UserStatus.ACTIVE.value, UserStatus.ACTIVE.value),
            )
            if session is not None:
                await self._write(
                    "INSERT INTO sessions (user_id, state, updated_at) VALUES (%s, %s, %s) "
                    "ON CONFLICT (user_id) DO UPDATE SET state = excluded.state, "
                    "updated_at = excluded.updated_at",
                    (user_id, self._cipher.encrypt(user_id, "session", to_json(session)), at),
                )
        if not replies:
            return None
        sealed = self._cipher.encrypt(user_id, "outbox", to_json(replies))
        await self._write(
            QUEUE,
            (event_id, user_id, int(priority), at, sealed, self._worker, self._outbox_lease),
        )
        return OutboxItem(event_id, user_id, list(replies), priority)

    async def forget_user(self, user_id: int) -> None:
        """Erase every row about the user when this unit commits its turn; the turn's replies
        are still queued, and its event id kept without the user."""
        self._forgetting.add(user_id)

    async def set_status(self, user_id: int, status: UserStatus) -> None:
        """Mark a user active or blocked."""
        await self._write(
            "UPDATE users SET status = %s WHERE user_id = %s", (status.value, user_id)
        )

    async def save_user(self, user: UserRecord) -> None:
        """Save a user's settings (created if new; the status is left as it is)."""
        await self._write(SAVE_USER, (user.user_id, user.created_at, *user_values(user)))

    async def last_prompt_day(self, user_id: int) -> date | None:
        """Return the user's local day of their last daily prompt, if any."""
        ((day,),) = await self._rows(
            "SELECT max(local_date) FROM prompts WHERE user_id = %s AND state <> %s",
            (user_id, PromptState.DUE.value),
        )
        return day if isinstance(day, date) else None

    def withdraw_prompt(self, user_id: int) -> None:
        """Drop a claimed prompt not sent yet, when this unit ends."""
        self._deferred.append(
            (
                "DELETE FROM prompts WHERE user_id = %s AND state = %s",
                (user_id, PromptState.DUE.value),
            )
        )
