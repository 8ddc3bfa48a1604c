"""The safety plan: seven parts in the established order, kept sealed, shown on request
and first thing when someone reaches for /sos."""

from __future__ import annotations

from collections.abc import Mapping

from bot.engine.actions import ActionContext, ActionRegistry, ActionResult
from bot.engine.events import Reply
from bot.engine.session import Answer
from bot.engine.texts import Texts

# The order of Stanley and Brown's Safety Planning Intervention; the flow asks in this order.
SECTIONS = (
    "warning_signs",
    "coping_alone",
    "distractions",
    "people_to_ask",
    "professionals",
    "safer_surroundings",
    "reasons",
)
WORDS = frozenset({"header", "none_yet", "recall", "part", *(f"title_{s}" for s in SECTIONS)})


def merged(plan: Mapping[str, str], answers: Mapping[str, Answer]) -> dict[str, str]:
    """Return the plan with the parts answered in this flow (a skipped part stays as it was)."""
    updated = dict(plan)
    for section in SECTIONS:
        value = answers.get(section)
        if isinstance(value, str) and value.strip():
            updated[section] = value.strip()
    return updated


def render_plan(plan: Mapping[str, str], words: Texts) -> str:
    """Write the plan out, part by part, in order."""
    parts = [
        words.get("part", title=words.get(f"title_{section}"), text=plan[section])
        for section in SECTIONS
        if plan.get(section)
    ]
    return "\n\n".join([words.get("header"), *parts])


def register(registry: ActionRegistry, words: Texts) -> None:
    """Register the safety plan actions."""

    @registry.register("read_safety_plan", provides=["has_plan"])
    async def read_safety_plan(ctx: ActionContext) -> ActionResult:
        """Tell the flow whether there is a plan already."""
        return ActionResult(answers={"has_plan": bool(await ctx.tx.safety_plan(ctx.user_id))})

    @registry.register("save_safety_plan")
    async def save_safety_plan(ctx: ActionContext) -> ActionResult:
        """Keep what has been written so far, so a plan half made is never lost."""
        plan = await ctx.tx.safety_plan(ctx.user_id)
        updated = merged(plan, ctx.answers)
        if updated != plan:
            await ctx.tx.save_safety_plan(ctx.user_id, updated, ctx.clock.now())
        return ActionResult()

    @registry.register("show_safety_plan")
    async def show_safety_plan(ctx: ActionContext) -> ActionResult:
        """Show the whole plan, or say there is none yet."""
        plan = await ctx.tx.safety_plan(ctx.user_id)
        text = render_plan(plan, words) if plan else words.get("none_yet")
        return ActionResult(replies=(Reply(text),))

    @registry.register("recall_safety_plan")
    async def recall_safety_plan(ctx: ActionContext) -> ActionResult:
        """In a crisis: the user's own plan first, if they have made one."""
        plan = await ctx.tx.safety_plan(ctx.user_id)
        if not plan:
            return ActionResult()
        return ActionResult(
            replies=(Reply(words.get("recall") + "\n\n" + render_plan(plan, words)),)
        )
