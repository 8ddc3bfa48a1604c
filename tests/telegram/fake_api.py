"""A fake Telegram Bot API server on loopback: real HTTP, canned answers, every call recorded.

It serves what the bot calls (getMe, getUpdates with long polling and offsets, sendMessage,
editMessageText, answerCallbackQuery, ...), lets a test queue updates as Telegram would, and
can answer a method with a failure (429 with retry_after, 403 blocked, a dropped connection).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import tornado.httpserver
import tornado.netutil
import tornado.web

TOKEN = "123456:TEST-token-never-to-be-logged"
BOT_USER = {"id": 123456, "is_bot": True, "first_name": "Reconnect", "username": "reconnect_bot"}


@dataclass
class Call:
    """One request the bot made."""

    method: str
    params: dict[str, Any]
    result: Any = None


SENDS = frozenset({"sendMessage", "sendPhoto", "sendDocument"})


@dataclass
class FakeTelegram:
    """State of the fake server: updates to hand out, calls received, failures to inject."""

    calls: list[Call] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    redeliver: list[dict[str, Any]] = field(default_factory=list)
    failures: dict[str, list[tuple[int, dict[str, Any]] | str]] = field(default_factory=dict)
    changed: asyncio.Event = field(default_factory=asyncio.Event)
    arrived: asyncio.Event = field(default_factory=asyncio.Event)
    _message_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1000))
    _update_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    port: int = 0
    max_per_second: float | None = None  # enforce Telegram's overall limit with 429s
    max_per_chat_second: float | None = None  # and, if set, a limit for one chat
    _recent_sends: collections.deque[float] = field(default_factory=collections.deque)
    _recent_by_chat: dict[int, collections.deque[float]] = field(default_factory=dict)
    # Sends answered with success, per chat: counted as they happen, so a bench waiting on
    # thousands of them never rescans the whole list of calls.
    delivered: collections.Counter[int] = field(default_factory=collections.Counter)
    # Cleared (``hold``), sends wait unanswered: nothing is accepted. Set again (``release``),
    # they are answered, except those whose sender hung up meanwhile: never delivered.
    sends_open: asyncio.Event = field(default_factory=asyncio.Event)
    _server: tornado.httpserver.HTTPServer | None = None

    def __post_init__(self) -> None:
        self.sends_open.set()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    async def start(self) -> None:
        app = tornado.web.Application([(r"/bot([^/]+)/(\w+)", _Handler, {"fake": self})])
        sockets = tornado.netutil.bind_sockets(0, "127.0.0.1")
        self.port = sockets[0].getsockname()[1]
        self._server = tornado.httpserver.HTTPServer(app)
        self._server.add_sockets(sockets)

    async def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            await self._server.close_all_connections()

    # -- what Telegram would send ---------------------------------------------------------------

    def next_update_id(self) -> int:
        return next(self._update_ids)

    def push(self, update: dict[str, Any]) -> dict[str, Any]:
        update.setdefault("update_id", self.next_update_id())
        self.updates.append(update)
        self.arrived.set()
        self._notify()
        return update

    def fail(self, method: str, *answers: tuple[int, dict[str, Any]] | str) -> None:
        """Answer the next calls of ``method`` with these (status, body) pairs or 'drop'."""
        self.failures.setdefault(method, []).extend(answers)

    def over_limit(self, method: str, chat_id: int | None = None) -> bool:
        """Return whether a send now would break ``max_per_second`` or, to one chat,
        ``max_per_chat_second`` in the last second (then it is refused)."""
        if method not in SENDS:
            return False
        now = time.monotonic()
        windows: list[tuple[collections.deque[float], float]] = []
        if self.max_per_second is not None:
            windows.append((self._recent_sends, self.max_per_second))
        if self.max_per_chat_second is not None and chat_id is not None:
            recent = self._recent_by_chat.setdefault(chat_id, collections.deque())
            windows.append((recent, self.max_per_chat_second))
        for recent, limit in windows:
            while recent and now - recent[0] >= 1.0:
                recent.popleft()
            if len(recent) >= limit:
                return True
        for recent, _ in windows:
            recent.append(now)
        return False

    def _notify(self) -> None:
        self.changed.set()

    # -- what the bot did ----------------------------------------------------------------------

    def sent(self, chat_id: int | None = None) -> list[Call]:
        return [
            c
            for c in self.calls
            if c.method in SENDS and (chat_id is None or int(c.params["chat_id"]) == chat_id)
        ]

    async def wait_for(self, condition: Callable[[], bool], within: float = 10.0) -> None:
        """Wait until ``condition`` holds, woken by each call the bot makes."""
        deadline = time.monotonic() + within
        while not condition():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                methods = [c.method for c in self.calls[-15:]]
                raise AssertionError(f"condition not met; last calls: {methods}")
            self.changed.clear()
            try:
                await asyncio.wait_for(self.changed.wait(), remaining)
            except TimeoutError:
                continue

    # -- answering -----------------------------------------------------------------------------

    def answer(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT_USER
        if method in {"sendMessage", "sendPhoto", "sendDocument"}:
            message: dict[str, Any] = {
                "message_id": next(self._message_ids),
                "date": int(time.time()),
                "chat": {"id": int(params["chat_id"]), "type": "private"},
                "from": BOT_USER,
            }
            if "text" in params:
                message["text"] = params["text"]
            if "reply_markup" in params:
                message["reply_markup"] = json.loads(params["reply_markup"])
            return message
        if method == "editMessageText":
            return {
                "message_id": int(params["message_id"]),
                "date": int(time.time()),
                "chat": {"id": int(params["chat_id"]), "type": "private"},
                "text": params["text"],
            }
        return True

    async def get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset", 0) or 0)
        self.updates = [u for u in self.updates if u["update_id"] >= offset]
        timeout = min(float(params.get("timeout", 0) or 0), 1.0)
        if not self.updates and not self.redeliver:
            self.arrived.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.arrived.wait(), timeout)
        handed, self.redeliver = [*self.redeliver, *self.updates[:100]], []
        return handed


class _Handler(tornado.web.RequestHandler):
    def initialize(self, fake: FakeTelegram) -> None:
        self.fake = fake
        self.hung_up = False

    def on_connection_close(self) -> None:
        self.hung_up = True

    async def post(self, token: str, method: str) -> None:
        if token != TOKEN:
            self.set_status(401)
            self.finish({"ok": False, "error_code": 401, "description": "Unauthorized"})
            return
        params = {k: self.get_body_argument(k) for k in self.request.body_arguments}
        for name, files in self.request.files.items():
            params[name] = files[0]["body"]
        call = Call(method, params)
        if method != "getUpdates":
            self.fake.calls.append(call)
        chat = params.get("chat_id")
        if method in SENDS and not self.fake.sends_open.is_set():
            await self.fake.sends_open.wait()
            if self.hung_up:
                return  # the sender is gone (killed): Telegram never took this
        if self.fake.over_limit(method, int(chat) if chat is not None else None):
            self.set_status(429)
            self.finish(
                {
                    "ok": False,
                    "error_code": 429,
                    "description": "Too Many Requests: retry after 1",
                    "parameters": {"retry_after": 1},
                }
            )
            return
        pending = self.fake.failures.get(method)
        if pending:
            failure = pending.pop(0)
            self.fake._notify()
            if failure == "drop":
                self.request.connection.close()  # type: ignore[union-attr]
                return
            assert isinstance(failure, tuple)
            status, body = failure
            self.set_status(status)
            self.finish({"ok": False, "error_code": status, **body})
            return
        if method == "getUpdates":
            result: Any = await self.fake.get_updates(params)
        else:
            result = call.result = self.fake.answer(method, params)
            if method in SENDS:
                self.fake.delivered[int(params["chat_id"])] += 1
        self.finish({"ok": True, "result": result})
        self.fake._notify()


# -- building updates as Telegram sends them ---------------------------------------------


def user(user_id: int) -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": "Sam", "language_code": "en"}


def text_update(user_id: int, text: str, *, chat_type: str = "private") -> dict[str, Any]:
    message: dict[str, Any] = {
        "message_id": int(time.time() * 1000) % 1_000_000,
        "date": int(time.time()),
        "chat": {"id": user_id if chat_type == "private" else -1001, "type": chat_type},
        "from": user(user_id),
        "text": text,
    }
    if text.startswith("/"):
        length = len(text.split()[0])
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
    return {"message": message}


def media_update(
    user_id: int, kind: str, content: Any, caption: str | None = None
) -> dict[str, Any]:
    message: dict[str, Any] = {
        "message_id": 77,
        "date": int(time.time()),
        "chat": {"id": user_id, "type": "private"},
        "from": user(user_id),
        kind: content,
    }
    if caption is not None:
        message["caption"] = caption
    return {"message": message}


def button_update(user_id: int, message: dict[str, Any], data: str) -> dict[str, Any]:
    return {
        "callback_query": {
            "id": f"cq{time.monotonic_ns()}",
            "from": user(user_id),
            "chat_instance": "ci",
            "data": data,
            "message": message,
        }
    }
