"""Telegram's limits: a reply of a few messages goes at once, a longer stream to one chat
is paced, other chats never wait for it, edits are not held back, crisis replies go before
everything else and replies to people talking before scheduled prompts."""

from __future__ import annotations

import asyncio
from typing import Any

from bot.storage.records import Priority
from bot.telegram.limits import IDLE, TelegramLimits, _ChatPaces, in_lane


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


async def test_a_fourth_message_to_one_chat_waits_but_other_chats_do_not() -> None:
    limits = TelegramLimits(per_second=1_000, chat_period=0.05)
    await limits.initialize()
    sent = Recorder()
    first = [asyncio.create_task(request(limits, sent, 1, "sendMessage")) for _ in range(4)]
    other = asyncio.create_task(request(limits, sent, 2, "sendMessage"))
    await settle()
    assert sorted(sent.chats) == [1, 1, 1, 2]  # a three-message reply at once; chat 2 too
    await asyncio.wait_for(asyncio.gather(*first, other), 5)
    assert sorted(sent.chats) == [1, 1, 1, 1, 2]  # the fourth went once the pace allowed


async def test_edits_to_a_chat_are_not_held_back() -> None:
    limits = TelegramLimits(per_second=1_000, chat_period=60)
    await limits.initialize()
    sent = Recorder()
    for _ in range(3):
        await request(limits, sent, 1, "sendMessage")
    await asyncio.wait_for(request(limits, sent, 1, "editMessageText"), 5)
    assert sent.chats == [1, 1, 1, 1]


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


async def test_a_crisis_reply_goes_before_what_was_queued_earlier_for_its_chat() -> None:
    limits = TelegramLimits(per_second=1_000, chat_period=0.02)
    await limits.initialize()
    sent = Labelled()
    tasks = [send(limits, sent, 1, f"reply {n}", Priority.REPLY) for n in range(1, 6)]
    tasks.append(send(limits, sent, 1, "prompt", Priority.PROMPT))
    await settle()  # three out at once; two replies and a prompt wait for the chat's pace
    assert sent.labels == ["reply 1", "reply 2", "reply 3"]
    tasks.append(send(limits, sent, 1, "crisis", Priority.CRISIS))
    await asyncio.wait_for(asyncio.gather(*tasks), 5)
    assert sent.labels[3:] == ["crisis", "reply 4", "reply 5", "prompt"]


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
    limits = TelegramLimits(per_second=1_000, chat_period=60)
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


def test_paces_are_kept_only_for_chats_written_to_lately() -> None:
    paces = _ChatPaces(burst=3, period=1.0)
    for chat_id in range(10_000):
        paces.take(chat_id, now=chat_id * 0.01).using = 0  # 100 new chats a second
    assert len(paces) <= IDLE * 100 + 1  # the last few seconds' chats, not all 10,000
    busy = paces.take(5, now=200.0)  # someone still waiting for their pace...
    paces.take(6, now=500.0)
    assert 5 in paces.paces  # ...is never forgotten under them
    busy.using = 0
    paces.take(7, now=600.0)
    assert 5 not in paces.paces


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
