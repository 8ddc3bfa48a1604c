"""Logging that never carries what a user wrote, nor the bot token."""

from __future__ import annotations

import logging
import sys
import traceback


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


def setup_logging(level: str, secrets: list[str] | None = None) -> None:
    """Log to stderr; httpx stays at WARNING (its request lines carry the token)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(Redact(secrets or []))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(getattr(logging, level, logging.INFO))
    for noisy in ("httpx", "httpcore", "transitions", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
