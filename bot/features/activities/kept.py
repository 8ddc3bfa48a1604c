"""What behavioural activation keeps: each planned activity (what, the day, the ratings
expected and felt), sealed as one document; when it was planned, plain."""

from __future__ import annotations

from typing import Any

from bot.engine.actions import ActionContext
from bot.features.activities.records import KIND, planned
from bot.features.feature import Kept


async def exported(ctx: ActionContext) -> list[dict[str, Any]]:
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
        for r in await planned(ctx.tx, ctx.user_id)
    ]


KEPT = (Kept.documents(KIND, "activities", exported),)
