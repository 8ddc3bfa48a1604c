"""One event's work in progress: the session as it changes and the replies so far."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from bot.clock import Clock
from bot.engine.events import Choice, Reply
from bot.engine.session import Session
from bot.storage.protocol import Transaction
from bot.storage.records import UserRecord


def new_nonce() -> str:
    """Return a fresh 6-character button nonce."""
    return secrets.token_hex(3)


@dataclass(slots=True)
class Turn:
    """One event's work in progress: the session as it changes, the replies so far."""

    user_id: int
    tx: Transaction
    clock: Clock
    session: Session
    replies: list[Reply] = field(default_factory=list)
    answered: bool = False  # the event was taken as the answer to the question asked
    forgotten: bool = False  # everything kept about the user was erased in this turn
    # The screen found the words heavy but did not interrupt (a "no" given lately, writing
    # asked for, a typed answer): what answers them may say so.
    heavy: bool = False
    # Heavy, unsure about suicide, and not asked lately: ask once what was written is kept.
    unasked: bool = False
    user: UserRecord | None = None
    language: str = ""

    def say(self, text: str, choices: tuple[Choice, ...] = ()) -> None:
        """Add a reply."""
        self.replies.append(Reply(text, choices))
