"""The crisis screen's speed and memory on one core, over every message of the corpus.

Screens each message of tests/safety/corpus/ (training and held-out, all languages), then
the same messages grown long (twenty of them in one message, as a person pouring it out
might write), several rounds each. Prints p50, p99 and max per message, and the resident
memory the screen adds (loaded, and after screening). Targets: p99 under 5 ms, under 60 MiB.

    .venv/bin/python bench/safety.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.safety import corpus
from bot.safety.screen import CrisisScreen, ScreenFiles

ROOT = Path(__file__).resolve().parent.parent


def mib(process: psutil.Process) -> float:
    """Return resident memory in MiB."""
    return process.memory_info().rss / 2**20


def percentile(sorted_values: list[float], fraction: float) -> float:
    """Return the value below which this fraction of the sorted values fall."""
    return sorted_values[min(len(sorted_values) - 1, int(fraction * len(sorted_values)))]


def main() -> None:
    """Load the screen, time it on every message, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    texts = [
        example.text
        for folder in ("train", "heldout-5")
        for example in corpus.load(ROOT / "tests" / "safety" / "corpus" / folder)
    ]
    long_texts = [" ".join(texts[i : i + 20]) for i in range(0, len(texts), 20)]
    process = psutil.Process()
    gc.collect()
    before = mib(process)
    started = time.perf_counter()
    screen = CrisisScreen.load(ScreenFiles.under(ROOT / "data"))
    load_seconds = time.perf_counter() - started
    loaded = mib(process)
    for label, batch in (("one message", texts), ("twenty in one message", long_texts)):
        timings: list[float] = []
        for _ in range(args.rounds):
            for text in batch:
                start = time.perf_counter_ns()
                screen(text)
                timings.append((time.perf_counter_ns() - start) / 1e6)
        timings.sort()
        chars = sum(map(len, batch)) / len(batch)
        print(
            f"{label:>22}: {len(batch):,} messages (mean {chars:,.0f} characters) x "
            f"{args.rounds}: p50 {percentile(timings, 0.5):.2f} ms, "
            f"p99 {percentile(timings, 0.99):.2f} ms, max {timings[-1]:.2f} ms"
        )
    print(f"load: {load_seconds * 1000:.0f} ms")
    print(
        f"memory: {before:.0f} MiB before, +{loaded - before:.1f} MiB loaded, "
        f"+{mib(process) - before:.1f} MiB after screening"
    )


if __name__ == "__main__":
    main()
