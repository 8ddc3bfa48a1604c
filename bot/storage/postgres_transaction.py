"""The PostgreSQL unit of work: turn statements and record statements in one transaction."""

from __future__ import annotations

from bot.storage.postgres_documents import PostgresDocuments
from bot.storage.postgres_records import PostgresRecords
from bot.storage.postgres_turns import PostgresTurns


class PostgresTransaction(PostgresTurns, PostgresRecords, PostgresDocuments):
    """One unit of work: one PostgreSQL transaction, committed when the unit's block ends."""
