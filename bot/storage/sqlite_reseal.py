"""Re-seal every sealed value in an SQLite file under a cipher's first key, in batches."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.privacy.crypto import FieldCipher

# Every sealed column: table, column, the field name it is sealed under.
SEALED = (
    ("sessions", "state", "session"),
    ("outbox", "replies", "outbox"),
    ("checkins", "note", "checkin.note"),
    ("safety_plans", "plan", "safety_plan"),
    ("journal_entries", "body", "journal"),
)
BATCH = 200


@dataclass(frozen=True, slots=True)
class Rotation:
    """What a rotation did: values re-sealed, and whether every value now uses the new key."""

    resealed: int
    complete: bool


def reseal(
    database: Path,
    cipher: FieldCipher,
    *,
    batch: int = BATCH,
    stop_after: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> Rotation:
    """Re-seal every value not yet under the cipher's first key; each batch commits."""
    new_id = cipher.current_key_id
    done = 0
    with sqlite3.connect(database, isolation_level=None) as db:
        db.execute("PRAGMA busy_timeout = 5000")
        db.execute("PRAGMA secure_delete = ON")
        for table, column, field in SEALED:
            while True:
                rows = db.execute(
                    f"SELECT rowid, user_id, {column} FROM {table} "  # noqa: S608
                    f"WHERE {column} IS NOT NULL AND substr({column}, 2, 4) != ? LIMIT ?",
                    (new_id, batch),
                ).fetchall()
                if not rows:
                    break
                db.execute("BEGIN IMMEDIATE")
                for rowid, user_id, blob in rows:
                    value = cipher.decrypt(user_id, field, blob)
                    db.execute(
                        f"UPDATE {table} SET {column} = ? WHERE rowid = ?",  # noqa: S608
                        (cipher.encrypt(user_id, field, value), rowid),
                    )
                db.execute("COMMIT")
                done += len(rows)
                if progress is not None:
                    progress(done)
                if stop_after is not None and done >= stop_after:
                    return Rotation(done, complete=False)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # no old sealing left in the WAL
    db.close()
    return Rotation(done, complete=True)
