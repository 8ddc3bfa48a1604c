"""Where Reconnect keeps what it must remember: the Store port and its SQLite default.

``SqliteStore`` is imported when first asked for: the backends build the features' records
(bot/features/<name>/records.py), and the features import this port as they load.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.storage.protocol import BotStore, Store, Transaction
from bot.storage.records import (
    RESEAL_BATCH,
    OutboxItem,
    Priority,
    Rotation,
    UserRecord,
    UserStatus,
)

if TYPE_CHECKING:
    from bot.storage.sqlite import SqliteStore

__all__ = [
    "RESEAL_BATCH",
    "BotStore",
    "OutboxItem",
    "Priority",
    "Rotation",
    "SqliteStore",
    "Store",
    "Transaction",
    "UserRecord",
    "UserStatus",
]


def __getattr__(name: str) -> Any:
    """Return ``SqliteStore`` on first use (see above)."""
    if name == "SqliteStore":
        from bot.storage.sqlite import SqliteStore

        return SqliteStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
