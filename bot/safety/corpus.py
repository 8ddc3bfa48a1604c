"""Labelled messages for building and auditing the screen, and the audit's figures.

A corpus is a folder of `<language>.tsv` files, one message a line:
`label<TAB>category<TAB>text`, label `crisis` or `everyday`, in subfolders too.
tests/safety/corpus/train/ builds the model; tests/safety/corpus/heldout-8/ was written apart
and only measures it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bot.safety.levels import Kind, Level, Verdict

RISK = "crisis"
EVERYDAY = "everyday"
CRISIS_CATEGORIES = {
    "wish_dead": Kind.SELF,
    "thoughts": Kind.SELF,
    "method": Kind.SELF,
    "intent": Kind.SELF,
    "plan": Kind.SELF,
    "preparation": Kind.SELF,
    "self_harm": Kind.SELF,
    "attempt_now": Kind.NOW,
    "danger_from_others": Kind.DANGER,
    "someone_else": Kind.OTHER,
}
EVERYDAY_CATEGORIES = frozenset({"idiom", "media", "medical", "numbness", "sad", "daily", "reply"})


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled message."""

    language: str
    label: str
    category: str
    text: str

    @property
    def kind(self) -> Kind | None:
        """Return whose risk the message is about, or None for an everyday one."""
        return CRISIS_CATEGORIES.get(self.category) if self.label == RISK else None


def language_of(file: Path) -> str:
    """Return the language a corpus file holds: `ru-Latn-2.tsv` holds `ru-Latn`."""
    return re.sub(r"-\d+$", "", file.stem)


def load(folder: Path) -> list[Example]:
    """Read every `<language>.tsv` in folder; a malformed line is an error naming it."""
    examples: list[Example] = []
    for file in sorted(folder.rglob("*.tsv")):
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            parts = line.split("\t")
            valid = len(parts) == 3 and (
                (parts[0] == RISK and parts[1] in CRISIS_CATEGORIES)
                or (parts[0] == EVERYDAY and parts[1] in EVERYDAY_CATEGORIES)
            )
            if not valid:
                raise ValueError(f"{file}:{number}: want label<TAB>category<TAB>text")
            examples.append(Example(language_of(file), parts[0], parts[1], parts[2].strip()))
    return examples


@dataclass(slots=True)
class Tally:
    """Counts of one group of messages by what the screen did with them."""

    total: int = 0
    lines: int = 0  # crisis lines at once
    asked: int = 0  # the direct question (concern)
    right_kind: int = 0  # crisis, and the answer meant for this kind of risk

    def add(self, verdict: Verdict, kind: Kind | None) -> None:
        """Count one verdict."""
        self.total += 1
        if verdict.level is Level.CRISIS:
            self.lines += 1
            self.right_kind += verdict.kind is kind
        elif verdict.level is Level.CONCERN:
            self.asked += 1


@dataclass(slots=True)
class Audit:
    """Tallies of crisis and everyday messages, by language and by category."""

    crisis: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    everyday: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    missed: list[Example] = field(default_factory=list)
    alarmed: list[Example] = field(default_factory=list)

    @classmethod
    def run(cls, screen: Callable[[str], Verdict], examples: Iterable[Example]) -> Audit:
        """Screen every example and tally the verdicts."""
        audit = cls()
        for example in examples:
            verdict = screen(example.text)
            risky = example.label == RISK
            groups = audit.crisis if risky else audit.everyday
            for key in ("all", example.language, f"{example.language}/{example.category}"):
                groups[key].add(verdict, example.kind)
            groups[f"*/{example.category}"].add(verdict, example.kind)
            if risky and verdict.level is Level.NONE:
                audit.missed.append(example)
            if not risky and verdict.level is Level.CRISIS:
                audit.alarmed.append(example)
        return audit

    def report(self, *, by_category: bool = True) -> str:
        """Return the audit as a plain table: recall, question rate and false alarms."""
        rows = ["group              risk  lines  q+lines  kind   | everyday  lines  question"]

        def pct(part: int, whole: int) -> str:
            return f"{100 * part / whole:5.1f}%" if whole else "    - "

        keys = sorted(set(self.crisis) | set(self.everyday), key=_order)
        for key in keys:
            if "/" in key and not by_category:
                continue
            risk, day = self.crisis.get(key, Tally()), self.everyday.get(key, Tally())
            rows.append(
                f"{key:<17} {risk.total:5} {pct(risk.lines, risk.total)} "
                f"{pct(risk.lines + risk.asked, risk.total)}  "
                f"{pct(risk.right_kind, risk.lines)} | {day.total:8} "
                f"{pct(day.lines, day.total)}  {pct(day.asked, day.total)}"
            )
        return "\n".join(rows)

    def by_language(self) -> dict[str, tuple[Tally, Tally]]:
        """Return (crisis, everyday) tallies for each language."""
        keys = {key for key in (*self.crisis, *self.everyday) if "/" not in key}
        return {
            key: (self.crisis.get(key, Tally()), self.everyday.get(key, Tally())) for key in keys
        }


def _order(key: str) -> tuple[int, str]:
    return (0 if key == "all" else 2 if key.startswith("*/") else 1, key)


def counts(examples: Iterable[Example]) -> Counter[tuple[str, str]]:
    """Return how many examples there are by language and label."""
    return Counter((example.language, example.label) for example in examples)
