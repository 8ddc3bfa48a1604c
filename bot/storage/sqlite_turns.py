"""A transaction's turn statements: the event, the session, the user, their erasure, prompts."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from bot.storage.records import (
    OutboxItem,
    Priority,
    PromptState,
    TurnState,
    UserRecord,
    UserStatus,
)
from bot.storage.sqlite_rows import (
    LOAD_TURN,
    SAVE_USER,
    forget,
    to_json,
    ts,
    user_from_row,
    user_values,
)
from bot.storage.sqlite_unit import UnitState


class TurnStatements(UnitState):
    """Load a turn and commit it: event id, session and replies; users and their erasure."""

    async def load_turn(self, event_id: str, user_id: int) -> TurnState:
        """Return whether the event was seen, and the user and session it starts from."""
        rows = await self._db.execute_fetchall(LOAD_TURN, {"event": event_id, "user": user_id})
        seen, state, *columns = next(iter(rows))
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
        """Record the event, save the session (sealed), queue the replies (sealed); atomically.

        Durable when the transaction block ends; DuplicateEvent is raised there if the
        event id was committed before.
        """
        if user_id in self._forgetting:
            return self._commit_forgotten(event_id, user_id, replies, priority, at)
        sealed_state = (
            self._cipher.encrypt(user_id, "session", to_json(session))
            if session is not None
            else None
        )
        sealed_replies = (
            self._cipher.encrypt(user_id, "outbox", to_json(replies)) if replies else None
        )
        self.unit.turn = (event_id, user_id, ts(at), sealed_state, sealed_replies, int(priority))
        return OutboxItem(event_id, user_id, list(replies), priority) if replies else None

    async def forget_user(self, user_id: int) -> None:
        """Erase every row about the user when this unit commits; nothing of the turn stays.

        The turn's replies are still queued, so the user hears it is done; the event id is
        kept without the user, so a repeated update is still recognised.
        """
        self._forgetting.add(user_id)
        self._pending_checkins.pop(user_id, None)
        self._pending_plans.pop(user_id, None)
        self._pending_journal.pop(user_id, None)
        self._pending_notes.pop(user_id, None)
        self._pending_weekly.pop(user_id, None)
        self._pending_documents.pop(user_id, None)

    def _commit_forgotten(
        self,
        event_id: str,
        user_id: int,
        replies: Sequence[dict[str, Any]],
        priority: Priority,
        at: datetime,
    ) -> OutboxItem | None:
        self.unit.writes = [(sql, (user_id,)) for sql in forget()]
        self.unit.writes.append(
            (
                "INSERT INTO processed_events (event_id, user_id, at) VALUES (?, 0, ?)",
                (event_id, ts(at)),
            )
        )
        if replies:
            sealed = self._cipher.encrypt(user_id, "outbox", to_json(replies))
            self.unit.writes.append(
                (
                    "INSERT INTO outbox (key, user_id, priority, created_at, replies) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (event_id, user_id, int(priority), ts(at), sealed),
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
            (SAVE_USER, (user.user_id, ts(user.created_at), *user_values(user)))
        )

    async def last_prompt_day(self, user_id: int) -> date | None:
        """Return the user's local day of their last daily prompt, if any."""
        rows = await self._db.execute_fetchall(
            "SELECT MAX(local_date) FROM prompts WHERE user_id = ? AND state != ?",
            (user_id, PromptState.DUE.value),
        )
        day = next(iter(rows))[0]
        return date.fromisoformat(day) if day else None

    def withdraw_prompt(self, user_id: int) -> None:
        """Drop a claimed prompt not sent yet: settings changed, so it is worked out again."""
        self.unit.writes.append(
            (
                "DELETE FROM prompts WHERE user_id = ? AND state = ?",
                (user_id, PromptState.DUE.value),
            )
        )
