"""Where Reconnect keeps what it must remember: the Store port and its SQLite default."""

from bot.storage.protocol import Store, Transaction
from bot.storage.records import CheckIn, OutboxItem, Priority, UserRecord, UserStatus
from bot.storage.sqlite import SqliteStore

__all__ = [
    "CheckIn",
    "OutboxItem",
    "Priority",
    "SqliteStore",
    "Store",
    "Transaction",
    "UserRecord",
    "UserStatus",
]
