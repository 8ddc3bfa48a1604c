"""The Telegram channel: the only package that imports ``telegram``."""

import os

# Opt in to PTB's coming behaviour (time periods as timedelta) rather than its warnings.
os.environ.setdefault("PTB_TIMEDELTA", "true")

from bot.telegram.channel import TelegramChannel
from bot.telegram.runner import build_application, serve, started

__all__ = ["TelegramChannel", "build_application", "serve", "started"]
