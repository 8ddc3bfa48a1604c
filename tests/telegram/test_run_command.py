"""`reconnect run` as a deployer starts it: it answers, stops on SIGTERM, never logs the token."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path
from typing import IO

from tests.conftest import TEST_KEY
from tests.telegram.conftest import TelegramUser
from tests.telegram.fake_api import TOKEN, FakeTelegram, media_update, text_update

CANARY = "zebra-canary-4417"


async def reconnect_run(
    folder: Path, env: dict[str, str], log: IO[bytes] | None = None
) -> asyncio.subprocess.Process:
    """Start `reconnect run` the way a deployer would, its output captured (in ``log``, if
    given: a long DEBUG log would fill a pipe nobody reads yet, and stop the bot)."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        cwd=folder,
        env=env,
        stdout=log or asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT if log else asyncio.subprocess.PIPE,
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


async def test_at_debug_nothing_a_user_wrote_reaches_the_log(
    tmp_path: Path, fake: FakeTelegram
) -> None:
    """A canary typed into every free-text path appears in no log line, ours or a library's."""
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "RECONNECT_DATABASE": str(tmp_path / "bot.sqlite3"),
        "RECONNECT_ENCRYPTION_KEY": TEST_KEY,
        "RECONNECT_LOG_LEVEL": "DEBUG",
    }
    log_file = tmp_path / "reconnect.log"
    with log_file.open("wb") as log:
        process = await reconnect_run(tmp_path, env, log)
    try:
        # Several people at once: each chat has Telegram's pace of one message a second.
        await asyncio.gather(
            *(
                path(TelegramUser(fake, user_id=100 + n, within=30))
                for n, path in enumerate(FREE_TEXT_PATHS)
            )
        )
    finally:
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), 30)
    assert process.returncode == 0
    logs = log_file.read_text(encoding="utf-8", errors="replace")
    assert "safety screen: crisis" in logs  # the log was written, and read to the end
    said = str([c.params for c in fake.sent()])
    assert said.count(CANARY) >= 2  # the canary went in and came back out in replies
    leaked = [line for line in logs.splitlines() if CANARY in line]
    assert leaked == []


async def _onboarding(person: TelegramUser) -> None:
    await person.send(f"hello {CANARY}", until="three things we could do")  # no question
    await person.send("/start", until="Is it okay")
    await person.tap("Yes, that's okay", until="How old are you")
    await person.tap("I'd rather not say", until="Which country")
    await person.send(CANARY, until=CANARY)  # an unknown country, said back to them
    await person.tap("Skip for now", until="Which time zone")
    await person.send(f"near {CANARY}", until="Which time zone")
    await person.tap("Not sure", until="reminder")
    await person.send(f"at {CANARY}", until="Would you like a gentle reminder")
    await person.tap("No reminders", until="first check-in")


async def _checkin(person: TelegramUser) -> None:
    await person.agree()
    await person.send("/checkin", until="How present")
    caption = media_update(person.user_id, "photo", _PHOTO, caption=f"4 {CANARY}")
    await person.push(caption, "How present")
    edited = text_update(person.user_id, f"edited {CANARY}")
    edited["edited_message"] = edited.pop("message")
    edited["edited_message"]["edit_date"] = edited["edited_message"]["date"]
    await person.push(edited, "How present")
    await person.tap("4", until="how connected")
    await person.tap("6", until="family of feelings")
    await person.send(f"kind of {CANARY}", until="family of feelings")
    await person.tap("Numb or flat", until="Which word")
    await person.tap("Flat", until="Anything you'd like to note")
    await person.send(f"a note: {CANARY}", until="Thank you for checking in")
    await person.send("/export", until="in one file")


async def _journal(person: TelegramUser) -> None:
    await person.agree()
    await person.send("/journal", until="Which kind of writing")
    await person.tap("What happened, what I felt, what I needed", until="What happened?")
    await person.send(f"it rained, {CANARY}", until="What did you feel")


async def _safety_plan(person: TelegramUser) -> None:
    await person.agree()
    await person.send("/safetyplan", until="Shall we start")
    await person.tap("Yes, let's start", until="1 of 7")
    await person.send(f"my hands shake, {CANARY}", until="2 of 7")
    await person.send(f"I want to end my life {CANARY}", until="Which country are you in")
    await person.send(CANARY, until="Are you safe")  # a country typed in the crisis path


FREE_TEXT_PATHS = (_onboarding, _checkin, _journal, _safety_plan)
_PHOTO = [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]
