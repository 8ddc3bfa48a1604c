"""`reconnect keys rotate`: re-seal every stored value under a new key, resumably.

With a key file: a new key is put in front of the old one in the file (the first key seals,
every key opens), every sealed value is re-sealed in small committed batches, and only
then is the old key dropped from the file. Interrupted at any point, the file still holds
every key any value needs, and running the command again carries on where it stopped.

With RECONNECT_ENCRYPTION_KEY: give the new key first and the old one after it
("NEW,OLD"), run the command, and when it reports done, keep only NEW.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from bot.app import build_store
from bot.privacy.crypto import (
    FieldCipher,
    key_id,
    new_key_text,
    parse_key,
    parse_keys,
    write_key_file,
)
from bot.storage import RESEAL_BATCH, Rotation

__all__ = ["Rotation", "rotate_env_keys", "rotate_key_file"]


async def reseal(
    database: Path | str,
    keys: Sequence[bytes],
    *,
    batch: int,
    stop_after: int | None,
    progress: Callable[[int], None] | None,
) -> Rotation:
    """Open the store with these keys (the first seals) and re-seal what it holds."""
    store = build_store(database, FieldCipher(keys))
    await store.open()
    try:
        return await store.reseal(batch=batch, stop_after=stop_after, progress=progress)
    finally:
        await store.close()


async def rotate_key_file(
    database: Path | str,
    key_file: Path,
    *,
    batch: int = RESEAL_BATCH,
    stop_after: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> Rotation:
    """Rotate the key kept in a key file; safe to interrupt and run again."""
    keys = _read_keys(key_file)
    if not keys:
        raise FileNotFoundError(f"no key file at {key_file}: nothing is sealed with it")
    if len(keys) == 1:  # a fresh rotation: the new key goes first, the old one stays
        keys = [parse_key(new_key_text()), *keys]
        write_key_file(key_file, keys)
    result = await reseal(database, keys, batch=batch, stop_after=stop_after, progress=progress)
    if result.complete:
        write_key_file(key_file, keys[:1])
    return result


async def rotate_env_keys(
    database: Path | str,
    env_value: str,
    *,
    batch: int = RESEAL_BATCH,
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
    return await reseal(database, keys, batch=batch, stop_after=stop_after, progress=progress)


def _read_keys(key_file: Path) -> list[bytes]:
    """Return the keys in a key file (none if there is no file)."""
    return parse_keys(key_file.read_text(encoding="ascii")) if key_file.exists() else []
