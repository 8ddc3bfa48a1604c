"""Key rotation, the same on every backend: each sealed column re-sealed in small batches."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.storage.declared import sealed_columns
from bot.storage.records import DOCUMENTS, Rotation

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


def of_kind(table: str, field: str, mark: str) -> tuple[str, tuple[str, ...]]:
    """Return what a batch adds to its query to read one field's values only, and its
    parameter: in ``documents`` every kind is sealed as itself in one column; elsewhere a
    column holds one field and nothing is added. ``mark`` is the backend's placeholder."""
    if table == DOCUMENTS:
        return f" AND kind = {mark}", (field,)
    return "", ()
