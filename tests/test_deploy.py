"""The Dockerfile and compose.yaml hold what an operator relies on (no image is built here)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent


def dockerfile() -> list[tuple[str, str]]:
    """Return the Dockerfile's instructions as (KEYWORD, arguments), continuations joined."""
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    text = re.sub(r"\\\n", " ", text)
    lines = [line.strip() for line in text.splitlines()]
    return [
        (line.split(None, 1)[0].upper(), line.split(None, 1)[1] if " " in line else "")
        for line in lines
        if line and not line.startswith("#")
    ]


def compose() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
    return loaded


def workers(services: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {name: s for name, s in services.items() if s.get("image", "").startswith("reconnect")}


def test_the_image_is_slim_python_3_11_and_runs_as_a_user_of_its_own() -> None:
    steps = dockerfile()
    assert steps[0] == ("FROM", "python:3.11-slim")
    users = [args for keyword, args in steps if keyword == "USER"]
    assert users
    assert users[-1] not in {"root", "0", "0:0"}
    assert [keyword for keyword, _ in steps][-1] == "CMD"
    assert "reconnect" in steps[-1][1]


def test_the_image_installs_the_postgres_extra_and_no_dev_dependencies() -> None:
    installs = [
        args for keyword, args in dockerfile() if keyword == "RUN" and "pip install" in args
    ]
    assert len(installs) == 1
    words = shlex.split(installs[0])
    assert ".[postgres]" in words
    assert not any("test" in word or "train" in word for word in words if word.startswith(".["))


def test_the_image_holds_the_shipped_flows_and_data() -> None:
    copied = [args.split()[0] for keyword, args in dockerfile() if keyword == "COPY"]
    assert {"flows", "data", "bot", "pyproject.toml"} <= set(copied)


def test_the_image_checks_its_health_on_healthz() -> None:
    checks = [args for keyword, args in dockerfile() if keyword == "HEALTHCHECK"]
    assert len(checks) == 1
    assert "/healthz" in checks[0]
    env = " ".join(args for keyword, args in dockerfile() if keyword == "ENV")
    assert "RECONNECT_METRICS_PORT=" in env


def test_compose_runs_postgres_15_and_two_webhook_workers_on_the_same_database() -> None:
    services = compose()["services"]
    assert services["postgres"]["image"] == "postgres:15"
    found = workers(services)
    assert len(found) == 2
    environments = [worker["environment"] for worker in found.values()]
    databases = {env["RECONNECT_DATABASE"] for env in environments}
    assert len(databases) == 1
    assert next(iter(databases)).startswith("postgresql://")
    assert "@postgres:5432/" in next(iter(databases))
    for env in environments:
        assert env["RECONNECT_WEBHOOK_URL"].startswith("https://")
        assert env["RECONNECT_WEBHOOK_SECRET"]
        assert env["RECONNECT_WORKERS"] == str(len(found))  # they share the bot's pace
    assert len({env["RECONNECT_ENCRYPTION_KEY"] for env in environments}) == 1
    for worker in found.values():
        assert worker["depends_on"]["postgres"]["condition"] == "service_healthy"


def test_secrets_come_from_the_environment_never_from_the_file() -> None:
    services = compose()["services"]
    for worker in workers(services).values():
        env = worker["environment"]
        for name in ("TELEGRAM_BOT_TOKEN", "RECONNECT_ENCRYPTION_KEY", "RECONNECT_WEBHOOK_SECRET"):
            assert env[name].startswith("${"), name
        assert "${POSTGRES_PASSWORD" in env["RECONNECT_DATABASE"]
    assert services["postgres"]["environment"]["POSTGRES_PASSWORD"].startswith("${")


def test_one_url_in_front_reaches_both_workers() -> None:
    services = compose()["services"]
    proxy = services["proxy"]
    assert set(workers(services)) <= set(proxy["depends_on"])
    mounted = [volume.split(":")[0] for volume in proxy["volumes"]]
    config = next(ROOT / path for path in mounted if path.startswith("./"))
    text = config.read_text(encoding="utf-8")
    for name in workers(services):
        assert f"{name}:8443" in text
    assert "/healthz" in text
    assert "handle /telegram" in text  # only the webhook is public, not /metrics
