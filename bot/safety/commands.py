"""The `reconnect safety` commands: scan a file, audit on a corpus, build the shipped data."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bot.config import Settings

HELDOUT = Path("tests/safety/corpus/heldout-8")  # the newest set written apart
TRAIN = Path("tests/safety/corpus/train")


def scan(settings: Settings, file: Path) -> int:
    """Print one JSON line per input line: level, kind and rule, never the text."""
    from bot.app import build_screen

    screen = build_screen(settings)
    with file.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            verdict = screen(line.rstrip("\n"))
            # The line number, not the text: the output can be shared without the phrases.
            record = {
                "line": number,
                "level": verdict.level.value,
                "kind": verdict.kind.value,
                "rule": verdict.rule,
            }
            print(json.dumps(record))
    return 0


def evaluate(settings: Settings, folder: Path | None, *, by_category: bool) -> int:
    """Print recall and false alarms by language and category on a labelled corpus."""
    from bot.app import build_screen
    from bot.safety import corpus

    folder = folder or HELDOUT
    if not folder.is_dir():
        print(f"no corpus at {folder}: name a folder of <language>.tsv files", file=sys.stderr)
        return 2
    audit = corpus.Audit.run(build_screen(settings), corpus.load(folder))
    print(f"corpus: {folder}")
    print("risk: crisis messages; lines: crisis lines at once; q+lines: at least the question;")
    print("kind: of those with lines, the answer meant for that risk (self, now, danger, other)")
    print(audit.report(by_category=by_category))
    return 0


def build(settings: Settings, train: Path | None) -> int:
    """Rebuild the lemma table and the model from the lexicon and the training corpus."""
    try:
        from bot.safety.training import build as build_data
    except ImportError:  # pragma: no cover - depends on the installed extras
        print("install the train extra first: pip install -e '.[train]'", file=sys.stderr)
        return 2
    from bot.safety.screen import ScreenFiles

    built = build_data(ScreenFiles.under(settings.data_dir), train or TRAIN)
    print(f"{built.examples} training messages, {built.lemmas} lemma forms")
    limits = built.thresholds
    print(
        f"thresholds: question {limits.concern} (the n-grams alone: "
        f"{limits.ngram_concern}), lines {limits.crisis}, a rule's lines from {limits.rule_gate}"
    )
    for name, value in built.out_of_fold.items():
        print(f"out of fold, {name}: {100 * value:.1f}%")
    return 0
