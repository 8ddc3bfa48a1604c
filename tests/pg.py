"""A throwaway PostgreSQL for the tests: each test gets a schema of its own on the server
named by ``RECONNECT_TEST_POSTGRES`` (a ``postgresql://`` URL), dropped after it.

Without that variable the PostgreSQL tests are skipped, with the command that starts one
(except in CI, where .ci/run always starts one, and they fail instead).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from urllib.parse import quote, urlsplit, urlunsplit

import pytest

START = 'eval "$(bash .ci/pg-up)"'
SKIP_REASON = (
    f"no PostgreSQL for the tests: run `{START}` (it prints how to stop it), "
    "or set RECONNECT_TEST_POSTGRES to a postgresql:// URL"
)


@pytest.fixture(scope="session")
def pg_server() -> str:
    """Return the test server's URL, or skip the test saying how to start one (in CI, fail:
    .ci/run starts one, so its absence there is a broken run, not a missing tool)."""
    dsn = os.environ.get("RECONNECT_TEST_POSTGRES", "").strip()
    if not dsn and os.environ.get("CI") == "true":
        pytest.fail(SKIP_REASON)
    if not dsn:
        pytest.skip(SKIP_REASON)
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    return _database_of_its_own(dsn, worker) if worker else dsn


def _database_of_its_own(dsn: str, worker: str) -> str:
    """Return the URL of a database for one xdist worker (made if missing) on the same
    server: advisory locks are a database's, so workers sharing one would wait on each
    other's locks, and a test that counts waiters would count another worker's."""
    import psycopg

    parts = urlsplit(dsn)
    name = f"reconnect_test_{worker}"
    with psycopg.connect(dsn, autocommit=True) as db:
        found = db.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if found is None:
            db.execute(f"CREATE DATABASE {name}")
    return urlunsplit(parts._replace(path=f"/{name}"))


@pytest.fixture
def pg_dsn(pg_server: str) -> Iterator[str]:
    """Return a ``postgresql://`` URL whose tables land in a fresh schema, dropped when the
    test ends."""
    import psycopg

    schema = f"test_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(pg_server, autocommit=True) as db:
        db.execute(f"CREATE SCHEMA {schema}")
    try:
        options = quote(f"-c search_path={schema}")
        yield f"{pg_server}{'&' if '?' in pg_server else '?'}options={options}"
    finally:
        with psycopg.connect(pg_server, autocommit=True) as db:
            db.execute(f"DROP SCHEMA {schema} CASCADE")
