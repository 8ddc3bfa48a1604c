"""The bot's connections to the Bot API: kept between requests, let go once the server
closes them, over TLS as over plain TCP; certificates checked; small requests sent at once."""

from __future__ import annotations

import asyncio
import datetime
import socket
import ssl
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from bot.telegram import connections
from bot.telegram.connections import (
    BOT_API_LIMITS,
    BotAPITransport,
    KeptBackend,
    KeptStream,
    server_has_closed,
)
from bot.telegram.limits import IN_FLIGHT, KEPT_ALIVE


class KeepAliveServer:
    """An HTTP/1.1 server on loopback that answers every request on a connection with
    ``ok`` and counts the connections it accepted; it can close them all."""

    def __init__(self) -> None:
        self.accepted = 0
        self.writers: list[asyncio.StreamWriter] = []
        self.server: asyncio.Server | None = None

    async def start(self, tls: ssl.SSLContext | None = None) -> int:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0, ssl=tls)
        port: int = self.server.sockets[0].getsockname()[1]
        return port

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.accepted += 1
        self.writers.append(writer)
        try:
            while True:
                await reader.readuntil(b"\r\n\r\n")
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, ssl.SSLError):
            pass

    async def close_connections(self) -> None:
        for writer in self.writers:
            writer.transport.abort()  # closed now, without waiting on TLS's goodbye
            await asyncio.gather(writer.wait_closed(), return_exceptions=True)
        self.writers.clear()

    async def stop(self) -> None:
        await self.close_connections()
        if self.server is not None:
            self.server.close()


@pytest.fixture
async def server() -> AsyncIterator[KeepAliveServer]:
    running = KeepAliveServer()
    yield running
    await running.stop()


@pytest.fixture
def streams(monkeypatch: pytest.MonkeyPatch) -> list[KeptStream]:
    """Every KeptStream opened while the test runs."""
    opened: list[KeptStream] = []
    original = KeptStream.__init__

    def recording(self: KeptStream, stream: connections.httpcore.AsyncNetworkStream) -> None:
        original(self, stream)
        opened.append(self)

    monkeypatch.setattr(KeptStream, "__init__", recording)
    return opened


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for localhost: its file and its key's."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("tls")
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return folder / "cert.pem", folder / "key.pem"


def served_tls(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    return context


async def test_requests_one_after_another_share_one_connection(
    server: KeepAliveServer, streams: list[KeptStream]
) -> None:
    port = await server.start()
    async with httpx.AsyncClient(transport=BotAPITransport(BOT_API_LIMITS)) as client:
        for _ in range(3):
            assert (await client.get(f"http://127.0.0.1:{port}/")).text == "ok"
    assert server.accepted == 1
    assert len(streams) == 1  # the pool's connections are ours, checked by one poll


async def test_a_connection_the_server_closed_is_not_used_again(server: KeepAliveServer) -> None:
    port = await server.start()
    async with httpx.AsyncClient(transport=BotAPITransport(BOT_API_LIMITS)) as client:
        assert (await client.get(f"http://127.0.0.1:{port}/")).text == "ok"
        await server.close_connections()
        # Sent on the closed connection, this would fail ("server disconnected").
        assert (await client.get(f"http://127.0.0.1:{port}/")).text == "ok"
    assert server.accepted == 2


async def test_more_requests_at_once_than_connections_kept_are_all_answered(
    server: KeepAliveServer,
) -> None:
    port = await server.start()
    async with httpx.AsyncClient(transport=BotAPITransport(BOT_API_LIMITS)) as client:
        url = f"http://127.0.0.1:{port}/"
        for _ in range(2):
            answers = await asyncio.gather(*(client.get(url) for _ in range(KEPT_ALIVE + 10)))
            assert [answer.text for answer in answers] == ["ok"] * (KEPT_ALIVE + 10)


async def test_small_requests_go_out_at_once(
    server: KeepAliveServer, streams: list[KeptStream]
) -> None:
    """Nagle's algorithm off on the pool's sockets: a request is not held back."""
    port = await server.start()
    async with httpx.AsyncClient(transport=BotAPITransport(BOT_API_LIMITS)) as client:
        await asyncio.gather(*(client.get(f"http://127.0.0.1:{port}/") for _ in range(3)))
        sockets = [stream.get_extra_info("socket") for stream in streams]
        assert sockets
        assert all(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) for s in sockets)


async def test_a_tls_connection_is_seen_closed_when_the_server_closes_it(
    server: KeepAliveServer, certificate: tuple[Path, Path]
) -> None:
    port = await server.start(served_tls(certificate))
    trusted = ssl.create_default_context(cafile=str(certificate[0]))
    plain = await KeptBackend().connect_tcp("127.0.0.1", port)
    stream = await plain.start_tls(trusted, "localhost")
    try:
        assert isinstance(stream, KeptStream)
        assert stream.get_extra_info("socket") is plain.get_extra_info("socket")
        await stream.write(b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        answer = b""
        while not answer.endswith(b"ok"):
            answer += await stream.read(1024)
        assert stream.get_extra_info("is_readable") is False  # idle, kept
        await server.close_connections()
        assert stream.get_extra_info("is_readable") is True
    finally:
        await stream.aclose()


async def test_certificates_are_checked(
    server: KeepAliveServer, certificate: tuple[Path, Path]
) -> None:
    port = await server.start(served_tls(certificate))
    async with httpx.AsyncClient(transport=BotAPITransport(BOT_API_LIMITS)) as client:
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            await client.get(f"https://localhost:{port}/")


def test_a_socket_whose_peer_closed_reads_as_closed() -> None:
    ours, theirs = socket.socketpair()
    try:
        assert not server_has_closed(ours)
        theirs.close()
        assert server_has_closed(ours)
    finally:
        ours.close()
    assert server_has_closed(None)


def test_the_pool_has_room_for_every_request_the_limits_let_out() -> None:
    assert BOT_API_LIMITS.max_connections is not None
    assert BOT_API_LIMITS.max_connections > IN_FLIGHT
