"""The safety plan is sealed and never half lost (the triage tiers: test_triage_table.py)."""

from __future__ import annotations

from bot.app import App
from tests.chat import Chat, in_order, text_of


async def test_the_plan_is_not_readable_in_the_database_file(app: App, chat: Chat) -> None:
    await chat.send("/safetyplan")
    await chat.tap("Yes, let's start")
    await chat.send("when the lighthouse keeper stops calling")
    await chat.tap("Skip this part")
    async with app.store.transaction() as tx:
        plan = await tx.safety_plan(chat.user_id)
    assert plan == {"warning_signs": "when the lighthouse keeper stops calling"}
    folder = app.settings.database.parent
    raw = b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())
    assert b"lighthouse" not in raw


async def test_a_plan_left_half_way_keeps_what_was_written(chat: Chat) -> None:
    await chat.send("/safetyplan")
    await chat.tap("Yes, let's start")
    await chat.send("pacing at night")
    await chat.send("drawing")
    await chat.send("/cancel")
    replies = await chat.send("/safetyplan")
    said = text_of(replies)
    assert "pacing at night" in said
    assert "drawing" in said
    assert "What would you like to do with it?" in said


async def test_a_crisis_message_shows_the_lines_then_the_plan(chat: Chat) -> None:
    await chat.send("/safetyplan")
    await chat.tap("Yes, let's start")
    await chat.send("I stop eating")
    await chat.send("/cancel")
    replies = await chat.send("i want to die")
    assert replies[0].text.startswith("Thank you for telling me")
    assert in_order(text_of(replies), "emergency", "I stop eating")
