"""What one SQLite unit of work shares: its connection, cipher, gathered writes and own records."""

from __future__ import annotations

import aiosqlite

from bot.features.checkin.records import CheckIn
from bot.features.journal.records import JournalEntry
from bot.features.weekly_plan.records import WeeklyPlan
from bot.privacy.crypto import FieldCipher
from bot.storage.committer import UnitOfWork
from bot.storage.records import Document, Note


class UnitState:
    """The state a transaction's statements share: reads go to the connection, writes to ``unit``.

    The ``_pending_*`` maps hold this unit's own records, for the reads that merge them in.
    """

    def __init__(self, db: aiosqlite.Connection, cipher: FieldCipher) -> None:
        self._db = db
        self._cipher = cipher
        self.unit = UnitOfWork()
        self._pending_checkins: dict[int, list[CheckIn]] = {}
        self._pending_plans: dict[int, dict[str, str]] = {}
        self._pending_journal: dict[int, list[JournalEntry]] = {}
        self._pending_notes: dict[int, list[Note]] = {}
        self._pending_weekly: dict[int, WeeklyPlan] = {}
        self._pending_documents: dict[int, list[Document]] = {}
        self._replaced_documents: dict[tuple[int, str, int], Document] = {}  # user, kind, id
        self._forgetting: set[int] = set()
