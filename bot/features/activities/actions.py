"""The activity loop's actions: keep a planned activity with how it is expected to feel,
remind of it on its day, ask how it was, and look back over the week.

Behavioural activation: "act first, feelings follow". Each activity is a sealed record
(bot.storage.records.ActivityRecord): an id from data/activities.yaml, or the person's own
words; /export and /delete cover it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from bot.engine.actions import ActionContext, ActionResult
from bot.engine.events import Reply
from bot.engine.session import Answer
from bot.engine.texts import Texts, key, option_key, say
from bot.features.activities.flows import FLOW, NOT_NOW, OWN
from bot.features.activities.model import Activity, ActivityList
from bot.features.activities.records import ActivityRecord, keep, planned
from bot.i18n.dates import weekday_named
from bot.timezones import local_date

REMINDER = "activity"  # the step reminder brought up with the daily prompt of its day
KIND = "activity"  # the note an activity chosen into a weekly plan was kept as, before records
DAYS = {"today": 0, "tomorrow": 1, "in_2": 2, "in_3": 3, "in_week": 7}
CLEAR = 2  # how far apart, summed over both scores, expected and felt must be to say so
LOOK_BACK = timedelta(days=7)
WORDS = frozenset(
    {
        "kept",
        "kept_own",
        "when_today",
        "when_tomorrow",
        "when_later",
        "this_week_own",
        "scores",
        "lifted_more",
        "as_expected",
        "less_than_hoped",
        "nothing_yet",
        "week_header",
        "week_lifted",
        "week_flat",
        "week_none_lifted",
    }
)


def _today(ctx: ActionContext) -> date:
    return local_date(ctx.clock.now(), ctx.user.timezone if ctx.user else None)


def _score(ctx: ActionContext, name: str) -> int:
    value = ctx.answers.get(name)
    return max(0, min(10, int(value))) if isinstance(value, int | float) else 0


def label_of(record: ActivityRecord, found: ActivityList | None) -> str:
    """Return what the activity is called: its button, or the person's own words."""
    if record.own:
        return record.activity
    activity = found.find(record.activity) if found else None
    return said(found, activity)[0] if found and activity else record.activity


def said(found: ActivityList, activity: Activity) -> tuple[str, str]:
    """Return an activity's name (its button) and how-to in the language of this turn."""
    for i, level in enumerate(found.levels):
        for j, listed in enumerate(level.activities):
            if listed.id == activity.id:
                label = say(option_key(FLOW, f"level_{level.id}", activity.id), activity.label, {})
                place = key("data", "activities", "levels", i, "activities", j, "how")
                return label, say(place, activity.how, {})
    return activity.label, activity.how


def waiting(records: list[ActivityRecord], today: date) -> ActivityRecord | None:
    """Return the latest activity whose day has come and that is neither rated nor let go."""
    due = [r for r in records if r.due_on <= today and r.rated_at is None]
    return due[-1] if due else None


def comparison(record: ActivityRecord, words: Texts) -> str:
    """Say how it was beside how it was expected to feel, kindly, whichever way it went."""
    scores = words.get(
        "scores",
        expected_pleasure=record.expected_pleasure,
        actual_pleasure=record.actual_pleasure,
        expected_achievement=record.expected_achievement,
        actual_achievement=record.actual_achievement,
    )
    felt = (record.actual_pleasure or 0) + (record.actual_achievement or 0)
    difference = felt - record.expected_pleasure - record.expected_achievement
    if felt == 0:
        line = "nothing_yet"
    elif difference >= CLEAR:
        line = "lifted_more"
    elif difference <= -CLEAR:
        line = "less_than_hoped"
    else:
        line = "as_expected"
    return f"{scores}\n\n{words.get(line)}"


async def read_activities(ctx: ActionContext, *, found: ActivityList | None) -> ActionResult:
    """Say whether an activity's day has come and it waits to be rated: which, and when."""
    today = _today(ctx)
    record = waiting(await planned(ctx.tx, ctx.user_id), today)
    if record is None:
        return ActionResult(answers={"activity_waiting": False})
    return ActionResult(
        answers={
            "activity_waiting": True,
            "waiting_id": record.record_id,
            "waiting_label": label_of(record, found),
        }
    )


