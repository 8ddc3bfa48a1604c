"""`reconnect run` as a deployer starts it: it answers, stops on SIGTERM, never logs the token."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from tests.conftest import TEST_KEY
from tests.telegram.fake_api import TOKEN, FakeTelegram, text_update


async def reconnect_run(folder: Path, env: dict[str, str]) -> asyncio.subprocess.Process:
    """Start `reconnect run` the way a deployer would, its output captured."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        cwd=folder,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def test_reconnect_run_answers_and_keeps_the_token_out_of_its_logs(
    tmp_path: Path, fake: FakeTelegram
) -> None:
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "RECONNECT_DATABASE": str(tmp_path / "bot.sqlite3"),
        "RECONNECT_ENCRYPTION_KEY": TEST_KEY,
        "RECONNECT_LOG_LEVEL": "DEBUG",
    }
    process = await reconnect_run(tmp_path, env)
    try:
        fake.push(text_update(99, "/help"))
        await fake.wait_for(
            lambda: any("not a therapist" in str(c.params.get("text")) for c in fake.sent(99)),
            within=30,
        )
    finally:
        process.send_signal(signal.SIGTERM)
        stdout, stderr = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 0
    logs = (stdout + stderr).decode()
    assert "running on Telegram" in logs
    assert TOKEN not in logs
    assert TOKEN.split(":")[1] not in logs


async def test_without_a_token_it_says_how_to_get_one(tmp_path: Path) -> None:
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": "", "RECONNECT_DATABASE": str(tmp_path / "x.db")}
    process = await reconnect_run(tmp_path, env)
    _, stderr = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 2
    assert "@BotFather" in stderr.decode()
    assert "reconnect chat" in stderr.decode()
