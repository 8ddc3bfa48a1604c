"""The design's boundaries, checked: only the Telegram channel imports telegram, only the
storage speaks SQL, and every module loads whichever is imported first."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
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


SQL = re.compile(
    r"\bSELECT\b.+\bFROM\b|\bINSERT\s+(OR\s+\w+\s+)?INTO\b|\bUPDATE\s+\w+\s+SET\b"
    r"|\bDELETE\s+FROM\b|\bCREATE\s+(TABLE|INDEX)\b|\bPRAGMA\s+\w+|\bBEGIN\s+IMMEDIATE\b",
    re.DOTALL,
)
OUTSIDE_STORAGE = sorted(p for p in BOT.rglob("*.py") if p.relative_to(BOT).parts[0] != "storage")
# The composition root: it alone may name the concrete stores, once each, to build one from
# settings.
COMPOSITION_ROOT = BOT / "app.py"
CONCRETE_STORES = {"SqliteStore", "PostgresStore"}
BACKENDS = {"bot.storage.sqlite", "bot.storage.postgres"}


def sql_strings(path: Path) -> list[str]:
    tree = parse(path.read_text(encoding="utf-8"))
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and SQL.search(node.value)
    ]


def concrete_store_names(path: Path) -> int:
    tree = parse(path.read_text(encoding="utf-8"))
    return sum(
        1
        for node in ast.walk(tree)
        if (isinstance(node, ast.Name) and node.id in CONCRETE_STORES)
        or (isinstance(node, ast.Attribute) and node.attr in CONCRETE_STORES)
    )


@pytest.mark.parametrize("path", OUTSIDE_STORAGE, ids=lambda p: str(p.relative_to(BOT)))
def test_only_storage_speaks_sql(path: Path) -> None:
    drivers = {
        m
        for m in imported_modules(path)
        if m.split(".")[0] in {"sqlite3", "aiosqlite", "psycopg", "psycopg_pool"}
    }
    assert drivers == set()
    assert sql_strings(path) == []


@pytest.mark.parametrize("path", OUTSIDE_STORAGE, ids=lambda p: str(p.relative_to(BOT)))
def test_only_the_composition_root_names_the_concrete_store(path: Path) -> None:
    allowed = len(CONCRETE_STORES) if path == COMPOSITION_ROOT else 0
    assert concrete_store_names(path) <= allowed
    concrete = {
        m
        for m in imported_modules(path)
        if m.startswith(("bot.storage.sqlite", "bot.storage.postgres"))
    }
    assert concrete <= (BACKENDS if allowed else set())


STORAGE_QUERIES = sorted(p for p in (BOT / "storage").glob("*.py") if "migrations" not in p.name)


@pytest.mark.parametrize("path", STORAGE_QUERIES, ids=lambda p: p.name)
def test_storage_binds_the_shared_names_rather_than_spelling_them(path: Path) -> None:
    """Prompt states, user statuses and the prompt event id are enums and constants in
    bot/storage/records.py: queries bind them as values, so a renamed state cannot leave one
    backend's SQL behind (schemas in the migrations spell them, once)."""
    from bot.storage.records import PROMPT_EVENT, PromptState, UserStatus

    names = {*PromptState, *UserStatus, PROMPT_EVENT}
    tree = parse(path.read_text(encoding="utf-8"))
    strings = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)]
    spelled = [
        (text, name)
        for text in strings
        if isinstance(text, str)
        for name in names
        if f"'{name}'" in text or (f"'{name}" in text and name == PROMPT_EVENT)
    ]
    assert spelled == []


def test_the_sql_pattern_catches_sql() -> None:
    assert SQL.search("SELECT user_id FROM users WHERE x = ?")
    assert SQL.search("INSERT OR IGNORE INTO prompts VALUES (?)")
    assert SQL.search("UPDATE users SET status = ?")
    assert not SQL.search("Select what feels closest from the list.")


# Each module of bot/ imported first, with no bot module loaded before it (python -m bot runs
# the program, so it is left out): a cycle between modules fails here whatever the order.
FIRST_EACH = """
import importlib, sys
failed = []
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "bot" or m.startswith("bot.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception as error:
        failed.append(f"{name}: {error!r}")
print("\\n".join(failed))
"""


def test_every_module_loads_when_imported_first() -> None:
    modules = sorted(
        ".".join(path.relative_to(BOT.parent).with_suffix("").parts).removesuffix(".__init__")
        for path in BOT.rglob("*.py")
        if path.name != "__main__.py"
    )
    done = subprocess.run(
        [sys.executable, "-c", FIRST_EACH, *modules],
        capture_output=True,
        text=True,
        check=True,
        cwd=BOT.parent,
    )
    assert done.stdout.strip() == ""
