"""Where Reconnect keeps what it must remember: the Store port and its SQLite default."""

from bot.storage.protocol import BotStore, Store, Transaction
from bot.storage.records import (
    RESEAL_BATCH,
    CheckIn,
    OutboxItem,
    Priority,
    Rotation,
    UserRecord,
    UserStatus,
)
from bot.storage.sqlite import SqliteStore

__all__ = [
    "RESEAL_BATCH",
    "BotStore",
    "CheckIn",
    "OutboxItem",
    "Priority",
    "Rotation",
    "SqliteStore",
    "Store",
    "Transaction",
    "UserRecord",
    "UserStatus",
]
