"""What the questionnaires keep: each result (scores and band sealed, the time plain)."""

from __future__ import annotations

from typing import Any

from bot.engine.actions import ActionContext
from bot.features.feature import Kept


async def exported(ctx: ActionContext) -> list[dict[str, Any]]:
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
        for r in await ctx.tx.questionnaire_results(ctx.user_id)
    ]


KEPT = (Kept("questionnaire_results", "questionnaires", exported, sealed=("questionnaire",)),)
