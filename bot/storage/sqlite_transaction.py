"""The SQLite unit of work: turn statements and record statements over one shared state."""

from __future__ import annotations

from bot.storage.sqlite_documents import DocumentStatements
from bot.storage.sqlite_records import RecordStatements
from bot.storage.sqlite_turns import TurnStatements


class SqliteTransaction(TurnStatements, RecordStatements, DocumentStatements):
    """One unit of work: reads go straight to the database, writes commit together at the end.

    Reads do not see this unit's own pending writes, except where a read merges them in
    (``checkins``). Reads here only touch the user's own rows, which no other unit can be
    writing while the engine holds that user's lock.
    """
