"""What the questionnaires keep: each result (scores and band sealed, the time plain)."""

from __future__ import annotations

from typing import Any

from bot.engine.actions import ActionContext
from bot.features.feature import Kept
from bot.features.questionnaires.records import KIND
from bot.features.questionnaires.records import results as questionnaire_results


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
        for r in await questionnaire_results(ctx.tx, ctx.user_id)
    ]


KEPT = (Kept.documents(KIND, "questionnaires", exported),)
