"""/plan: seven days of small steps, begun on any day; today's step, marked done or
skipped; on day seven a look back at the week's check-ins."""

from __future__ import annotations

from datetime import datetime, timedelta
from statistics import mean

from bot.engine.actions import ActionContext, ActionResult
from bot.engine.events import Reply
from bot.engine.texts import Texts
from bot.features.weekly_plan.records import WeeklyPlan
from bot.timezones import local_date, zone_of

DAYS = 7
MARKS = frozenset({"done", "skipped"})
WORDS = frozenset({"review", "review_no_checkins", "review_steps", "review_journal"})


def _zone(ctx: ActionContext) -> str | None:
    return ctx.user.timezone if ctx.user else None


async def read_weekly_plan(ctx: ActionContext) -> ActionResult:
    """Say whether a plan runs, which day of it today is, and how today was marked."""
    plan = await ctx.tx.weekly_plan(ctx.user_id)
    if plan is None:
        return ActionResult(answers={"plan_state": "none", "plan_day": 0, "day_mark": ""})
    day = (local_date(ctx.clock.now(), _zone(ctx)) - plan.started_on).days + 1
    state = "active" if 1 <= day <= DAYS else "finished"
    return ActionResult(
        answers={"plan_state": state, "plan_day": day, "day_mark": plan.days.get(day, "")}
    )


async def start_weekly_plan(ctx: ActionContext) -> ActionResult:
    """Begin a fresh week today."""
    now = ctx.clock.now()
    plan = WeeklyPlan(local_date(now, _zone(ctx)), {})
    await ctx.tx.save_weekly_plan(ctx.user_id, plan, now)
    return ActionResult(answers={"plan_state": "active", "plan_day": 1, "day_mark": ""})


async def mark_plan_day(ctx: ActionContext) -> ActionResult:
    """Mark today's step done or skipped."""
    plan = await ctx.tx.weekly_plan(ctx.user_id)
    day = ctx.answers.get("plan_day")
    mark = ctx.answers.get("mark")
    if plan is None or not isinstance(day, int) or mark not in MARKS:
        return ActionResult()
    updated = WeeklyPlan(plan.started_on, {**plan.days, day: str(mark)})
    await ctx.tx.save_weekly_plan(ctx.user_id, updated, ctx.clock.now())
    return ActionResult()


async def review_week(ctx: ActionContext, *, words: Texts) -> ActionResult:
    """Look back over the week: check-ins, where the scores went, steps done, writing."""
    plan = await ctx.tx.weekly_plan(ctx.user_id)
    if plan is None:
        return ActionResult()
    start = datetime.combine(plan.started_on, datetime.min.time(), zone_of(_zone(ctx)))
    checkins = [
        c
        for c in await ctx.tx.checkins(ctx.user_id, since=start)
        if c.local_date < plan.started_on + timedelta(days=DAYS)
    ]
    done = sum(1 for mark in plan.days.values() if mark == "done")
    journal = [
        e for e in await ctx.tx.journal_entries(ctx.user_id) if e.local_date >= plan.started_on
    ]
    lines = []
    if checkins:
        first, last = checkins[0], checkins[-1]
        lines.append(
            words.get(
                "review",
                count=len(checkins),
                presence=round(mean(c.presence for c in checkins), 1),
                connection=round(mean(c.connection for c in checkins), 1),
                presence_from=first.presence,
                presence_to=last.presence,
                connection_from=first.connection,
                connection_to=last.connection,
            )
        )
    else:
        lines.append(words.get("review_no_checkins"))
    lines.append(words.get("review_steps", done=done, total=DAYS - 1))
    if journal:
        lines.append(words.get("review_journal", count=len(journal)))
    return ActionResult(replies=(Reply("\n\n".join(lines)),))
