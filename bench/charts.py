"""How long /progress takes to draw its charts: the questionnaire chart and the check-ins.

Draws each chart cold (in a fresh process: the first /progress after a start, imports and
fonts included) and warm (the same process again, as every later /progress), and prints
the median of a few runs of each.

    .venv/bin/python bench/charts.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]


def _draw(which: str) -> float:
    """Draw one chart on made-up results; return the seconds it took."""
    from bot.engine.texts import Texts
    from bot.features.checkin.records import CheckIn
    from bot.features.progress import actions, measures
    from bot.features.questionnaires import Questionnaires
    from bot.features.questionnaires.records import QuestionnaireResult

    data = ROOT / "data"
    words = Texts.load(data / "progress.yaml", actions.WORDS | measures.WORDS)
    start = datetime(2026, 1, 1, 9, tzinfo=UTC)
    started = time.perf_counter()
    if which == "measures":
        questionnaires = Questionnaires.load(data).by_id
        results = [
            QuestionnaireResult(start + timedelta(days=14 * n), date(2026, 1, 1), qid, (), t, "x")
            for n in range(8)
            for qid, t in (("phq9", 4 + n), ("who5", 40 + 4 * n), ("gad7", 12 - n))
        ]
        grouped = measures.by_measure(results, questionnaires)
        started = time.perf_counter()
        measures.render_chart(grouped, questionnaires, words)
    else:
        checkins = [
            CheckIn(start + timedelta(days=n), date(2026, 1, 1) + timedelta(days=n), 3, 5, "low")
            for n in range(30)
        ]
        actions.render_chart(checkins, date(2026, 1, 30), words)
    return time.perf_counter() - started


def _cold(which: str) -> float:
    code = f"import bench.charts as c; print(c._draw({which!r}))"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return float(out.stdout.split()[-1])


def main() -> None:
    """Print cold and warm medians for each chart."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    for which in ("measures", "checkins"):
        cold = statistics.median(_cold(which) for _ in range(runs))
        _draw(which)
        warm = statistics.median(_draw(which) for _ in range(runs))
        print(f"{which:9} cold {cold * 1000:7.0f} ms   warm {warm * 1000:7.0f} ms")


if __name__ == "__main__":
    main()
