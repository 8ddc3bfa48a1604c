"""Telegram's limits: every message to a chat goes at once, other chats never wait for it,
a chat is held back only when Telegram answers 429 (for the seconds it names), crisis
replies go before everything else and replies to people talking before scheduled prompts."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from telegram.error import RetryAfter

from bot.storage.records import Priority
from bot.telegram import limits as limits_module
from bot.telegram.limits import IDLE, TelegramLimits, _ChatGates, in_lane


class Recorder:
    """Stands in for the Bot API call: records which chat each request was for."""

    def __init__(self) -> None:
        self.chats: list[int] = []

    async def __call__(self, chat_id: int) -> dict[str, Any]:
        self.chats.append(chat_id)
        return {}


def request(limits: TelegramLimits, sent: Recorder, chat_id: int, endpoint: str) -> Any:
    return limits.process_request(sent, (chat_id,), {}, endpoint, {"chat_id": chat_id}, None)


async def settle() -> None:
    for _ in range(20):
        await asyncio.sleep(0)


async def test_every_message_of_a_reply_goes_to_its_chat_at_once() -> None:
    limits = TelegramLimits(per_second=1_000)
    await limits.initialize()
    sent = Recorder()
    loop = asyncio.get_running_loop()
    started = loop.time()
    tasks = [asyncio.create_task(request(limits, sent, 1, "sendMessage")) for _ in range(6)]
    tasks.append(asyncio.create_task(request(limits, sent, 2, "sendMessage")))
    await asyncio.wait_for(asyncio.gather(*tasks), 5)
    assert sorted(sent.chats) == [1, 1, 1, 1, 1, 1, 2]
    assert loop.time() - started < 0.5  # the bot's pace only: no second a message to a chat


class Backoff:
    """asyncio for the limiter, whose back-off waits are recorded and last until let go."""

    def __init__(self) -> None:
        self.waits: list[float] = []
        self.over = asyncio.Event()

    def __getattr__(self, name: str) -> Any:
        return getattr(asyncio, name)

    async def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        await self.over.wait()


@pytest.fixture
def backoff(monkeypatch: pytest.MonkeyPatch) -> Backoff:
    recorded = Backoff()
    monkeypatch.setattr(limits_module, "asyncio", recorded)
    return recorded


class Refusing:
    """Stands in for the Bot API call: refuses the first send to ``chat_id`` with a 429."""

    def __init__(self, chat_id: int, retry_after: int) -> None:
        self.refuse = {chat_id: retry_after}
        self.labels: list[str] = []

    async def __call__(self, label: str, chat_id: int) -> dict[str, Any]:
        if chat_id in self.refuse:
            raise RetryAfter(self.refuse.pop(chat_id))
        self.labels.append(label)
        return {}


def to_chat(
    limits: TelegramLimits, api: Refusing, chat_id: int, label: str, lane: Priority
) -> asyncio.Task[Any]:
    """Send one message to a chat in a lane, as a task of its own (as each update is)."""

    async def one() -> Any:
        with in_lane(lane):
            data = {"chat_id": chat_id}
            return await limits.process_request(
                api, (label, chat_id), {}, "sendMessage", data, None
            )

    return asyncio.create_task(one())


async def test_a_429_holds_back_that_chat_alone_for_as_long_as_telegram_says(
    backoff: Backoff,
) -> None:
    limits = TelegramLimits(per_second=1_000)
    api = Refusing(chat_id=1, retry_after=7)
    first = to_chat(limits, api, 1, "refused", Priority.REPLY)
    await settle()
    later = to_chat(limits, api, 1, "later", Priority.REPLY)
    other = to_chat(limits, api, 2, "someone else", Priority.REPLY)
    await settle()
    assert api.labels == ["someone else"]  # the rest of the bot goes on
    assert backoff.waits == [7]  # Telegram's retry_after, honoured for that chat
    backoff.over.set()
    await asyncio.wait_for(asyncio.gather(first, later, other), 5)
    assert api.labels == ["someone else", "refused", "later"]  # the refused one keeps its place


async def test_edits_to_a_chat_are_not_held_back() -> None:
    limits = TelegramLimits(per_second=1_000)
    await limits.initialize()
    sent = Recorder()
    with limits.crisis_first(1):  # new messages to the chat wait for the crisis reply...
        await asyncio.wait_for(request(limits, sent, 1, "editMessageText"), 5)
    assert sent.chats == [1]  # ...an edit of a question already there does not


async def test_replies_waiting_for_the_bots_pace_go_before_a_scheduled_prompt() -> None:
    limits = TelegramLimits(per_second=20)  # room for 4 at once, then one every 50 ms
    await limits.initialize()
    sent = Recorder()

    async def prompt(chat_id: int) -> None:
        with in_lane(Priority.PROMPT):
            await request(limits, sent, chat_id, "sendMessage")

    tasks = [asyncio.create_task(request(limits, sent, chat, "sendMessage")) for chat in range(5)]
    await settle()  # four replies out, the fifth waiting for the bot's pace
    tasks.append(asyncio.create_task(prompt(100)))
    await settle()
    tasks.append(asyncio.create_task(request(limits, sent, 5, "sendMessage")))  # came later
    await asyncio.wait_for(asyncio.gather(*tasks), 5)
    assert sent.chats == [0, 1, 2, 3, 4, 5, 100]


async def test_a_prompt_goes_at_once_when_nobody_is_waiting() -> None:
    limits = TelegramLimits(per_second=20)
    await limits.initialize()
    sent = Recorder()
    with in_lane(Priority.PROMPT):
        await asyncio.wait_for(request(limits, sent, 100, "sendMessage"), 5)
    assert sent.chats == [100]


class Labelled:
    """Stands in for the Bot API call: records what each request was, in the order sent."""

    def __init__(self) -> None:
        self.labels: list[str] = []

    async def __call__(self, label: str) -> dict[str, Any]:
        self.labels.append(label)
        return {}


def send(
    limits: TelegramLimits, sent: Labelled, chat_id: int, label: str, lane: Priority
) -> asyncio.Task[Any]:
    """Send one message to a chat in a lane, as a task of its own (as each update is)."""

    async def one() -> Any:
        with in_lane(lane):
            data = {"chat_id": chat_id}
            return await limits.process_request(sent, (label,), {}, "sendMessage", data, None)

    return asyncio.create_task(one())


async def test_a_crisis_reply_goes_before_what_waits_for_its_chat(backoff: Backoff) -> None:
    limits = TelegramLimits(per_second=1_000)
    api = Refusing(chat_id=1, retry_after=1)
    tasks = [to_chat(limits, api, 1, "reply 1", Priority.REPLY)]
    await settle()  # refused: the chat is held back for a second
    tasks += [to_chat(limits, api, 1, f"reply {n}", Priority.REPLY) for n in (2, 3)]
    tasks.append(to_chat(limits, api, 1, "prompt", Priority.PROMPT))
    tasks.append(to_chat(limits, api, 1, "crisis", Priority.CRISIS))
    await settle()
    assert api.labels == []
    backoff.over.set()
    await asyncio.wait_for(asyncio.gather(*tasks), 5)
    assert api.labels == ["crisis", "reply 1", "reply 2", "reply 3", "prompt"]


async def test_a_crisis_reply_goes_before_other_chats_replies_waiting_for_the_bots_pace() -> None:
    limits = TelegramLimits(per_second=20)  # room for 4 at once, then one every 50 ms
    await limits.initialize()
    sent = Recorder()
    tasks = [asyncio.create_task(request(limits, sent, chat, "sendMessage")) for chat in range(6)]
    await settle()  # four replies out, two waiting for the bot's pace

    async def crisis() -> None:
        with in_lane(Priority.CRISIS):
            await request(limits, sent, 9, "sendMessage")

    tasks.append(asyncio.create_task(crisis()))
    await asyncio.wait_for(asyncio.gather(*tasks), 5)
    assert sent.chats == [0, 1, 2, 3, 9, 4, 5]


async def test_nothing_older_goes_to_a_chat_between_the_parts_of_a_crisis_reply() -> None:
    limits = TelegramLimits(per_second=1_000)
    await limits.initialize()
    sent = Labelled()
    older = send(limits, sent, 1, "older reply", Priority.REPLY)  # there is room for it...
    with limits.crisis_first(1):
        await settle()
        assert sent.labels == []  # ...but a crisis reply to the chat is being sent
        await send(limits, sent, 2, "someone else", Priority.REPLY)  # other chats go on
        for part in ("lines", "are you safe?"):
            await limits.process_request(sent, (part,), {}, "sendMessage", {"chat_id": 1}, None)
    await asyncio.wait_for(older, 5)
    assert sent.labels == ["someone else", "lines", "are you safe?", "older reply"]


def test_gates_are_kept_only_for_chats_written_to_lately() -> None:
    gates = _ChatGates()
    for chat_id in range(10_000):
        gates.take(chat_id, now=chat_id * 0.01).using = 0  # 100 new chats a second
    assert len(gates) <= IDLE * 100 + 1  # the last few seconds' chats, not all 10,000
    busy = gates.take(5, now=200.0)  # someone still held back...
    gates.take(6, now=500.0)
    assert 5 in gates.gates  # ...is never forgotten under them
    busy.using = 0
    gates.take(7, now=600.0)
    assert 5 not in gates.gates


class Wire:
    """Stands in for the Bot API call: holds every request until let go, counting how many
    are out at once."""

    def __init__(self) -> None:
        self.out = 0
        self.most_out = 0
        self.let_go = asyncio.Event()

    async def __call__(self, chat_id: int) -> dict[str, Any]:
        self.out += 1
        self.most_out = max(self.most_out, self.out)
        try:
            await self.let_go.wait()
        finally:
            self.out -= 1
        return {}


async def test_no_more_requests_are_out_at_once_than_the_connection_pool_holds() -> None:
    limits = TelegramLimits(per_second=1_000, in_flight=2)
    await limits.initialize()
    wire = Wire()
    tasks = [
        asyncio.create_task(
            limits.process_request(wire, (c,), {}, "sendMessage", {"chat_id": c}, None)
        )
        for c in range(1, 5)  # within the bot's burst: all four get past its pace at once
    ]
    await settle()
    assert wire.most_out == 2  # the rest wait here, not inside the HTTP pool
    wire.let_go.set()
    await asyncio.wait_for(asyncio.gather(*tasks), 5)
    assert wire.most_out == 2


async def test_a_request_given_up_while_waiting_for_the_wire_leaves_no_slot_taken() -> None:
    limits = TelegramLimits(per_second=1_000, in_flight=1)
    await limits.initialize()
    wire = Wire()

    def send(chat_id: int) -> asyncio.Task[Any]:
        data = {"chat_id": chat_id}
        return asyncio.create_task(
            limits.process_request(wire, (chat_id,), {}, "sendMessage", data, None)
        )

    first, given_up = send(1), send(2)
    await settle()
    given_up.cancel()  # as a timeout would
    await settle()
    assert wire.out == 1  # only the first is on the wire
    wire.let_go.set()
    await settle()
    assert first.done()
    third = send(3)
    await settle()
    assert third.done()  # its slot was free at once: the given-up request kept none
    assert wire.most_out == 1


def test_several_workers_share_the_bot_s_pace() -> None:
    """Telegram's limit is the bot's, not a process's: with RECONNECT_WORKERS=4 each worker
    sends at a quarter of RECONNECT_SEND_RATE, so together they keep to it."""
    from bot.config import Settings
    from bot.telegram.runner import build_application
    from tests.telegram.fake_api import TOKEN

    def pace(**env: str) -> float:
        settings = Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN, **env})
        limiter = build_application(settings).bot.rate_limiter
        assert isinstance(limiter, TelegramLimits)
        return limiter.overall.rate

    assert pace(RECONNECT_SEND_RATE="24") == 24
    assert pace(RECONNECT_SEND_RATE="24", RECONNECT_WORKERS="4") == 6
    assert pace(RECONNECT_SEND_RATE="24", RECONNECT_WORKERS="0") == 24  # at least one
