"""`reconnect backup PATH`: a consistent copy of the SQLite database while the bot runs.

SQLite's online backup API copies the database a few pages at a time, so the bot's turns
go on meanwhile, and the copy is as the database was at one moment. The key is never in
it (it is in the environment or the key file beside the database): keep the two apart,
since the key opens every sealed value in the backup.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

PAGES = 1_024  # pages copied at a time, between the bot's writes


class BackupError(Exception):
    """The backup could not be made (nothing to back up, or the target exists already)."""


def backup(
    database: Path, target: Path, progress: Callable[[int, int], None] | None = None
) -> int:
    """Copy the database at ``database`` to a new file ``target``; return its size in bytes.

    ``progress`` is told the pages copied so far and the pages in all.
    """
    if not database.is_file():
        raise BackupError(f"no database at {database}")
    if target.exists():
        raise BackupError(f"{target} exists already: give a new file")
    target.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(database)
    copy = sqlite3.connect(target)
    try:
        target.chmod(0o600)  # it holds what the database holds
        source.backup(
            copy,
            pages=PAGES,
            progress=(lambda _, left, total: progress(total - left, total)) if progress else None,
        )
        copy.execute("PRAGMA journal_mode = DELETE")  # one file: nothing beside it to forget
    finally:
        copy.close()
        source.close()
    return target.stat().st_size
