"""Plain records the store keeps: users, check-ins, outbox items."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any


class UserStatus(enum.StrEnum):
    """Whether the bot may write to a user."""

    ACTIVE = "active"
    BLOCKED = "blocked"  # the user blocked the bot: no prompts until they write again


class Priority(enum.IntEnum):
    """Outbox order: replies to people talking now go before scheduled prompts."""

    REPLY = 0
    PROMPT = 10


@dataclass(frozen=True, slots=True)
class UserRecord:
    """A user's settings and status (no message text)."""

    user_id: int
    created_at: datetime
    status: UserStatus = UserStatus.ACTIVE


@dataclass(frozen=True, slots=True)
class CheckIn:
    """One daily check-in: two scores, a word, an optional note (decrypted here)."""

    at: datetime
    local_date: date
    presence: int
    connection: int
    feeling: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """A reply waiting to be sent, in the order it was committed."""

    item_id: int
    user_id: int
    body: dict[str, Any]
    priority: Priority = Priority.REPLY
