"""The bot's connections to the Bot API: httpx's pool, with a cheap look at a kept connection.

Before each request is given a connection, and again as each response is closed, httpcore
asks every idle connection in the pool whether the server has closed it. Over AnyIO that
question builds a table of every attribute of the socket, the peer's address included (a
system call), only to read the raw socket out of it: under load, with a few dozen kept
connections, that was about a sixth of a worker's time (bench/cluster.py, profiled). Here
each connection keeps its socket from the start and the question is one poll of it, the
same answer httpcore gives. Everything else is httpx's and httpcore's own.
"""

# httpcore's stream and backend interfaces take their timeouts as arguments.
# ruff: noqa: ASYNC109

from __future__ import annotations

import select
import socket
import ssl
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from bot.telegram.limits import CONNECTIONS, KEPT_ALIVE

# httpcore's own type for a socket option: (level, option, value), or a bytes value.
SocketOption = (
    tuple[int, int, int] | tuple[int, int, bytes | bytearray] | tuple[int, int, None, int]
)


BOT_API_LIMITS = httpx.Limits(max_connections=CONNECTIONS, max_keepalive_connections=KEPT_ALIVE)


def server_has_closed(sock: socket.socket | None) -> bool:
    """Whether a kept connection's socket has something to read: on an idle HTTP/1.1
    connection that can only be the server closing it (httpcore's reading)."""
    fd = -1 if sock is None else sock.fileno()
    if fd < 0:
        return True
    poll = select.poll()
    poll.register(fd, select.POLLIN)
    return bool(poll.poll(0))


class KeptStream(httpcore.AsyncNetworkStream):
    """An AnyIO stream that keeps its socket, so "is it readable?" is one poll."""

    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream
        self._socket: socket.socket | None = stream.get_extra_info("socket")

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        wrapped = await self._stream.start_tls(ssl_context, server_hostname, timeout)
        return KeptStream(wrapped)

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":
            return server_has_closed(self._socket)
        return self._stream.get_extra_info(info)


class KeptBackend(httpcore.AsyncNetworkBackend):
    """httpcore's AnyIO backend, its streams wrapped in `KeptStream`."""

    def __init__(self) -> None:
        self._backend = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._backend.connect_tcp(
            host, port, timeout, local_address, socket_options
        )
        return KeptStream(stream)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._backend.connect_unix_socket(path, timeout, socket_options)
        return KeptStream(stream)

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


class BotAPITransport(httpx.AsyncHTTPTransport):
    """httpx's transport (HTTP/1.1, no proxy) on a pool whose streams are `KeptStream`s."""

    def __init__(self, limits: httpx.Limits) -> None:
        super().__init__(limits=limits)
        # httpx builds its pool in __init__ and sends every request through ``_pool``; the
        # same pool, given the backend httpcore lets a caller choose (httpx's own, never
        # used, is dropped). The tests fail if httpx stops sending through it.
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=KeptBackend(),
        )
