"""What the engine and the channel count, through one small port: no person in any of it.

The engine calls an ``Observer`` with kinds, levels and durations only (never text, user
ids or chat ids); ``bot.metrics`` turns those into Prometheus metrics. The engine never
imports Prometheus, and a console or a test needs nothing behind the port.
"""

from __future__ import annotations

from typing import Protocol


class Observer(Protocol):
    """Told what happened, in counts and seconds; says nothing about anyone."""

    def turn_handled(self, kind: str, seconds: float) -> None:
        """Count one update handled (its event kind) and how long its turn took."""
        ...

    def screened(self, level: str, kind: str) -> None:
        """Count one verdict of the crisis screen: its level and kind of risk."""
        ...

    def throttled(self) -> None:
        """Count one 429 from Telegram (asked to wait before sending again)."""
        ...


class Unobserved:
    """An observer that keeps nothing."""

    def turn_handled(self, kind: str, seconds: float) -> None:
        """Keep nothing."""

    def screened(self, level: str, kind: str) -> None:
        """Keep nothing."""

    def throttled(self) -> None:
        """Keep nothing."""


UNOBSERVED = Unobserved()
