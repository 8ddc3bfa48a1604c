"""Key rotation, the same on every backend: each sealed column re-sealed in small batches."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from bot.storage.declared import sealed_columns
from bot.storage.records import Rotation
from bot.storage.rows import BY_KIND

ResealBatch = Callable[[str, str, str, str, int], Awaitable[int]]


async def reseal_columns(
    reseal_batch: ResealBatch,
    *,
    batch: int,
    stop_after: int | None,
    progress: Callable[[int], None] | None,
) -> Rotation:
    """Re-seal every sealed column with ``reseal_batch`` (one backend's batch of one column,
    committed), until none is left or ``stop_after`` values are done."""
    done = 0
    for sealed in sealed_columns():
        while count := await reseal_batch(*sealed, batch):
            done += count
            if progress is not None:
                progress(done)
            if stop_after is not None and done >= stop_after:
                return Rotation(done, complete=False)
    return Rotation(done, complete=True)


def sealed_as(field: str) -> str:
    """Return what a batch selects beside each sealed value for the field it opens as:
    the row's ``kind`` for documents (``BY_KIND``), else nothing (the column's one field)."""
    return ", kind" if field == BY_KIND else ""


def field_of(field: str, row: Sequence[Any]) -> str:
    """Return the field one row's value is sealed as: its kind (selected fourth, see
    ``sealed_as``) for documents, else the column's field."""
    return str(row[3]) if field == BY_KIND else field
