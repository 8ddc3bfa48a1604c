"""`reconnect db migrate`, `reconnect db copy FROM TO` and `reconnect backup PATH`."""

from __future__ import annotations

import asyncio
import secrets
import sys
from pathlib import Path

from bot.app import build_store
from bot.config import Settings, is_server_url
from bot.privacy.crypto import FieldCipher


def _location(text: str) -> Path | str:
    """Return a store's location as given: a PostgreSQL URL, else a SQLite file."""
    return text if is_server_url(text) else Path(text).expanduser()


def _untouched_cipher() -> FieldCipher:
    """Return a cipher for stores whose sealed values are moved, never opened."""
    return FieldCipher([secrets.token_bytes(32)])


def migrate(settings: Settings) -> int:
    """Bring the configured database's schema up to date, and say so."""

    async def run() -> None:
        store = build_store(settings.store_location, _untouched_cipher())
        await store.open()
        await store.close()

    asyncio.run(run())
    print("the database schema is up to date")
    return 0


def copy(source: str, target: str) -> int:
    """Copy every row from one store into an empty other, sealed values as they are."""
    from bot.storage.copying import NotEmpty, copy_store

    async def run() -> dict[str, int]:
        cipher = _untouched_cipher()
        origin = build_store(_location(source), cipher)
        destination = build_store(_location(target), cipher)
        await origin.open()
        try:
            await destination.open()
            try:
                return await copy_store(origin, destination)
            finally:
                await destination.close()
        finally:
            await origin.close()

    if not is_server_url(source) and not Path(source).expanduser().is_file():
        print(f"reconnect db copy: no database at {source}", file=sys.stderr)
        return 2
    try:
        copied = asyncio.run(run())
    except NotEmpty as error:
        print(f"reconnect db copy: {error}", file=sys.stderr)
        return 2
    for table, count in copied.items():
        print(f"{table}: {count:,} rows")
    print("done: sealed values were copied sealed; open the copy with the same key")
    return 0


def backup(settings: Settings, target: Path) -> int:
    """Back up the SQLite database to a new file, while the bot runs."""
    from bot.storage.backup import BackupError
    from bot.storage.backup import backup as backup_file

    if settings.database_url:
        print(
            "reconnect backup: the database is PostgreSQL: back it up with pg_dump",
            file=sys.stderr,
        )
        return 2
    try:
        size = backup_file(settings.database, target)
    except BackupError as error:
        print(f"reconnect backup: {error}", file=sys.stderr)
        return 2
    print(f"backed up {settings.database} to {target} ({size:,} bytes)")
    print("the key is not in the backup: keep it apart, and keep both to restore")
    return 0
