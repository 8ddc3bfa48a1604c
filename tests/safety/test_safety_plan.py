"""The safety plan: local lines in part 5, kept when the person adds their own, and a copy."""

from __future__ import annotations

from dataclasses import replace

from bot.app import App
from bot.features.safety_plan.actions import with_lines
from tests.chat import Chat, text_of


async def make_plan_in(chat: Chat, code: str, professionals: str | None) -> list[str]:
    user = await chat.user()
    assert user is not None
    async with chat.app.store.transaction() as tx:
        await tx.save_user(replace(user, country=code))
    await chat.send("/safetyplan")
    await chat.tap("Yes, let's start")
    for _part in range(4):
        await chat.tap("Skip this part")
    said = []
    if professionals is None:
        said.append(text_of(await chat.tap("Just these lines")))
    else:
        said.append(text_of(await chat.send(professionals)))
    await chat.tap("Skip this part")
    said.append(text_of(await chat.tap("Skip this part")))
    return said


async def test_part_five_holds_the_local_lines_when_skipped(app: App, chat: Chat) -> None:
    said = await make_plan_in(chat, "GB", None)
    assert "6 of 7" in said[0]
    async with app.store.transaction() as tx:
        plan = await tx.safety_plan(chat.user_id)
    assert plan["professionals"].startswith("If you are in danger right now, call the emergency")
    assert "Samaritans: call 116 123 (24h, every day)" in plan["professionals"]
    assert "5. Professionals and services\nIf you are in danger" in said[1]


async def test_part_five_keeps_what_the_person_wrote_first(app: App, chat: Chat) -> None:
    await make_plan_in(chat, "DE", "Dr Weber, Tuesdays")
    async with app.store.transaction() as tx:
        plan = await tx.safety_plan(chat.user_id)
    assert plan["professionals"].startswith("Dr Weber, Tuesdays\n\nIf you are in danger")
    assert plan["professionals"].count("TelefonSeelsorge") == 1


def test_the_lines_are_added_once() -> None:
    answers = {"professionals": "Dr Weber\n\nLINES", "plan_lines": "LINES"}
    assert with_lines(answers) == {}
    assert with_lines({"plan_lines": "LINES"}) == {"professionals": "LINES"}
    assert with_lines({"professionals": "Dr Weber"}) == {}


async def test_the_plan_comes_as_a_file_to_keep_or_share(chat: Chat) -> None:
    await make_plan_in(chat, "GB", "my GP surgery")
    await chat.tap("Very likely")
    await chat.tap("No, thanks")
    replies = await chat.tap("As a file")
    files = [reply.attachment for reply in replies if reply.attachment is not None]
    assert len(files) == 1
    assert files[0].filename == "my-safety-plan.txt"
    content = files[0].content.decode("utf-8")
    assert content.startswith("Your safety plan")
    assert "my GP surgery" in content
    assert "116 123" in content
