"""Logging that never carries what a user wrote, nor the bot token.

Our own log lines name ids, kinds and counts, never text. Libraries are not so careful:
at DEBUG python-telegram-bot prints every update and every reply, httpx and httpcore the
request lines with the token, aiosqlite every statement with its values. So only our own
loggers (``bot.*``) speak below WARNING, and a library's warning keeps its wording but not
its arguments or its exception's message, either of which may quote a message.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path


class Redact(logging.Filter):
    """Replace secrets (the bot token) wherever they would appear in a log line."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self._secrets = [secret for secret in secrets if secret]

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record with secrets masked; always keep it."""
        if not self._secrets:
            return True
        message = record.getMessage()
        for secret in self._secrets:
            message = message.replace(secret, "[token]")
        record.msg, record.args = message, None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = _frames_only(record.exc_info[1])
            record.exc_info = None
        return True


def _frames_only(error: BaseException) -> str:
    frames = "".join(traceback.format_tb(error.__traceback__))
    return f"Traceback (most recent call last):\n{frames}{type(error).__name__}"


def log_failure(logger: logging.Logger, what: str, error: BaseException) -> None:
    """Log a failure by type and place; never its message, which may quote user input."""
    logger.error("%s: %s\n%s", what, type(error).__name__, _frames_only(error))


OURS = "bot"  # the package's loggers: the only ones allowed below WARNING
LIBRARIES = ("telegram", "httpx", "httpcore", "aiosqlite", "apscheduler", "transitions")


class _Withheld:
    """Stands in for a library's log argument: its type, never its value."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def __repr__(self) -> str:
        return f"<{self.kind}>"

    __str__ = __repr__


class LibraryPayloads(logging.Filter):
    """Drop a library's lines below WARNING; keep the rest without arguments or message."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Return whether to keep the record, rewritten to carry no payload."""
        if record.name == OURS or record.name.startswith(OURS + "."):
            return True
        if record.levelno < logging.WARNING:
            return False
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            shown = tuple(_Withheld(type(arg).__name__) for arg in args)
            try:
                record.msg = str(record.msg) % shown
            except (TypeError, ValueError):
                record.msg = f"{record.msg} [arguments withheld]"
            record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = _frames_only(record.exc_info[1])
            record.exc_info = None
        return True


def setup_logging(level: str, secrets: list[str] | None = None, file: Path | None = None) -> None:
    """Log to stderr (or to ``file``, owner-only), our own lines at ``level`` and a
    library's only from WARNING up, without payloads, with the token masked."""
    handler: logging.Handler
    if file is None:
        handler = logging.StreamHandler(sys.stderr)
    else:
        file.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
        handler = logging.FileHandler(file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(LibraryPayloads())
    handler.addFilter(Redact(secrets or []))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(getattr(logging, level, logging.INFO))
    for library in LIBRARIES:  # not even built: their DEBUG lines cost time as well
        logging.getLogger(library).setLevel(logging.WARNING)