async def keep_activity(
    ctx: ActionContext, *, found: ActivityList | None, words: Texts
) -> ActionResult:
    """Keep the chosen activity (sealed) for its day with how it is expected to feel."""
    chosen = str(ctx.answers.get("activity") or "")
    typed = ctx.answers.get("own_activity")
    own = chosen == OWN and isinstance(typed, str) and bool(typed.strip())
    activity = found.find(chosen) if found and not own else None
    if chosen == NOT_NOW or (not own and activity is None):
        return ActionResult(answers={"activity_kept": False})
    days = DAYS.get(str(ctx.answers.get("day") or ""), 0)
    now, today = ctx.clock.now(), _today(ctx)
    record = ActivityRecord(
        at=now,
        due_on=today + timedelta(days=days),
        activity=str(typed).strip() if own else chosen,
        own=own,
        expected_pleasure=_score(ctx, "expected_pleasure"),
        expected_achievement=_score(ctx, "expected_achievement"),
    )
    await keep(ctx.tx, ctx.user_id, record)
    if days == 0:
        when = words.get("when_today")
    elif days == 1:
        when = words.get("when_tomorrow")
    else:
        when = words.get("when_later", days=days, date=weekday_named(record.due_on, "%A %d %B"))
    label = label_of(record, found)
    text = (
        words.get("kept_own", label=label, when=when)
        if own or activity is None
        else words.get(
            "kept", label=label, when=when, how=said(found, activity)[1] if found else ""
        )
    )
    answers: dict[str, Answer] = {
        "activity_kept": True,
        "activity_today": days == 0,
        "activity_due": str(days),
    }
    return ActionResult(replies=(Reply(text),), answers=answers)


async def remind_activity(ctx: ActionContext) -> ActionResult:
    """Ask to be reminded of the activity on its day, with that day's daily prompt; promise
    nothing to someone with no daily prompt (reminders come only with it)."""
    has_time = ctx.user is not None and bool(ctx.user.prompt_time) and not ctx.user.paused
    if has_time:
        days = DAYS.get(str(ctx.answers.get("day") or ""), 0)
        due_on = _today(ctx) + timedelta(days=days)
        await ctx.tx.add_step_reminder(ctx.user_id, REMINDER, due_on)
    return ActionResult(answers={"has_prompt_time": has_time})


async def _waiting_record(ctx: ActionContext) -> ActivityRecord | None:
    wanted = ctx.answers.get("waiting_id")
    for record in await planned(ctx.tx, ctx.user_id):
        if record.record_id == wanted:
            return record
    return None


async def rate_activity(ctx: ActionContext, *, words: Texts) -> ActionResult:
    """Keep how the activity was, and say how that compares with what was expected."""
    record = await _waiting_record(ctx)
    if record is None:
        return ActionResult()
    rated = replace(
        record,
        actual_pleasure=_score(ctx, "actual_pleasure"),
        actual_achievement=_score(ctx, "actual_achievement"),
        rated_at=ctx.clock.now(),
    )
    await keep(ctx.tx, ctx.user_id, rated)
    return ActionResult(replies=(Reply(comparison(rated, words)),))


async def let_go_activity(ctx: ActionContext) -> ActionResult:
    """Let an activity that didn't happen go, so it is not asked about again."""
    record = await _waiting_record(ctx)
    if record is not None:
        await keep(ctx.tx, ctx.user_id, replace(record, rated_at=ctx.clock.now()))
    return ActionResult()


async def show_week_activity(
    ctx: ActionContext, *, found: ActivityList | None, words: Texts
) -> ActionResult:
    """Remind of the activity chosen since this week's plan began, if any."""
    plan = await ctx.tx.weekly_plan(ctx.user_id)
    if found is None or plan is None:
        return ActionResult()
    zone = ctx.user.timezone if ctx.user else None
    this_week = [
        r for r in await planned(ctx.tx, ctx.user_id) if local_date(r.at, zone) >= plan.started_on
    ]
    # A week begun before activities were records kept its choice as a note.
    notes = [n for n in await ctx.tx.notes(ctx.user_id, KIND) if n.local_date >= plan.started_on]
    if this_week and this_week[-1].own:
        text = words.get("this_week_own", label=this_week[-1].activity)
        return ActionResult(replies=(Reply(text),))
    chosen = this_week[-1].activity if this_week else notes[-1].text if notes else ""
    activity = found.find(chosen)
    if activity is None:
        return ActionResult()
    label, how = said(found, activity)
    text = say(
        key("data", "activities", "this_week"), found.this_week, {"label": label, "how": how}
    )
    return ActionResult(replies=(Reply(text),))


async def show_activity_week(
    ctx: ActionContext, *, found: ActivityList | None, words: Texts
) -> ActionResult:
    """Look back over the activities rated in the last seven days: what lifted, even a little."""
    since = ctx.clock.now() - LOOK_BACK
    rated = [
        r
        for r in await planned(ctx.tx, ctx.user_id)
        if r.rated and r.rated_at is not None and r.rated_at >= since
    ]
    if not rated:
        return ActionResult()
    lines = []
    for record in rated:
        label, day = label_of(record, found), record.due_on.isoformat()
        pleasure, achievement = record.actual_pleasure or 0, record.actual_achievement or 0
        if pleasure or achievement:
            lines.append(
                words.get(
                    "week_lifted",
                    date=day,
                    label=label,
                    pleasure=pleasure,
                    achievement=achievement,
                )
            )
        else:
            lines.append(words.get("week_flat", date=day, label=label))
    if not any((r.actual_pleasure or 0) + (r.actual_achievement or 0) for r in rated):
        lines.append(words.get("week_none_lifted"))
    return ActionResult(replies=(Reply("\n".join([words.get("week_header"), *lines])),))
