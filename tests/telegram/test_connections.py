"""The bot's connections to the Bot API: kept between requests, let go once the server
closes them, small requests sent at once."""

from __future__ import annotations

import asyncio
import socket

import httpx
import pytest

from bot.telegram.connections import (
    BOT_API_LIMITS,
    BotAPITransport,
    KeptBackend,
    server_has_closed,
)
from bot.telegram.limits import IN_FLIGHT


class KeepAliveServer:
    """An HTTP/1.1 server on loopback that answers every request on a connection with
    ``ok`` and counts the connections it accepted; it can close them all."""

    def __init__(self) -> None:
        self.accepted = 0
        self.writers: list[asyncio.StreamWriter] = []
        self.server: asyncio.Server | None = None

    async def start(self) -> str:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self.server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}/"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.accepted += 1
        self.writers.append(writer)
        try:
            while True:
                await reader.readuntil(b"\r\n\r\n")
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass

    async def close_connections(self) -> None:
        for writer in self.writers:
            writer.close()
            await writer.wait_closed()
        self.writers.clear()

    async def stop(self) -> None:
        await self.close_connections()
        assert self.server is not None
        self.server.close()


@pytest.fixture
async def server() -> KeepAliveServer:
    return KeepAliveServer()


async def test_requests_one_after_another_share_one_connection(server: KeepAliveServer) -> None:
    url = await server.start()
    async with httpx.AsyncClient(transport=BotAPITransport(BOT_API_LIMITS)) as client:
        for _ in range(3):
            assert (await client.get(url)).text == "ok"
    await server.stop()
    assert server.accepted == 1


async def test_a_connection_the_server_closed_is_not_used_again(server: KeepAliveServer) -> None:
    url = await server.start()
    async with httpx.AsyncClient(transport=BotAPITransport(BOT_API_LIMITS)) as client:
        assert (await client.get(url)).text == "ok"
        await server.close_connections()
        # Sent on the closed connection, this would fail ("server disconnected").
        assert (await client.get(url)).text == "ok"
    await server.stop()
    assert server.accepted == 2


async def test_requests_at_once_each_get_a_connection(server: KeepAliveServer) -> None:
    url = await server.start()
    async with httpx.AsyncClient(transport=BotAPITransport(BOT_API_LIMITS)) as client:
        answers = await asyncio.gather(*(client.get(url) for _ in range(8)))
    await server.stop()
    assert [answer.text for answer in answers] == ["ok"] * 8
    assert 1 <= server.accepted <= 8


def test_a_socket_whose_peer_closed_reads_as_closed() -> None:
    ours, theirs = socket.socketpair()
    try:
        assert not server_has_closed(ours)
        theirs.close()
        assert server_has_closed(ours)
    finally:
        ours.close()
    assert server_has_closed(None)


async def test_small_requests_go_out_at_once(server: KeepAliveServer) -> None:
    """Nagle's algorithm off: a request is not held back waiting for more to send."""
    url = await server.start()
    port = int(url.rsplit(":", 1)[1].strip("/"))
    stream = await KeptBackend().connect_tcp("127.0.0.1", port)
    try:
        raw = stream.get_extra_info("socket")
        assert raw.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
        assert stream.get_extra_info("is_readable") is False
    finally:
        await stream.aclose()
        await server.stop()


def test_the_pool_has_room_for_every_request_the_limits_let_out() -> None:
    assert BOT_API_LIMITS.max_connections is not None
    assert BOT_API_LIMITS.max_connections > IN_FLIGHT
