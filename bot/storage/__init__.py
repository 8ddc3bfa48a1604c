"""Where Reconnect keeps what it must remember: the Store port and its SQLite default."""

from bot.storage.protocol import Store, Transaction
from bot.storage.records import CheckIn, OutboxItem, Priority, UserRecord, UserStatus
from bot.storage.sqlite import SqliteStore
from bot.storage.sqlite_reseal import BATCH, SEALED, Rotation, reseal

__all__ = [
    "BATCH",
    "SEALED",
    "CheckIn",
    "OutboxItem",
    "Priority",
    "Rotation",
    "SqliteStore",
    "Store",
    "Transaction",
    "UserRecord",
    "UserStatus",
    "reseal",
]
