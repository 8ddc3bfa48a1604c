"""The webhook: an update is answered 200 only once its turn is done.

PTB's own webhook server answers 200 as soon as it has queued an update, before the turn
runs: a worker killed, or a database gone, in the middle of a turn loses what it had
accepted, and Telegram never sends it again. Here the update is handled first: 200 once it
is done (its replies committed to the outbox, sent or still to send), 500 when it failed,
so that Telegram sends it again, to this worker or another behind the same URL; the engine
knows an update it has committed, so nothing is handled twice. Served by tornado, as PTB's
server and the operator's port are.
"""

from __future__ import annotations

import hmac
import json
import logging
import re
from collections.abc import Awaitable, Callable

import tornado.httpserver
import tornado.web

from bot.ops_server import serve_on

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105  (a header's name)

# Handle one update (Telegram's JSON); return whether it was handled to the end.
Handle = Callable[[dict[str, object]], Awaitable[bool]]


class _UpdateHandler(tornado.web.RequestHandler):
    def initialize(self, handle: Handle, secret: str | None) -> None:
        self.handle = handle
        self.secret = secret

    async def post(self) -> None:
        given = self.request.headers.get(SECRET_HEADER, "")
        if self.secret is not None and not hmac.compare_digest(given, self.secret):
            self.set_status(403)  # not Telegram: nothing is read
            return
        try:
            update = json.loads(self.request.body)
        except ValueError:
            self.set_status(400)
            return
        if not isinstance(update, dict):
            self.set_status(400)
            return
        try:
            done = await self.handle(update)
        except Exception as error:  # never a stack trace to the caller: Telegram retries
            name = type(error).__name__
            logger.error("webhook update failed (%s); Telegram will send it again", name)
            done = False
        self.set_status(200 if done else 500)


class WebhookServer:
    """Take Telegram's updates on the webhook's port and path."""

    def __init__(self, path: str, secret: str | None, handle: Handle) -> None:
        route = rf"/{re.escape(path.strip('/'))}/?"
        application = tornado.web.Application(
            [(route, _UpdateHandler, {"handle": handle, "secret": secret})]
        )
        self._server = tornado.httpserver.HTTPServer(application)
        self.port = 0

    def start(self, listen: str, port: int) -> int:
        """Listen on ``listen``:``port`` (0: any free port); return the port taken."""
        self.port = serve_on(self._server, listen, port)
        return self.port

    async def stop(self) -> None:
        """Stop taking updates; let those being handled finish their answer."""
        self._server.stop()
        await self._server.close_all_connections()
