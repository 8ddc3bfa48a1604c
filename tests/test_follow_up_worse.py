"""The check the day after a crisis, answered "Worse" or "I'm not safe": the lines it has just
shown are not sent again in the same breath, and whether they are safe is asked at once."""

from __future__ import annotations

from bot.app import App
from bot.clock import ManualClock
from bot.engine import Event, EventKind
from bot.storage.records import UserRecord
from tests.chat import Chat, labels_of, text_of


async def checked_on(app: App, clock: ManualClock) -> Chat:
    now = clock.now()
    async with app.store.transaction() as tx:
        await tx.save_user(
            UserRecord(5, created_at=now, consented_at=now, country="DE", timezone="Europe/Berlin")
        )
    chat = Chat(app, user_id=5)
    shown = await chat.deliver(Event("followup:5", 5, EventKind.PROMPT, payload="followup"))
    assert text_of(shown).count("TelefonSeelsorge") == 1
    return chat


async def test_worse_asks_whether_they_are_safe_without_the_lines_twice(
    app: App, clock: ManualClock
) -> None:
    chat = await checked_on(app, clock)
    replies = await chat.tap("Worse")
    assert "today is harder" in text_of(replies)
    assert "TelefonSeelsorge" not in text_of(replies)  # shown just above, in the check
    assert "Are you safe right now?" in text_of(replies)
    assert "I'm not safe" in labels_of(replies)
