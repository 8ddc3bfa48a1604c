"""A PostgreSQL transaction's document statements: each feature's records, sealed whole."""

from __future__ import annotations

import json

from bot.storage.postgres_unit import PostgresUnit
from bot.storage.records import Document
from bot.storage.rows import to_json


class PostgresDocuments(PostgresUnit):
    """Read and write a user's documents; the body is sealed as its kind."""

    async def save_document(self, user_id: int, document: Document) -> None:
        """Save a document, sealed: a new one, or in place of the one its ``record_id`` names."""
        sealed = self._cipher.encrypt(user_id, document.kind, to_json(document.body))
        if document.record_id is None:
            await self._write(
                "INSERT INTO documents (user_id, kind, at, body) VALUES (%s, %s, %s, %s)",
                (user_id, document.kind, document.at, sealed),
            )
            return
        await self._write(
            "UPDATE documents SET body = %s WHERE id = %s AND user_id = %s AND kind = %s",
            (sealed, document.record_id, user_id, document.kind),
        )

    async def documents(self, user_id: int, kind: str) -> list[Document]:
        """Return the user's documents of one kind, oldest first (the unit's own included:
        the transaction is open)."""
        rows = await self._rows(
            "SELECT id, at, body FROM documents WHERE user_id = %s AND kind = %s ORDER BY at, id",
            (user_id, kind),
        )
        return [
            Document(kind, at, json.loads(self._cipher.decrypt(user_id, kind, sealed)), record_id)
            for record_id, at, sealed in rows
        ]
