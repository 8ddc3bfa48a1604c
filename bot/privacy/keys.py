"""`reconnect keys rotate`: re-seal every stored value under a new key, resumably.

With a key file: a new key is put in front of the old one in the file (the first key seals,
every key opens), every sealed value is re-sealed in small committed batches, and only
then is the old key dropped from the file. Interrupted at any point, the file still holds
every key any value needs, and running the command again carries on where it stopped.

With RECONNECT_ENCRYPTION_KEY: give the new key first and the old one after it
("NEW,OLD"), run the command, and when it reports done, keep only NEW.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.privacy.crypto import (
    FieldCipher,
    key_id,
    new_key_text,
    parse_key,
    parse_keys,
    write_key_file,
)

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


def rotate_key_file(
    database: Path,
    key_file: Path,
    *,
    batch: int = BATCH,
    stop_after: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> Rotation:
    """Rotate the key kept in a key file; safe to interrupt and run again."""
    keys = parse_keys(key_file.read_text(encoding="ascii")) if key_file.exists() else []
    if not keys:
        raise FileNotFoundError(f"no key file at {key_file}: nothing is sealed with it")
    if len(keys) == 1:  # a fresh rotation: the new key goes first, the old one stays
        keys = [parse_key(new_key_text()), *keys]
        write_key_file(key_file, keys)
    result = reseal(
        database, FieldCipher(keys), batch=batch, stop_after=stop_after, progress=progress
    )
    if result.complete:
        write_key_file(key_file, keys[:1])
    return result


def rotate_env_keys(
    database: Path,
    env_value: str,
    *,
    batch: int = BATCH,
    stop_after: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> Rotation:
    """Re-seal under the first of the keys given ("NEW,OLD")."""
    keys = parse_keys(env_value)
    if len(keys) < 2:
        raise ValueError(
            "set RECONNECT_ENCRYPTION_KEY to the new key, a comma, then the current key"
        )
    if len({key_id(key) for key in keys}) != len(keys):
        raise ValueError("the same key is given twice")
    return reseal(
        database, FieldCipher(keys), batch=batch, stop_after=stop_after, progress=progress
    )
