"""The operator's port: ``/healthz`` and ``/metrics``, beside the bot in either mode.

Served on ``RECONNECT_METRICS_PORT`` by a small tornado server of its own (tornado is what
PTB's webhook runs on already), on the bot's event loop: the same in polling and webhook
mode, and never on the public webhook port, so the world that can post updates cannot read
the metrics. Nothing it answers names a person.
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import tornado.httpserver
import tornado.web

from bot.clock import Clock
from bot.metrics import CONTENT_TYPE, Metrics
from bot.storage.protocol import Operations

logger = logging.getLogger(__name__)

FRESH = 60.0  # seconds a successful getMe counts as "Telegram answered recently"
ASK_WITHIN = 5.0  # seconds the database or Telegram has to answer a health check


@dataclass
class Health:
    """Whether the database answers and Telegram's getMe succeeded recently."""

    store: Operations
    get_me: Callable[[], Awaitable[object]]
    fresh: float = FRESH
    monotonic: Callable[[], float] = time.monotonic
    _telegram_ok_at: float | None = field(default=None, init=False)

    def telegram_answered(self) -> None:
        """Note that Telegram answered getMe just now."""
        self._telegram_ok_at = self.monotonic()

    async def check(self) -> tuple[bool, dict[str, str]]:
        """Return whether all is well, and "ok" or "failed" for the database and Telegram."""
        database, telegram = await asyncio.gather(self._database(), self._telegram())
        parts = {"database": _word(database), "telegram": _word(telegram)}
        return database and telegram, parts

    async def _database(self) -> bool:
        try:
            await asyncio.wait_for(self.store.ping(), ASK_WITHIN)
        except Exception as error:
            logger.warning("health: the database did not answer (%s)", type(error).__name__)
            return False
        return True

    async def _telegram(self) -> bool:
        answered = self._telegram_ok_at
        if answered is not None and self.monotonic() - answered < self.fresh:
            return True
        try:
            await asyncio.wait_for(self.get_me(), ASK_WITHIN)
        except Exception as error:
            logger.warning("health: Telegram did not answer getMe (%s)", type(error).__name__)
            return False
        self.telegram_answered()
        return True


def _word(ok: bool) -> str:
    return "ok" if ok else "failed"


class _HealthHandler(tornado.web.RequestHandler):
    def initialize(self, health: Health) -> None:
        self.health = health

    async def get(self) -> None:
        ok, parts = await self.health.check()
        self.set_status(200 if ok else 503)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(parts))


class _MetricsHandler(tornado.web.RequestHandler):
    def initialize(self, metrics: Metrics, store: Operations, clock: Clock) -> None:
        self.metrics = metrics
        self.store = store
        self.clock = clock

    async def get(self) -> None:
        body = await self.metrics.scrape(self.store, self.clock.now())
        self.set_header("Content-Type", CONTENT_TYPE)
        self.finish(body)


def serve_on(server: tornado.httpserver.HTTPServer, listen: str, port: int) -> int:
    """Have ``server`` listen on ``listen``:``port`` (0: any free port); return the port."""
    family = socket.AF_INET6 if ":" in listen else socket.AF_INET
    # The standard library's, not tornado's bind_sockets: it closes the socket when the port
    # is in use, and the error says so.
    listening = socket.create_server((listen, port), family=family)
    listening.setblocking(False)
    server.add_sockets([listening])
    return int(listening.getsockname()[1])


class OpsServer:
    """The operator's HTTP server, started and stopped with the bot."""

    def __init__(self, health: Health, metrics: Metrics, clock: Clock) -> None:
        application = tornado.web.Application(
            [
                (r"/healthz", _HealthHandler, {"health": health}),
                (
                    r"/metrics",
                    _MetricsHandler,
                    {"metrics": metrics, "store": health.store, "clock": clock},
                ),
            ]
        )
        self._server = tornado.httpserver.HTTPServer(application)
        self.port = 0

    def start(self, listen: str, port: int) -> int:
        """Listen on ``listen``:``port`` (0: any free port); return the port taken."""
        self.port = serve_on(self._server, listen, port)
        logger.info("health and metrics on %s:%d (/healthz, /metrics)", listen, self.port)
        return self.port

    async def stop(self) -> None:
        """Stop listening and close open connections."""
        self._server.stop()
        await self._server.close_all_connections()
