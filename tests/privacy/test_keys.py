"""Key rotation: everything re-sealed under a new key; interrupted and run again, nothing lost."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from bot.app import open_app
from bot.clock import ManualClock
from bot.config import Settings
from bot.privacy.crypto import key_id, new_key_text, parse_key, parse_keys
from bot.privacy.keys import SEALED, rotate_env_keys, rotate_key_file
from tests.chat import Chat
from tests.conftest import TEST_KEY, make_settings
from tests.privacy.test_data_rights import PHRASE, write_everywhere


async def exported(settings: Settings, clock: ManualClock, user_id: int) -> dict[str, object]:
    async with open_app(settings, clock) as app:
        chat = Chat(app, user_id=user_id)
        replies = await chat.send("/export")
    document = next(r.attachment for r in replies if r.attachment is not None)
    data: dict[str, object] = json.loads(document.content)
    return data


def key_ids_in(database: Path) -> set[bytes]:
    with sqlite3.connect(database) as db:
        found = {
            bytes(blob[1:5])
            for table, column, _ in SEALED
            for (blob,) in db.execute(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL")
        }
    db.close()
    return found


async def test_an_interrupted_rotation_run_again_leaves_everything_readable(
    tmp_path: Path, clock: ManualClock
) -> None:
    settings = make_settings(tmp_path, RECONNECT_ENCRYPTION_KEY="")  # a key file beside the db
    async with open_app(settings, clock) as app:
        chat = Chat(app, user_id=5)
        await write_everywhere(chat, clock)
    before = await exported(settings, clock, 5)
    old_keys = parse_keys(settings.key_file.read_text())
    assert len(old_keys) == 1

    half = rotate_key_file(settings.database, settings.key_file, batch=2, stop_after=4)
    assert not half.complete
    keys = parse_keys(settings.key_file.read_text())
    assert len(keys) == 2
    assert keys[1] == old_keys[0]
    assert len(key_ids_in(settings.database)) == 2  # some values old, some new
    assert await exported(settings, clock, 5) == before  # the bot reads all of it meanwhile

    done = rotate_key_file(settings.database, settings.key_file, batch=2)
    assert done.complete
    final = parse_keys(settings.key_file.read_text())
    assert final == keys[:1]
    assert key_ids_in(settings.database) == {key_id(final[0])}
    assert await exported(settings, clock, 5) == before
    assert PHRASE in json.dumps(before)


async def test_with_keys_in_the_environment_the_first_seals_everything(
    tmp_path: Path, clock: ManualClock
) -> None:
    settings = make_settings(tmp_path)
    async with open_app(settings, clock) as app:
        await write_everywhere(Chat(app, user_id=6), clock)
    before = await exported(settings, clock, 6)
    new = new_key_text()
    result = rotate_env_keys(settings.database, f"{new},{TEST_KEY}")
    assert result.complete
    assert result.resealed > 5
    assert key_ids_in(settings.database) == {key_id(parse_key(new))}
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
