"""A user's local time, from the IANA zone they chose (UTC until they choose one)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def zone_of(name: str | None) -> ZoneInfo:
    """Return the user's zone, or UTC when none is set or it is unknown to this machine."""
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return ZoneInfo("UTC")


def local_date(moment: datetime, zone: str | None) -> date:
    """Return the calendar day it is for the user at ``moment``."""
    return moment.astimezone(zone_of(zone)).date()
