"""The Store on PostgreSQL, for several workers on one database (psycopg 3, a pool).

Selected by ``RECONNECT_DATABASE=postgresql://...`` (see ``bot.app.build_store``). The same
contract as SQLite (tests/storage/test_contract.py runs on both), and the same sealing:
a value sealed by one opens in the other. What several workers need on top:

- one turn per user at a time across processes: the user's advisory lock, taken before
  the turn reads anything (``postgres_turns``);
- each outbox item sent by one worker: taken with ``FOR UPDATE SKIP LOCKED`` and held
  for a while (``postgres_outbox``);
- each due prompt sent by one worker: leased, and taken over when the lease runs out
  (``postgres_prompts``).

Composed of ``postgres_connection`` (pool, migrations, units of work), ``postgres_prompts``,
``postgres_outbox``, ``postgres_housekeeping`` and ``postgres_vitals``; a unit of work is
``postgres_transaction``.
"""

from __future__ import annotations

from bot.storage.postgres_housekeeping import PostgresHousekeeping
from bot.storage.postgres_outbox import PostgresOutbox
from bot.storage.postgres_prompts import PostgresPrompts
from bot.storage.postgres_transaction import PostgresTransaction
from bot.storage.postgres_vitals import PostgresVitals

__all__ = ["PostgresStore", "PostgresTransaction"]


class PostgresStore(PostgresPrompts, PostgresOutbox, PostgresHousekeeping, PostgresVitals):
    """PostgreSQL behind the Store protocol: a pool, numbered migrations, worker leases."""
