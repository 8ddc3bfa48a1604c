"""/progress for questionnaires: each measure over time, its band in plain words, and a
change worth noticing (the questionnaire file's ``meaningful_change``: WHO-5, 10 points).

Only full questionnaires are drawn (a short form's score is on another scale); each gets
its own panel, on its own scale, with its bands shaded and named.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import Any

from bot.engine.texts import Texts, result_key, say
from bot.features.questionnaires import Questionnaire
from bot.features.questionnaires.model import Band
from bot.features.questionnaires.records import QuestionnaireResult
from bot.features.questionnaires.scoring import band_for
from bot.i18n.dates import day_named

SHORT_DATE = ("%-d %b", "d MMM")  # "2 Nov" in English (strftime), "2 нояб." by CLDR elsewhere
WORDS = frozenset(
    {
        "measures_latest",
        "measures_first",
        "measures_up",
        "measures_down",
        "measures_small_change",
        "measures_footer",
        "measures_chart_title",
        "measures_today",
    }
)

# The chart's layout, in inches: a panel, the gutter at its right where its bands are named,
# the room for the scores at the left, for the titles above and the dates below (4.5 inches
# a panel and one more: the size the chart always had).
PANEL = 2.4
GUTTER = 2.1
LEFT = 1.0
HEIGHT = 5.0
TOP = 0.7
BOTTOM = 0.4


def by_measure(
    results: Sequence[QuestionnaireResult], questionnaires: Mapping[str, Questionnaire]
) -> dict[str, list[QuestionnaireResult]]:
    """Return the results of full questionnaires, oldest first, in the files' order."""
    grouped: dict[str, list[QuestionnaireResult]] = {}
    for qid in questionnaires:
        mine = sorted((r for r in results if r.questionnaire == qid), key=lambda r: r.at)
        if mine:
            grouped[qid] = mine
    return grouped


def _change(q: Questionnaire, results: Sequence[QuestionnaireResult], words: Texts) -> str:
    """Say how the latest score moved since the one before, if the file says what counts."""
    if len(results) < 2 or q.meaningful_change is None:
        return ""
    before, latest = results[-2], results[-1]
    change = latest.total - before.total
    values = {"name": q.name, "points": abs(change), "meaningful": q.meaningful_change}
    same_day = before.local_date == latest.local_date
    values["since"] = (
        words.get("measures_today") if same_day else day_named(before.local_date, *SHORT_DATE)
    )
    if change >= q.meaningful_change:
        return words.get("measures_up", **values)
    if change <= -q.meaningful_change:
        return words.get("measures_down", **values)
    return words.get("measures_small_change", **values)


def summarise(
    grouped: Mapping[str, Sequence[QuestionnaireResult]],
    questionnaires: Mapping[str, Questionnaire],
    words: Texts,
) -> str:
    """Say each measure's latest score and band in plain words, what changed, and that
    this is not a diagnosis."""
    lines = []
    for qid, results in grouped.items():
        q = questionnaires[qid]
        latest = results[-1]
        key = "measures_latest" if len(results) > 1 else "measures_first"
        lines.append(
            words.get(
                key,
                name=q.name,
                total=latest.total,
                highest=q.highest,
                band=_summary(q, band_for(q, latest.total)),
                date=day_named(latest.local_date, *SHORT_DATE),
                count=len(results),
            )
        )
        change = _change(q, results, words)
        if change:
            lines.append(change)
    lines.append(words.get("measures_footer"))
    return "\n".join(lines)


def render_chart(
    grouped: Mapping[str, Sequence[QuestionnaireResult]],
    questionnaires: Mapping[str, Questionnaire],
    words: Texts,
) -> bytes:
    """Draw each measure's scores over time, its bands shaded and named, as a PNG."""
    figure = draw(grouped, questionnaires, words)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def draw(
    grouped: Mapping[str, Sequence[QuestionnaireResult]],
    questionnaires: Mapping[str, Questionnaire],
    words: Texts,
) -> Any:
    """Return the chart as a matplotlib figure: one panel a measure, side by side."""
    # Imported on first use: matplotlib costs ~40 MiB, which most runs never need.
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
    from matplotlib.figure import Figure

    # Margins are set in inches, not found by a layout engine: "constrained" measured every
    # label of every panel at each save, most of the time /progress took to draw.
    count = len(grouped)
    width = count * (PANEL + GUTTER) + LEFT
    figure = Figure(figsize=(width, HEIGHT), dpi=100)
    figure.subplots_adjust(
        left=LEFT / width,
        right=1 - GUTTER / width,
        bottom=BOTTOM / HEIGHT,
        top=1 - TOP / HEIGHT,
        wspace=GUTTER / PANEL,
    )
    panels = figure.subplots(1, count, squeeze=False)[0]
    figure.suptitle(words.get("measures_chart_title"))
    for panel, (qid, results) in zip(panels, grouped.items(), strict=True):
        q = questionnaires[qid]
        for index, band in enumerate(q.bands):  # shaded apart, named at the right
            panel.axhspan(
                band.min - 0.5, band.max + 0.5, color="0.5", alpha=0.05 + 0.07 * (index % 2), lw=0
            )
            middle = (band.min + band.max) / 2
            axis = panel.get_yaxis_transform()
            panel.text(1.02, middle, _summary(q, band), transform=axis, va="center", fontsize=7)
        when = [r.at for r in results]
        panel.plot(when, [r.total for r in results], marker="o")
        margin = q.highest * 0.03  # a point at 0 or at the top is drawn whole
        panel.set_ylim(-margin, q.highest + margin)
        panel.set_xlim(min(when) - timedelta(days=3), max(when) + timedelta(days=3))
        panel.yaxis.get_major_locator().set_params(integer=True)
        panel.set_title(q.title, fontsize=10)
        locator = AutoDateLocator(minticks=2, maxticks=5)  # type: ignore[no-untyped-call]
        panel.xaxis.set_major_locator(locator)
        panel.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
        panel.grid(alpha=0.3)
    return figure


def _summary(q: Questionnaire, band: Band) -> str:
    """A band's few words ("mild: some signs of low mood") in the person's language."""
    return say(result_key(q.id, band.id, "summary"), band.summary, {})
