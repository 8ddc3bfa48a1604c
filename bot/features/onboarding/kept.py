"""What onboarding and /settings keep: the person's settings, on their user record."""

from __future__ import annotations

from typing import Any

from bot.engine.actions import ActionContext
from bot.features.feature import Kept


async def exported(ctx: ActionContext) -> dict[str, Any]:
    """Return the person's settings, ready for JSON."""
    user = ctx.user
    return {
        "joined": user.created_at.isoformat() if user else None,
        "consented_at": user.consented_at.isoformat() if user and user.consented_at else None,
        "declined_at": user.declined_at.isoformat() if user and user.declined_at else None,
        "age_band": user.age_band if user else None,
        "country": user.country if user else None,
        "timezone": user.timezone if user else None,
        "language": user.language if user else None,
        "daily_prompt_time": user.prompt_time if user else None,
        "follow_up_at": user.follow_up_at.isoformat() if user and user.follow_up_at else None,
        "questionnaire_every_days": user.measure_every_days if user else None,
        "status": user.status.value if user else None,
    }


KEPT = (Kept("users", "settings", exported),)
