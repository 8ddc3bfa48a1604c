"""Prometheus metrics for an operator: counts, durations and depths, nothing about a person.

Every label is from a closed set (an event kind, a screen level and kind of risk); no text,
user id or chat id is ever a label or a value. Each ``Metrics`` has a registry of its own,
so two in one process (tests) never clash.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.exposition import CONTENT_TYPE_LATEST, generate_latest

from bot.storage.protocol import Operations

CONTENT_TYPE = CONTENT_TYPE_LATEST
# A prompt waiting this long past its minute is late: longer than a conversation holds it.
LATE_AFTER = timedelta(minutes=15)
TURN_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Metrics:
    """The bot's metrics: an ``Observer`` for the engine and channel, scraped as text."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        registry = self.registry
        self.updates = Counter(
            "reconnect_updates_handled",
            "Updates handled by the engine, by event kind.",
            ["kind"],
            registry=registry,
        )
        self.turn_seconds = Histogram(
            "reconnect_turn_seconds",
            "Time from an update reaching the engine to its replies committed.",
            buckets=TURN_BUCKETS,
            registry=registry,
        )
        self.screens = Counter(
            "reconnect_screens",
            "Verdicts of the crisis screen, by level and kind of risk.",
            ["level", "kind"],
            registry=registry,
        )
        self.telegram_429 = Counter(
            "reconnect_telegram_429",
            "Times Telegram answered 429 (asked the bot to wait).",
            registry=registry,
        )
        self.outbox = Gauge(
            "reconnect_outbox_depth",
            "Outbox items with replies still to send.",
            registry=registry,
        )
        self.prompts_due = Gauge(
            "reconnect_prompts_due",
            "Daily prompts whose minute has come, not sent yet.",
            registry=registry,
        )
        self.prompts_late = Gauge(
            "reconnect_prompts_late",
            "Daily prompts not sent yet, 15 minutes or more past their minute.",
            registry=registry,
        )

    def turn_handled(self, kind: str, seconds: float) -> None:
        """Count one update handled and how long its turn took."""
        self.updates.labels(kind=kind).inc()
        self.turn_seconds.observe(seconds)

    def screened(self, level: str, kind: str) -> None:
        """Count one verdict of the crisis screen."""
        self.screens.labels(level=level, kind=kind).inc()

    def throttled(self) -> None:
        """Count one 429 from Telegram."""
        self.telegram_429.inc()

    async def scrape(self, store: Operations, now: datetime) -> bytes:
        """Read the depths from the store, then return every metric in the text format."""
        vitals = await store.vitals(now, now - LATE_AFTER)
        self.outbox.set(vitals.outbox)
        self.prompts_due.set(vitals.prompts_due)
        self.prompts_late.set(vitals.prompts_late)
        return generate_latest(self.registry)
