"""Log lines keep what helps an operator and drop anything a user may have written."""

from __future__ import annotations

import logging

import pytest

from bot.logs import LibraryPayloads

CANARY = "zebra-canary-4417"


def record(
    name: str, level: int, msg: str, *args: object, error: bool = False
) -> logging.LogRecord:
    exc_info = None
    if error:
        try:
            raise ValueError(f"Message text is {CANARY}")
        except ValueError as raised:
            exc_info = (type(raised), raised, raised.__traceback__)
    return logging.LogRecord(name, level, __file__, 1, msg, args, exc_info)


@pytest.mark.parametrize("name", ["telegram.ext.Application", "httpx", "aiosqlite", "tornado"])
def test_a_library_says_nothing_below_warning(name: str) -> None:
    assert not LibraryPayloads().filter(record(name, logging.DEBUG, "Processing %s", CANARY))
    assert not LibraryPayloads().filter(record(name, logging.INFO, "Processing %s", CANARY))


def test_a_library_warning_keeps_its_words_but_not_its_arguments_or_error_message() -> None:
    line = record("telegram.ext.Updater", logging.ERROR, "Failed on %r", CANARY, error=True)
    assert LibraryPayloads().filter(line)
    formatted = logging.Formatter().format(line)
    assert "Failed on <str>" in formatted
    assert "ValueError" in formatted  # where and what kind of failure, for the operator
    assert CANARY not in formatted


def test_our_own_lines_pass_at_every_level() -> None:
    line = record("bot.engine.engine", logging.DEBUG, "event %s already handled", "tg:5")
    assert LibraryPayloads().filter(line)
    assert line.getMessage() == "event tg:5 already handled"
