"""Key rotation: everything re-sealed under a new key; interrupted and run again, nothing lost.

The key file's rotation, checked down to the key ids at rest, is in
tests/storage/test_at_rest.py; the store's re-sealing in the storage contract suite."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bot.app import open_app
from bot.clock import ManualClock
from bot.config import Settings
from bot.privacy.crypto import new_key_text
from bot.privacy.keys import rotate_env_keys
from tests.chat import Chat
from tests.conftest import TEST_KEY, make_settings
from tests.privacy.test_data_rights import write_everywhere


async def exported(settings: Settings, clock: ManualClock, user_id: int) -> dict[str, object]:
    async with open_app(settings, clock) as app:
        chat = Chat(app, user_id=user_id)
        replies = await chat.send("/export")
    document = next(r.attachment for r in replies if r.attachment is not None)
    data: dict[str, object] = json.loads(document.content)
    return data


async def test_with_keys_in_the_environment_the_first_seals_everything(
    tmp_path: Path, clock: ManualClock
) -> None:
    settings = make_settings(tmp_path)
    async with open_app(settings, clock) as app:
        await write_everywhere(Chat(app, user_id=6), clock)
    before = await exported(settings, clock, 6)
    new = new_key_text()
    result = await rotate_env_keys(settings.database, f"{new},{TEST_KEY}")
    assert result.complete
    assert result.resealed > 5
    after_settings = make_settings(tmp_path, RECONNECT_ENCRYPTION_KEY=new)
    assert await exported(after_settings, clock, 6) == before


def test_the_command_refuses_a_single_key_in_the_environment(tmp_path: Path) -> None:
    env = {
        "PATH": "",
        "RECONNECT_DATABASE": str(tmp_path / "db.sqlite3"),
        "RECONNECT_ENCRYPTION_KEY": TEST_KEY,
    }
    result = subprocess.run(
        [sys.executable, "-m", "bot", "keys", "rotate"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 2
    assert "the new key, a comma, then the current key" in result.stderr
