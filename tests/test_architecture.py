"""The design's boundaries, checked: only the Telegram channel imports telegram."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parent.parent / "bot"


def parse(source: str) -> ast.Module:
    """Parse, once more if CPython 3.11's ast recursion-counter bug strikes (gh-106905):
    "AST constructor recursion depth mismatch" is the interpreter's, not the source's."""
    try:
        return ast.parse(source)
    except SystemError:
        return ast.parse(source)


def imported_modules(path: Path) -> set[str]:
    tree = parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


PURE = sorted(
    [
        *(BOT / "engine").rglob("*.py"),
        *(BOT / "storage").rglob("*.py"),
        *(BOT / "safety").rglob("*.py"),
    ]
)


@pytest.mark.parametrize("path", PURE, ids=lambda p: str(p.relative_to(BOT)))
def test_engine_storage_and_safety_never_import_telegram(path: Path) -> None:
    telegram = {m for m in imported_modules(path) if m.split(".")[0] in {"telegram", "bot"}}
    assert not {m for m in telegram if m == "telegram" or m.startswith("telegram.")}
    assert not {m for m in telegram if m.startswith("bot.telegram")}


def test_nothing_outside_the_channel_imports_telegram() -> None:
    offenders = [
        str(path.relative_to(BOT))
        for path in BOT.rglob("*.py")
        if "telegram" not in path.relative_to(BOT).parts[:1]
        and any(m == "telegram" or m.startswith("telegram.") for m in imported_modules(path))
    ]
    assert offenders == []
