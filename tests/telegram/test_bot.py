"""The real PTB application against a fake Bot API on loopback, driven as Telegram would."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

from bot.app import build_store
from bot.config import Settings
from bot.privacy.crypto import FieldCipher, load_or_create_keys
from bot.storage import BotStore
from tests.telegram.conftest import RunBot, TelegramUser
from tests.telegram.fake_api import FakeTelegram, button_update, media_update, text_update


async def test_buttons_free_text_and_answered_questions(
    fake: FakeTelegram, run_bot: RunBot
) -> None:
    person = TelegramUser(fake)
    async with run_bot():
        await person.agree()
        already = sum(c.method == "answerCallbackQuery" for c in fake.calls)
        await person.send("/checkin", until="How present")
        question = person.message_with("3")
        keyboard = question["reply_markup"]["inline_keyboard"]
        assert [len(row) for row in keyboard] == [6, 5]  # 0..10 as a compact keyboard
        await person.tap("3", until="how connected")
        edits = [c for c in fake.calls if c.method == "editMessageText"]
        assert edits[-1].params["message_id"] == str(question["message_id"])
        assert edits[-1].params["text"].endswith("› 3")
        assert "reply_markup" not in edits[-1].params  # no live buttons left
        answered = [c for c in fake.calls if c.method == "answerCallbackQuery"]
        assert len(answered) == already + 1
        await person.tap("8", until="family of feelings")
        await person.tap("Numb or flat", until="Which word")
        await person.tap("Flat", until="Anything you'd like to note")
        await person.send("The rain was loud today", until="Thank you for checking in")


async def test_a_tap_costs_one_answer_one_edit_and_one_message(
    fake: FakeTelegram, run_bot: RunBot
) -> None:
    person = TelegramUser(fake)
    async with run_bot():
        await person.agree()
        await person.send("/checkin", until="How present")
        for label, next_question in (
            ("3", "how connected"),
            ("8", "family of feelings"),
            ("Numb or flat", "Which word"),
            ("Flat", "Anything you'd like to note"),
            ("Skip", "short grounding exercise"),  # thanks and a suggestion: one message
        ):
            before = len(fake.calls)
            await person.tap(label, until=next_question)
            await fake.wait_for(
                lambda at=before: any(c.method == "editMessageText" for c in fake.calls[at:])
            )
            methods = sorted(c.method for c in fake.calls[before:] if c.method != "getUpdates")
            assert methods == ["answerCallbackQuery", "editMessageText", "sendMessage"]


async def test_a_stale_button_and_forged_data_change_nothing(
    fake: FakeTelegram, run_bot: RunBot
) -> None:
    person = TelegramUser(fake)
    async with run_bot():
        await person.agree()
        already = sum(c.method == "answerCallbackQuery" for c in fake.calls)
        await person.send("/checkin", until="How present")
        old = person.message_with("5")
        stale_data = old["reply_markup"]["inline_keyboard"][0][2]["callback_data"]
        await person.tap("5", until="how connected")
        for data in (stale_data, "forged:payload"):
            replies = await person.push(button_update(person.user_id, old, data), "how connected")
            assert any("earlier question" in reply for reply in replies), replies
        answered = [c for c in fake.calls if c.method == "answerCallbackQuery"]
        assert len(answered) == already + 3  # every callback query is answered
        await person.tap("7", until="family of feelings")  # the live question still works


@pytest.mark.parametrize(
    ("kind", "content"),
    [
        (
            "sticker",
            {
                "file_id": "s",
                "file_unique_id": "s",
                "width": 1,
                "height": 1,
                "is_animated": False,
                "is_video": False,
                "type": "regular",
            },
        ),
        ("photo", [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]),
        ("voice", {"file_id": "v", "file_unique_id": "v", "duration": 3}),
        (
            "video",
            {"file_id": "vi", "file_unique_id": "vi", "width": 1, "height": 1, "duration": 2},
        ),
        ("document", {"file_id": "d", "file_unique_id": "d"}),
        ("location", {"latitude": 51.5, "longitude": -0.1}),
        ("contact", {"phone_number": "+100", "first_name": "Al"}),
        (
            "poll",
            {
                "id": "1",
                "question": "q?",
                "options": [
                    {"text": "a", "voter_count": 0, "persistent_id": "a"},
                    {"text": "b", "voter_count": 0, "persistent_id": "b"},
                ],
                "total_voter_count": 0,
                "is_closed": False,
                "is_anonymous": True,
                "type": "regular",
                "allows_multiple_answers": False,
                "allows_revoting": False,
                "members_only": False,
            },
        ),
    ],
)
async def test_things_it_cannot_read_get_a_kind_reply(
    fake: FakeTelegram, run_bot: RunBot, kind: str, content: object
) -> None:
    person = TelegramUser(fake)
    async with run_bot():
        replies = await person.push(media_update(person.user_id, kind, content), "")
        assert "only read text" in replies[0]  # the first reply, whatever it is, is this


async def test_captions_and_edits_are_read_as_text(fake: FakeTelegram, run_bot: RunBot) -> None:
    person = TelegramUser(fake)
    photo = [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]
    async with run_bot():
        await person.agree()
        await person.send("/checkin", until="How present")
        await person.push(
            media_update(person.user_id, "photo", photo, caption="4"), "how connected"
        )
        edited = text_update(person.user_id, "6")
        edited["edited_message"] = edited.pop("message")
        edited["edited_message"]["edit_date"] = edited["edited_message"]["date"]
        await person.push(edited, "family of feelings")


async def test_in_a_group_it_says_once_it_talks_one_to_one_and_leaves(
    fake: FakeTelegram, run_bot: RunBot, tg_settings: Settings
) -> None:
    async with run_bot():
        fake.push(text_update(555, "hello bot", chat_type="group"))
        await fake.wait_for(lambda: any(c.method == "leaveChat" for c in fake.calls))
    notices = [c for c in fake.sent() if int(c.params["chat_id"]) == -1001]
    assert len(notices) == 1
    assert "one-to-one" in notices[0].params["text"]
    async with stored(tg_settings) as store:
        assert await store.users([555, -1001]) == []
        assert await store.pending_outbox() == []


async def test_a_user_who_blocked_the_bot_is_marked_inactive(
    fake: FakeTelegram, run_bot: RunBot, tg_settings: Settings
) -> None:
    person = TelegramUser(fake)
    blocked = (403, {"description": "Forbidden: bot was blocked by the user"})
    async with run_bot():
        fake.fail("sendMessage", blocked)
        await person.send("/help", until=None)
        await fake.wait_for(
            lambda: not fake.failures["sendMessage"] and _status(tg_settings) == "blocked"
        )
    async with stored(tg_settings) as store:
        assert await store.pending_outbox() == []


@asynccontextmanager
async def stored(settings: Settings) -> AsyncIterator[BotStore]:
    """Open the bot's store, stopped, to see what it kept."""
    keys = load_or_create_keys(settings.encryption_key, settings.key_file)
    store = build_store(settings.database, FieldCipher(keys))
    await store.open()
    try:
        yield store
    finally:
        await store.close()


