"""Daily prompts in SQLite: claims of who is due, the prompts to send, closing them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from bot.storage.committer import Statement, UnitOfWork
from bot.storage.records import (
    EVENT_SEPARATOR,
    PROMPT_EVENT,
    DuePrompt,
    PromptState,
    UserRecord,
    UserStatus,
)
from bot.storage.sqlite_connection import SqliteConnection
from bot.storage.sqlite_rows import USER_COLUMNS, to_json, ts, user_from_row


class SqlitePrompts(SqliteConnection):
    """Claim due prompts once, list those to send, and close them with each user's next one."""

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
            "AND status = :active AND (paused = 0 OR follow_up_at IS NOT NULL) "
            "ORDER BY next_prompt_at LIMIT :limit"
        )
        params = {
            "until": ts(until),
            "late": ts(late_before),
            "limit": limit,
            "active": UserStatus.ACTIVE.value,
            "due": PromptState.DUE.value,
            "is_late": PromptState.LATE.value,
        }
        async with self.immediate() as db:
            claimed = await db.execute_fetchall(
                f"SELECT user_id, next_prompt_on {due_where}",
                params,
            )
            if not claimed:
                return [], []
            await db.execute(
                "INSERT OR IGNORE INTO prompts (user_id, local_date, due_at, state) "
                "SELECT user_id, next_prompt_on, next_prompt_at, "
                "CASE WHEN next_prompt_at < :late THEN :is_late ELSE :due END "
                f"{due_where}",
                params,
            )
            ids = to_json([user_id for user_id, _ in claimed])
            await db.execute(
                "UPDATE users SET next_prompt_at = NULL "
                "WHERE user_id IN (SELECT value FROM json_each(?))",
                (ids,),
            )
            pending = await db.execute_fetchall(
                # CROSS JOIN keeps the claims the outer loop: one key lookup each.
                "SELECT p.user_id FROM json_each(?) AS c CROSS JOIN prompts AS p "
                "ON p.user_id = c.value ->> 0 AND p.local_date = c.value ->> 1 "
                "WHERE p.state = ?",
                (to_json([[user_id, day] for user_id, day in claimed]), PromptState.DUE.value),
            )
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
            "WHERE event_id = :prefix || p.user_id || :separator || p.local_date), "
            f"{columns} FROM prompts AS p JOIN users AS u ON u.user_id = p.user_id "
            "WHERE p.state = :due AND p.due_at <= :now AND (p.due_at < :late OR NOT EXISTS "
            "(SELECT 1 FROM sessions AS s WHERE s.user_id = p.user_id "
            "AND s.updated_at >= :talking)) ORDER BY p.due_at LIMIT :limit",
            {
                "now": ts(now),
                "late": ts(late_before),
                "talking": ts(talking_since),
                "limit": limit,
                "due": PromptState.DUE.value,
                "prefix": PROMPT_EVENT,
                "separator": EVENT_SEPARATOR,
            },
        )
        return [
            DuePrompt(
                user_from_row(user_id, *values),
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
            (to_json(list(user_ids)),),
        )
        return [user_from_row(user_id, *values) for user_id, *values in rows]

    async def user(self, user_id: int) -> UserRecord | None:
        """Return a user's record, if they exist."""
        return next(iter(await self.users([user_id])), None)

    async def finish_prompts(
        self, finished: Sequence[tuple[UserRecord, date, PromptState]]
    ) -> None:
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
                        ts(user.next_prompt_at) if user.next_prompt_at else None,
                        user.next_prompt_on.isoformat() if user.next_prompt_on else None,
                        ts(user.follow_up_at) if user.follow_up_at else None,
                        user.user_id,
                        user.user_id,
                        day.isoformat(),
                    ),
                ),
                (
                    "UPDATE prompts SET state = ? WHERE user_id = ? AND local_date = ? "
                    "AND state != ?",
                    (state, user.user_id, day.isoformat(), PromptState.SENT.value),
                ),
            ]
        if writes:
            await self.committer.commit(UnitOfWork(writes=writes))

    async def finish_prompt(self, user: UserRecord, day: date, state: PromptState) -> None:
        """Close one claimed prompt; see ``finish_prompts``."""
        await self.finish_prompts([(user, day, state)])
