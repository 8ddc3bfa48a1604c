"""A person's questionnaire results as plain data, for /export."""

from __future__ import annotations

from typing import Any

from bot.storage.protocol import Transaction


async def exported(tx: Transaction, user_id: int) -> list[dict[str, Any]]:
    """Return every questionnaire result of the user, oldest first, ready for JSON."""
    return [
        {
            "at": r.at.isoformat(),
            "date": r.local_date.isoformat(),
            "questionnaire": r.questionnaire,
            "items": list(r.items),
            "total": r.total,
            "band": r.band,
        }
        for r in await tx.questionnaire_results(user_id)
    ]