def _status(settings: Settings) -> str | None:
    """Read a status while the bot runs, without a second store beside it (no checkpointer)."""
    with sqlite3.connect(settings.database) as db:
        row = db.execute("SELECT status FROM users WHERE user_id = 4242").fetchone()
    db.close()
    return row[0] if row else None


class _WaitsRecorded:
    """asyncio for the rate limiter, whose waits for retry_after are recorded, not slept."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(asyncio, name)

    async def sleep(self, seconds: float, result: Any = None) -> Any:
        self.waits.append(seconds)
        return await asyncio.sleep(0, result)


@pytest.fixture
def retry_waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Skip, and record, the real seconds the limiter holds a chat back after a 429."""
    from bot.telegram import limits

    recorded = _WaitsRecorded()
    monkeypatch.setattr(limits, "asyncio", recorded)
    return recorded.waits


async def test_a_429_is_waited_out_and_the_reply_arrives_once(
    fake: FakeTelegram, run_bot: RunBot, retry_waits: list[float]
) -> None:
    person = TelegramUser(fake)
    too_many = (
        429,
        {"description": "Too Many Requests: retry after 1", "parameters": {"retry_after": 1}},
    )
    async with run_bot():
        fake.fail("sendMessage", too_many, too_many)
        await person.send("/menu", until="What would you like to do?")
        tries = [c for c in fake.calls if c.method == "sendMessage"]
        assert len(tries) == 3
        assert len(person.messages()) == 1
    assert [round(wait) for wait in retry_waits] == [1, 1]  # each retry_after honoured


