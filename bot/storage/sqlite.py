"""The embedded Store: SQLite through aiosqlite, one connection, WAL, one writer at a time.

Every call to aiosqlite is a round trip to its thread, so a turn is kept to one read (seen
before? the user, the session) and its share of a group commit (see ``committer``): the
``turn_commits`` view's trigger writes event id, user, session and replies in one
statement, and many turns commit in one transaction, each atomic on its own.

The store is composed of one part per concern, each over the same connection:
``sqlite_connection`` (open, close, units of work), ``sqlite_prompts``, ``sqlite_outbox``,
``sqlite_housekeeping``, ``sqlite_reseal`` and ``sqlite_vitals``; a unit of work is
``sqlite_transaction``.
"""

from __future__ import annotations

from bot.storage.sqlite_housekeeping import SqliteHousekeeping
from bot.storage.sqlite_outbox import SqliteOutbox
from bot.storage.sqlite_prompts import SqlitePrompts
from bot.storage.sqlite_reseal import SqliteResealing
from bot.storage.sqlite_transaction import SqliteTransaction
from bot.storage.sqlite_vitals import SqliteVitals

__all__ = ["SqliteStore", "SqliteTransaction"]


class SqliteStore(SqlitePrompts, SqliteOutbox, SqliteHousekeeping, SqliteResealing, SqliteVitals):
    """SQLite behind the Store protocol: one long-lived connection, WAL, numbered migrations."""
