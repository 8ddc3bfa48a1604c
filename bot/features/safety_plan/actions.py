"""The safety plan: seven parts in the established order, kept sealed, shown on request
and first thing when someone reaches for /sos."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import timedelta

from bot.engine.actions import ActionContext, ActionResult
from bot.engine.events import Attachment, Reply
from bot.engine.session import Answer
from bot.engine.texts import Texts
from bot.timezones import local_date

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
WORDS = frozenset(
    {"header", "none_yet", "recall", "part", "file_name", *(f"title_{s}" for s in SECTIONS)}
)
LINES = "plan_lines"  # the local lines put into part 5 for the person, in this flow's answers
# A reminder to look at the plan again, asked for after making it: kept beside the small-step
# reminders and brought up with the daily prompt of its day (data/reminders.yaml).
REVIEW = "safety_plan"
REVIEW_AFTER = {"week": timedelta(days=7), "month": timedelta(days=30)}


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


def with_lines(answers: Mapping[str, Answer]) -> dict[str, Answer]:
    """Return part 5 as the person wrote it, with their local lines after it (once)."""
    lines = answers.get(LINES)
    if not isinstance(lines, str) or not lines:
        return {}
    own = answers.get("professionals")
    own = own.strip() if isinstance(own, str) else ""
    if own.endswith(lines):
        return {}
    return {"professionals": f"{own}\n\n{lines}" if own else lines}


async def find_plan_lines(
    ctx: ActionContext, *, lines_for: Callable[[str | None], str]
) -> ActionResult:
    """Find the person's local lines, to put into part 5 of their plan."""
    country = ctx.user.country if ctx.user is not None else None
    return ActionResult(answers={LINES: lines_for(country)})


async def add_plan_lines(ctx: ActionContext) -> ActionResult:
    """Put the local lines into part 5, after whatever the person wrote there."""
    return ActionResult(answers=with_lines(ctx.answers))


async def remind_plan_review(ctx: ActionContext) -> ActionResult:
    """Keep a reminder to look at the plan again in a week or a month (their day)."""
    after = REVIEW_AFTER.get(str(ctx.answers.get("review_in") or ""))
    if after is not None:
        today = local_date(ctx.clock.now(), ctx.user.timezone if ctx.user else None)
        await ctx.tx.add_step_reminder(ctx.user_id, REVIEW, today + after)
    return ActionResult()


async def send_safety_plan_file(ctx: ActionContext, *, words: Texts) -> ActionResult:
    """Send the plan as a text file, to keep, print or share."""
    plan = await ctx.tx.safety_plan(ctx.user_id)
    text = render_plan(plan, words) if plan else words.get("none_yet")
    file = Attachment(words.get("file_name"), text.encode("utf-8"), "document")
    return ActionResult(replies=(Reply("", attachment=file),))


async def read_safety_plan(ctx: ActionContext) -> ActionResult:
    """Tell the flow whether there is a plan already."""
    return ActionResult(answers={"has_plan": bool(await ctx.tx.safety_plan(ctx.user_id))})


async def save_safety_plan(ctx: ActionContext) -> ActionResult:
    """Keep what has been written so far, so a plan half made is never lost."""
    plan = await ctx.tx.safety_plan(ctx.user_id)
    updated = merged(plan, ctx.answers)
    if updated != plan:
        await ctx.tx.save_safety_plan(ctx.user_id, updated, ctx.clock.now())
    return ActionResult()


async def show_safety_plan(ctx: ActionContext, *, words: Texts) -> ActionResult:
    """Show the whole plan, or say there is none yet."""
    plan = await ctx.tx.safety_plan(ctx.user_id)
    text = render_plan(plan, words) if plan else words.get("none_yet")
    return ActionResult(replies=(Reply(text),))


async def recall_safety_plan(ctx: ActionContext, *, words: Texts) -> ActionResult:
    """In a crisis: the user's own plan first, if they have made one."""
    plan = await ctx.tx.safety_plan(ctx.user_id)
    if not plan:
        return ActionResult()
    return ActionResult(replies=(Reply(words.get("recall") + "\n\n" + render_plan(plan, words)),))
