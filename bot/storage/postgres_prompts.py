"""Daily prompts in PostgreSQL: claims of who is due, the prompts to send, closing them.

With several workers on one database, a tick's claim takes users with ``FOR UPDATE SKIP
LOCKED`` (two ticks at once claim different people; the primary key allows one prompt a
user and day in any case), and a claimed prompt is leased to the worker that sends it
until ``lease_until``, on the scheduler's clock: another worker takes it over only once
that has passed, so a worker that dies holds nobody's prompt for long.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from bot.storage.postgres_connection import DbConnection, PostgresConnection
from bot.storage.records import (
    EVENT_SEPARATOR,
    PROMPT_EVENT,
    DuePrompt,
    PromptState,
    UserRecord,
    UserStatus,
)
from bot.storage.rows import USER_COLUMNS, user_from_row

DUE_USERS = (
    "SELECT user_id, next_prompt_on, next_prompt_at FROM users "
    "WHERE next_prompt_at IS NOT NULL AND next_prompt_at <= %s AND status = %s "
    "AND (paused = 0 OR follow_up_at IS NOT NULL) "
    "ORDER BY next_prompt_at LIMIT %s FOR UPDATE SKIP LOCKED"
)
LEASE = (
    "UPDATE prompts AS p SET leased_by = %(me)s, lease_until = %(until)s FROM ("
    "SELECT user_id, local_date FROM prompts AS w WHERE state = %(due)s AND due_at <= %(now)s "
    "AND (leased_by = %(me)s OR lease_until IS NULL OR lease_until <= %(now)s) "
    "AND (due_at < %(late)s OR NOT EXISTS (SELECT 1 FROM sessions AS s "
    "WHERE s.user_id = w.user_id AND s.updated_at >= %(talking)s)) "
    "ORDER BY due_at LIMIT %(limit)s FOR UPDATE SKIP LOCKED) AS c "
    "WHERE p.user_id = c.user_id AND p.local_date = c.local_date "
    "RETURNING p.user_id, p.local_date, p.due_at, EXISTS (SELECT 1 FROM processed_events "
    "WHERE event_id = %(prefix)s || p.user_id || %(separator)s "
    "|| to_char(p.local_date, 'YYYY-MM-DD'))"
)
USERS = (
    f"SELECT user_id, {', '.join(USER_COLUMNS)} FROM users "  # noqa: S608
    "WHERE user_id = ANY(%s)"
)


class PostgresPrompts(PostgresConnection):
    """Claim due prompts once, lease those to send, close them with each user's next one."""

    async def claim_due_prompts(
        self, until: datetime, late_before: datetime, limit: int
    ) -> tuple[list[int], list[int]]:
        """Claim up to ``limit`` users whose prompt is due by ``until``, soonest first; return
        (due, reschedule) as SQLite does (see ``SqlitePrompts.claim_due_prompts``)."""
        async with self.connection() as db:
            claimed = await (
                await db.execute(DUE_USERS, (until, UserStatus.ACTIVE.value, limit))
            ).fetchall()
            if not claimed:
                return [], []
            ids = [user_id for user_id, _, _ in claimed]
            days = [day for _, day, _ in claimed]
            await db.execute(
                "INSERT INTO prompts (user_id, local_date, due_at, state) "
                "SELECT u, d, a, CASE WHEN a < %s THEN %s ELSE %s END "
                "FROM unnest(%s::bigint[], %s::date[], %s::timestamptz[]) AS c(u, d, a) "
                "WHERE d IS NOT NULL ON CONFLICT DO NOTHING",
                (
                    late_before,
                    PromptState.LATE.value,
                    PromptState.DUE.value,
                    ids,
                    days,
                    [at for _, _, at in claimed],
                ),
            )
            await db.execute(
                "UPDATE users SET next_prompt_at = NULL WHERE user_id = ANY(%s)", (ids,)
            )
            pending = await (
                await db.execute(
                    "SELECT p.user_id FROM unnest(%s::bigint[], %s::date[]) AS c(u, d) "
                    "JOIN prompts AS p ON p.user_id = c.u AND p.local_date = c.d "
                    "WHERE p.state = %s",
                    (ids, days, PromptState.DUE.value),
                )
            ).fetchall()
        due = {user_id for (user_id,) in pending}
        return (
            [user_id for user_id in ids if user_id in due],
            [user_id for user_id in ids if user_id not in due],
        )

    async def due_prompts(
        self, now: datetime, *, talking_since: datetime, late_before: datetime, limit: int
    ) -> list[DuePrompt]:
        """Lease to this worker the claimed prompts due by ``now`` and not yet sent (those it
        holds, and those nobody holds) and return them, oldest first, with their users. A
        prompt to someone who wrote since ``talking_since`` waits, unless it is late beyond
        ``late_before`` and only to be closed."""
        params = {
            "me": self.worker,
            "until": now + self.prompt_lease,
            "now": now,
            "late": late_before,
            "talking": talking_since,
            "limit": limit,
            "due": PromptState.DUE.value,
            "prefix": PROMPT_EVENT,
            "separator": EVENT_SEPARATOR,
        }
        async with self.connection() as db:
            leased = await (await db.execute(LEASE, params)).fetchall()
            users = {
                user.user_id: user
                for user in await self._users(db, [user_id for user_id, *_ in leased])
            }
        return [
            DuePrompt(users[user_id], day, due_at, bool(done))
            for user_id, day, due_at, done in sorted(leased, key=lambda row: (row[2], row[0]))
            if user_id in users
        ]

    async def _users(self, db: DbConnection, user_ids: Sequence[int]) -> list[UserRecord]:
        rows = await (await db.execute(USERS, (list(user_ids),))).fetchall()
        return [user_from_row(user_id, *values) for user_id, *values in rows]

    async def users(self, user_ids: Sequence[int]) -> list[UserRecord]:
        """Return the records of these users (those that exist), in one query."""
        async with self.connection() as db:
            return await self._users(db, user_ids)

    async def user(self, user_id: int) -> UserRecord | None:
        """Return a user's record, if they exist."""
        return next(iter(await self.users([user_id])), None)

    async def finish_prompts(
        self, finished: Sequence[tuple[UserRecord, date, PromptState]]
    ) -> None:
        """Close claimed prompts and keep each user's next one, in one commit; a claim
        withdrawn meanwhile leaves the user as they are (see ``SqlitePrompts``)."""
        if not finished:
            return
        async with self.connection() as db:
            for user, day, state in finished:
                await db.execute(
                    "UPDATE users SET next_prompt_at = %s, next_prompt_on = %s, "
                    "follow_up_at = %s WHERE user_id = %s AND EXISTS "
                    "(SELECT 1 FROM prompts WHERE user_id = %s AND local_date = %s)",
                    (
                        user.next_prompt_at,
                        user.next_prompt_on,
                        user.follow_up_at,
                        user.user_id,
                        user.user_id,
                        day,
                    ),
                )
                await db.execute(
                    "UPDATE prompts SET state = %s, leased_by = NULL, lease_until = NULL "
                    "WHERE user_id = %s AND local_date = %s AND state <> %s",
                    (state, user.user_id, day, PromptState.SENT.value),
                )

    async def finish_prompt(self, user: UserRecord, day: date, state: PromptState) -> None:
        """Close one claimed prompt; see ``finish_prompts``."""
        await self.finish_prompts([(user, day, state)])
