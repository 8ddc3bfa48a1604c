"""A transaction's document statements: each feature's records, sealed whole, by kind."""

from __future__ import annotations

import json
from datetime import datetime

from bot.storage.records import Document
from bot.storage.rows import to_json, ts
from bot.storage.sqlite_unit import UnitState


class DocumentStatements(UnitState):
    """Read and write a user's documents; the body is sealed as its kind."""

    async def save_document(self, user_id: int, document: Document) -> None:
        """Save a document, sealed: a new one, or in place of the one its ``record_id`` names."""
        sealed = self._cipher.encrypt(user_id, document.kind, to_json(document.body))
        if document.record_id is None:
            self.unit.writes.append(
                (
                    "INSERT INTO documents (user_id, kind, at, body) VALUES (?, ?, ?, ?)",
                    (user_id, document.kind, ts(document.at), sealed),
                )
            )
            self._pending_documents.setdefault(user_id, []).append(document)
            return
        self.unit.writes.append(
            (
                "UPDATE documents SET body = ? WHERE id = ? AND user_id = ? AND kind = ?",
                (sealed, document.record_id, user_id, document.kind),
            )
        )
        self._replaced_documents[(user_id, document.kind, document.record_id)] = document

    async def documents(self, user_id: int, kind: str) -> list[Document]:
        """Return the user's documents of one kind, oldest first, as this unit left them
        (replaced ones as replaced; its new ones last, without a ``record_id`` until
        committed)."""
        rows = await self._db.execute_fetchall(
            "SELECT id, at, body FROM documents WHERE user_id = ? AND kind = ? ORDER BY at, id",
            (user_id, kind),
        )
        stored = [
            self._replaced_documents.get((user_id, kind, record_id))
            or Document(
                kind,
                datetime.fromisoformat(at),
                json.loads(self._cipher.decrypt(user_id, kind, sealed)),
                record_id,
            )
            for record_id, at, sealed in rows
        ]
        pending = self._pending_documents.get(user_id, [])
        return stored + [document for document in pending if document.kind == kind]
