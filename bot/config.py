"""Settings from the environment (and a .env file), and where shipped flows and data live."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from dotenv import load_dotenv

_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    """Find a shipped folder: inside an installed wheel, else beside the package source."""
    for candidate in (_PACKAGE / "_shipped" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    return Path.cwd() / name


def default_database() -> Path:
    """Return the default SQLite path: under the user's data folder."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "reconnect" / "reconnect.sqlite3"


SHARED_KEY_NEEDED = (
    "RECONNECT_DATABASE names a PostgreSQL server: set RECONNECT_ENCRYPTION_KEY too, the same "
    "for every worker (a key file on one machine would seal what the others cannot open)"
)


def is_server_url(database: str) -> bool:
    """Return whether a database setting names a PostgreSQL server (else: a SQLite file)."""
    return database.startswith(("postgresql://", "postgres://"))


def _seconds(value: str | None) -> float | None:
    """Return a positive number of seconds, or None when unset."""
    if value is None:
        return None
    seconds = float(value)
    if seconds <= 0:
        raise ValueError(f"a lease must be more than 0 seconds, not {value}")
    return seconds


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the bot reads from its environment."""

    token: str | None
    api_base_url: str | None
    database: Path  # the SQLite file; with PostgreSQL, where the terminal's files and logs go
    encryption_key: str | None
    webhook_url: str | None
    webhook_secret: str | None
    webhook_listen: str
    webhook_port: int
    default_country: str | None
    log_level: str
    send_rate: float
    retention_days: int | None  # delete journal entries and notes older than this; None: keep
    flows_dir: Path
    data_dir: Path
    database_url: str | None = None  # the PostgreSQL server, when RECONNECT_DATABASE names one
    metrics_port: int | None = None  # /healthz and /metrics served here, when set (0: any)
    metrics_listen: str = "127.0.0.1"
    workers: int = 1  # processes serving this bot at once: each keeps to its share of the pace
    # PostgreSQL: how long a worker holds an outbox item or a due prompt it took; another
    # worker takes it over after this, if the holder died. None: the store's default.
    outbox_lease_seconds: float | None = None
    prompt_lease_seconds: float | None = None

    @property
    def worker_send_rate(self) -> float:
        """Return this worker's share of the bot's pace: Telegram's limit is the bot's, however
        many processes send for it, so each of ``workers`` takes an equal part."""
        return self.send_rate / self.workers

    @property
    def store_label(self) -> str:
        """Return where the store is, to show: the file, or the server without a password."""
        if not self.database_url:
            return str(self.database)
        url = urlparse(self.database_url)
        host = url.hostname or ""
        where = f"{host}:{url.port}" if url.port else host
        user = f"{url.username}@" if url.username else ""
        return f"{url.scheme}://{user}{where}{url.path}"

    @property
    def store_location(self) -> Path | str:
        """Return where the store is: the PostgreSQL server's URL, else the SQLite file."""
        return self.database_url or self.database

    @property
    def webhook_path(self) -> str:
        """Return the path the webhook listens on: the path of its public URL."""
        return urlparse(self.webhook_url or "").path.strip("/") or "telegram"

    @property
    def key_file(self) -> Path:
        """Return the key file used when no key is set in the environment."""
        return self.database.with_suffix(".key")

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, *, dotenv: bool = True) -> Settings:
        """Read settings from ``env`` (default: the process environment and ./.env)."""
        if env is None:
            if dotenv:
                load_dotenv(Path.cwd() / ".env", override=False)
            env = dict(os.environ)

        def get(name: str) -> str | None:
            value = env.get(name, "").strip()
            return value or None

        database = get("RECONNECT_DATABASE") or ""
        database_url = database if is_server_url(database) else None
        return cls(
            token=get("TELEGRAM_BOT_TOKEN"),
            api_base_url=get("TELEGRAM_API_BASE_URL"),
            database=Path(
                database if database and not database_url else default_database()
            ).expanduser(),
            encryption_key=get("RECONNECT_ENCRYPTION_KEY"),
            webhook_url=get("RECONNECT_WEBHOOK_URL"),
            webhook_secret=get("RECONNECT_WEBHOOK_SECRET"),
            webhook_listen=get("RECONNECT_WEBHOOK_LISTEN") or "0.0.0.0",  # noqa: S104
            webhook_port=int(get("RECONNECT_WEBHOOK_PORT") or 8443),
            default_country=(get("RECONNECT_DEFAULT_COUNTRY") or "").upper() or None,
            log_level=(get("RECONNECT_LOG_LEVEL") or "INFO").upper(),
            send_rate=float(get("RECONNECT_SEND_RATE") or 25),
            retention_days=int(days) if (days := get("RECONNECT_RETENTION_DAYS")) else None,
            flows_dir=Path(get("RECONNECT_FLOWS_DIR") or _shipped("flows")),
            data_dir=Path(get("RECONNECT_DATA_DIR") or _shipped("data")),
            database_url=database_url,
            metrics_port=int(port) if (port := get("RECONNECT_METRICS_PORT")) else None,
            metrics_listen=get("RECONNECT_METRICS_LISTEN") or "127.0.0.1",
            workers=max(1, int(get("RECONNECT_WORKERS") or 1)),
            outbox_lease_seconds=_seconds(get("RECONNECT_OUTBOX_LEASE_SECONDS")),
            prompt_lease_seconds=_seconds(get("RECONNECT_PROMPT_LEASE_SECONDS")),
        )
