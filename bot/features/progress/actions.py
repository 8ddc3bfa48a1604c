"""/progress: the last 30 days of check-ins as a chart (matplotlib) and a few plain words."""

from __future__ import annotations

import asyncio
import io
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from statistics import mean
from typing import Any

from bot.engine.actions import ActionContext, ActionResult
from bot.engine.events import Attachment, Reply
from bot.engine.texts import Texts
from bot.features.checkin.records import CheckIn
from bot.features.progress import measures
from bot.features.questionnaires import Questionnaire
from bot.features.questionnaires.records import results as questionnaire_results
from bot.timezones import local_date

DAYS = 30
WORDS = frozenset(
    {
        "none_yet",
        "only_one",
        "one_day",
        "averaged",
        "summary",
        "trend_up",
        "trend_down",
        "trend_steady",
        "top_words",
        "chart_title",
        "chart_presence",
        "chart_connection",
        "chart_words",
        "chart_score",
        *measures.WORDS,
    }
)


def _daily(checkins: Sequence[CheckIn]) -> dict[date, tuple[float, float]]:
    """Return each day's mean presence and connection (a day may have two check-ins)."""
    days: dict[date, list[CheckIn]] = {}
    for checkin in checkins:
        days.setdefault(checkin.local_date, []).append(checkin)
    return {
        day: (mean(c.presence for c in items), mean(c.connection for c in items))
        for day, items in sorted(days.items())
    }


def _trend(values: Sequence[float], words: Texts) -> str:
    """Compare the later half of the days with the earlier half."""
    half = len(values) // 2
    change = mean(values[half:]) - mean(values[:half])
    if change >= 1:
        return words.get("trend_up")
    if change <= -1:
        return words.get("trend_down")
    return words.get("trend_steady")


def summarise(checkins: Sequence[CheckIn], words: Texts) -> str:
    """Say how many days were checked in, where both scores are heading, the usual words."""
    daily = _daily(checkins)
    presence = [scores[0] for scores in daily.values()]
    connection = [scores[1] for scores in daily.values()]
    text = words.get(
        "summary",
        count=len(checkins),
        days=len(daily),
        total=DAYS,
        presence_trend=_trend(presence, words),
        connection_trend=_trend(connection, words),
        presence_now=round(presence[-1]),
        connection_now=round(connection[-1]),
    )
    if len(checkins) > len(daily):  # some day had two: say what its point on the chart is
        text += "\n" + words.get("averaged")
    common = [word for word, _ in Counter(c.feeling for c in checkins if c.feeling).most_common(3)]
    if common:
        text += "\n" + words.get("top_words", words=", ".join(common))
    return text


def render_chart(
    checkins: Sequence[CheckIn], today: date, words: Texts, days: int = DAYS
) -> bytes:
    """Draw both scores day by day, and how often each feeling word was chosen, as a PNG."""
    figure = draw(checkins, today, words, days)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def draw(checkins: Sequence[CheckIn], today: date, words: Texts, days: int = DAYS) -> Any:
    """Return the chart as a matplotlib figure, over the last ``days`` days."""
    # Imported on first use: matplotlib costs ~40 MiB, which most runs never need.
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
    from matplotlib.figure import Figure

    daily = _daily(checkins)
    figure = Figure(figsize=(9, 5), dpi=100, layout="constrained")
    scores, counts = figure.subplots(1, 2, width_ratios=[3, 1])
    dates = list(daily)
    scores.plot(
        dates, [s[0] for s in daily.values()], marker="o", label=words.get("chart_presence")
    )
    scores.plot(
        dates, [s[1] for s in daily.values()], marker="s", label=words.get("chart_connection")
    )
    scores.set_ylim(-0.5, 10.5)
    scores.set_xlim(today - timedelta(days=days - 1), today + timedelta(days=1))
    scores.set_ylabel(words.get("chart_score"))
    scores.set_title(words.get("chart_title"))
    scores.grid(alpha=0.3)
    scores.legend(loc="upper left")
    # A few ticks, as many as fit, labelled "Nov 3" and then only what changes: never
    # two full dates run together, whatever the span.
    locator = AutoDateLocator(minticks=3, maxticks=7)  # type: ignore[no-untyped-call]
    scores.xaxis.set_major_locator(locator)
    scores.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    tally = Counter(c.feeling for c in checkins if c.feeling).most_common(8)
    counts.barh([word for word, _ in reversed(tally)], [n for _, n in reversed(tally)])
    counts.set_title(words.get("chart_words"))
    counts.xaxis.get_major_locator().set_params(integer=True)
    return figure


async def show_progress(
    ctx: ActionContext, *, words: Texts, questionnaires: Mapping[str, Questionnaire]
) -> ActionResult:
    """Send the chart and summary, or a kind word when there is too little to draw; say
    whether there are questionnaire results to show next."""
    results = await questionnaire_results(ctx.tx, ctx.user_id)
    shown = await _checkins(ctx, words)
    has_results = bool(measures.by_measure(results, questionnaires))
    return ActionResult(replies=shown, answers={"has_results": has_results})


async def show_measures(
    ctx: ActionContext, *, words: Texts, questionnaires: Mapping[str, Questionnaire]
) -> ActionResult:
    """Send each questionnaire's chart over time, its latest band and what changed."""
    results = await questionnaire_results(ctx.tx, ctx.user_id)
    grouped = measures.by_measure(results, questionnaires)
    if not grouped:  # erased in between: nothing to draw
        return ActionResult()
    png = await asyncio.to_thread(measures.render_chart, grouped, questionnaires, words)
    text = measures.summarise(grouped, questionnaires, words)
    return ActionResult(
        replies=(Reply(text, attachment=Attachment("measures.png", png, "photo")),)
    )


async def _checkins(ctx: ActionContext, words: Texts) -> tuple[Reply, ...]:
    now = ctx.clock.now()
    checkins = await ctx.tx.checkins(ctx.user_id, since=now - timedelta(days=DAYS))
    if not checkins:
        return (Reply(words.get("none_yet")),)
    if len({c.local_date for c in checkins}) < 2:
        last = checkins[-1]
        key = "only_one" if len(checkins) == 1 else "one_day"
        text = words.get(
            key, count=len(checkins), presence=last.presence, connection=last.connection
        )
        return (Reply(text),)
    today = local_date(now, ctx.user.timezone if ctx.user else None)
    # Drawing takes a tenth of a second: off the event loop, so nobody else waits.
    png = await asyncio.to_thread(render_chart, checkins, today, words)
    summary = summarise(checkins, words)
    return (Reply(summary, attachment=Attachment("progress.png", png, "photo")),)