async def test_a_restart_mid_flow_carries_on(fake: FakeTelegram, run_bot: RunBot) -> None:
    person = TelegramUser(fake)
    async with run_bot():
        await person.agree()
        await person.send("/checkin", until="How present")
        await person.tap("2", until="how connected")
    async with run_bot():
        replies = await person.tap("9", until="")
        assert "family of feelings" in replies[0]  # the next step, not a restart
    assert not any("How present" in reply for reply in replies)


async def test_a_duplicate_update_is_handled_once(fake: FakeTelegram, run_bot: RunBot) -> None:
    person = TelegramUser(fake)
    async with run_bot():
        await person.agree()
        await person.send("/checkin", until="How present")
        message = person.message_with("4")
        data = message["reply_markup"]["inline_keyboard"][0][4]["callback_data"]
        update = fake.push(button_update(person.user_id, message, data))
        await fake.wait_for(
            lambda: any("how connected" in str(c.params.get("text")) for c in fake.sent())
        )
        count = len(fake.sent())
        fake.redeliver.append(update)  # Telegram hands the same update over again
        await person.send("5", until="family of feelings")  # later turns still flow, in order
        assert len(fake.sent()) == count + 1


async def test_replies_committed_before_a_crash_are_delivered_on_restart(
    fake: FakeTelegram, run_bot: RunBot
) -> None:
    person = TelegramUser(fake)
    async with run_bot():
        fake.fail("sendMessage", *["drop"] * 4)  # the network is gone for every try
        await person.send("/menu", until=None)
        await fake.wait_for(lambda: not fake.failures["sendMessage"])
    assert person.messages() == []
    async with run_bot():
        await fake.wait_for(lambda: len(person.messages()) == 1)
    assert "What would you like to do?" in person.messages()[0]["text"]


async def test_a_server_that_refuses_the_command_menu_is_no_reason_to_stop(
    fake: FakeTelegram, run_bot: RunBot, caplog: pytest.LogCaptureFixture
) -> None:
    fake.fail("setMyCommands", (404, {"description": "Not Found: method not found"}))
    person = TelegramUser(fake)
    with caplog.at_level(logging.WARNING):
        async with run_bot():
            await person.send("/help", until="not a therapist")
    assert "command menu not set" in caplog.text


async def test_the_command_menu_is_set_from_the_flows(fake: FakeTelegram, run_bot: RunBot) -> None:
    async with run_bot():
        pass
    calls = [c for c in fake.calls if c.method == "setMyCommands"]
    import json

    names = [command["command"] for command in json.loads(calls[0].params["commands"])]
    assert {"menu", "checkin", "help", "cancel", "resume"} <= set(names)


async def test_a_due_prompt_survives_a_burst_of_429s_and_arrives_once(
    fake: FakeTelegram, run_bot: RunBot, tg_settings: Settings, retry_waits: list[float]
) -> None:
    from datetime import UTC, datetime, timedelta

    from bot.app import open_app
    from bot.storage.records import UserRecord

    person = TelegramUser(fake, user_id=5151)
    now = datetime.now(UTC)
    async with open_app(tg_settings) as app, app.store.transaction() as tx:
        await tx.save_user(
            UserRecord(
                person.user_id,
                created_at=now,
                consented_at=now,
                timezone="UTC",
                prompt_time="09:00",
                next_prompt_at=now - timedelta(minutes=1),
                next_prompt_on=now.date(),
            )
        )
    too_many = (
        429,
        {"description": "Too Many Requests: retry after 1", "parameters": {"retry_after": 1}},
    )
    fake.fail("sendMessage", too_many, too_many, too_many)
    async with run_bot():
        await fake.wait_for(lambda: len(person.messages()) == 1, within=20)
        assert "check-in time" in person.messages()[0]["text"]
        tries = [c for c in fake.calls if c.method == "sendMessage"]
        assert len(tries) == 4  # three refusals waited out, then one prompt
        # The limiter waits out the retry_after it is given (our delivery retries the rest).
        assert retry_waits
        assert {round(wait) for wait in retry_waits} == {1}
    # Stopped right after the send: on the next start the prompt is known as handled, not
    # sent again, and the next one is scheduled.
    async with run_bot():
        for _ in range(200):
            with sqlite3.connect(tg_settings.database) as db:
                row = db.execute(
                    "SELECT next_prompt_on, next_prompt_at FROM users WHERE user_id = ?",
                    (person.user_id,),
                ).fetchone()
            db.close()
            if row[1] is not None:
                break
            await asyncio.sleep(0.05)
        assert row[0] == (now.date() + timedelta(days=1)).isoformat()
        assert len(person.messages()) == 1
