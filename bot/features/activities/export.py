"""A person's planned activities as plain data, for /export."""

from __future__ import annotations

from typing import Any

from bot.storage.protocol import Transaction


async def exported(tx: Transaction, user_id: int) -> list[dict[str, Any]]:
    """Return every activity the user planned, oldest first, ready for JSON."""
    return [
        {
            "planned_at": r.at.isoformat(),
            "day": r.due_on.isoformat(),
            "activity": r.activity,
            "own_words": r.own,
            "expected": {"pleasure": r.expected_pleasure, "achievement": r.expected_achievement},
            "felt": (
                {"pleasure": r.actual_pleasure, "achievement": r.actual_achievement}
                if r.rated
                else None
            ),
            "closed_at": r.rated_at.isoformat() if r.rated_at else None,
        }
        for r in await tx.activities(user_id)
    ]
