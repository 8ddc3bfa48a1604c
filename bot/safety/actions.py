"""Actions of the safety flows: showing crisis lines."""

from __future__ import annotations

from bot.engine.actions import ActionContext, ActionRegistry, ActionResult
from bot.engine.events import Reply
from bot.engine.texts import Texts
from bot.safety.helplines import Helplines

WORDS = frozenset(
    {"emergency", "emergency_unknown", "international", "line", "hours", "youth", "youth_unknown"}
    | {"way_phone", "way_text", "way_chat", "way_web"}
)


def register(
    registry: ActionRegistry, helplines: Helplines, words: Texts, default_country: str | None
) -> None:
    """Register the safety actions."""

    @registry.register("show_helplines")
    async def show_helplines(ctx: ActionContext) -> ActionResult:
        """Show the user's local crisis lines, or the international directory."""
        country = ctx.user.country if ctx.user is not None and ctx.user.country else None
        return ActionResult(
            replies=(Reply(helplines.describe(country or default_country, words)),)
        )

    @registry.register("show_youth_lines")
    async def show_youth_lines(ctx: ActionContext) -> ActionResult:
        """Show the services for young people in the user's country."""
        country = ctx.user.country if ctx.user is not None and ctx.user.country else None
        return ActionResult(
            replies=(Reply(helplines.describe_youth(country or default_country, words)),)
        )
