"""Housekeeping while the bot runs: old processed-event ids, and the deployer's retention."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from bot.clock import Clock
from bot.logs import log_failure
from bot.storage.protocol import Housekeeping

logger = logging.getLogger(__name__)

# Telegram redelivers an update for at most a day; a week of ids is plenty to spot repeats.
EVENT_IDS_KEPT = timedelta(days=7)
EVERY = 6 * 3600.0


async def tidy(store: Housekeeping, clock: Clock, retention_days: int | None) -> int:
    """Prune once: event ids older than a week; notes and journal entries past retention."""
    now = clock.now()
    notes_before = now - timedelta(days=retention_days) if retention_days else None
    touched = await store.prune(notes_before=notes_before, events_before=now - EVENT_IDS_KEPT)
    logger.info("housekeeping: %d old rows pruned", touched)
    return touched


async def keep_tidy(
    store: Housekeeping,
    clock: Clock,
    retention_days: int | None,
    every: float = EVERY,
    *,
    first: bool = True,
) -> None:
    """Tidy (now, if ``first``), then every few hours until cancelled."""
    if not first:
        await asyncio.sleep(every)
    while True:
        try:
            await tidy(store, clock, retention_days)
        except Exception as error:  # never stop the bot over housekeeping
            log_failure(logger, "housekeeping failed; will try again", error)
        await asyncio.sleep(every)
