"""PHQ-9 item 9: every answer above "not at all" leads to the direct safety question before
anything else; the crisis screen still reads what is typed during a questionnaire."""

from __future__ import annotations

import pytest

from bot.features.questionnaires.records import results as questionnaire_results
from tests.chat import Chat, labels_of, text_of

ANSWERS = ["Not at all", "Several days", "More than half the days", "Nearly every day"]
DIRECT = "are you having thoughts of suicide or of ending your life?"


async def at_item_9(chat: Chat) -> None:
    await chat.send("/measure")
    await chat.tap("My mood (PHQ-9)")
    for _ in range(8):
        await chat.send("2")


@pytest.mark.parametrize("answer", ANSWERS[1:])
@pytest.mark.parametrize("typed", [False, True], ids=["tapped", "typed"])
async def test_item_9_above_not_at_all_asks_directly_first(
    chat: Chat, answer: str, typed: bool
) -> None:
    await at_item_9(chat)
    replies = await (chat.send(answer) if typed else chat.tap(answer))
    assert len(replies) == 1  # the question, and nothing before it: no score
    assert DIRECT in replies[0].text
    assert "score" not in replies[0].text
    assert labels_of(replies)[:2] == ["Yes", "No"]
    async with chat.app.store.transaction() as tx:
        assert await questionnaire_results(tx, chat.user_id) == []
    said = text_of(await chat.tap("No"))
    assert said.index("Thank you for telling me") < said.index("Your PHQ-9 score is")
    assert "Because of your answer about hurting yourself" in said


async def test_item_9_at_not_at_all_goes_straight_to_the_score(chat: Chat) -> None:
    await at_item_9(chat)
    said = text_of(await chat.tap("Not at all"))
    assert DIRECT not in said
    assert "Your PHQ-9 score is 16 out of 27" in said
    assert "Because of your answer about hurting yourself" not in said


async def test_yes_with_a_plan_leads_to_the_crisis_lines(chat: Chat) -> None:
    await at_item_9(chat)
    await chat.tap("Nearly every day")
    await chat.tap("Yes")
    replies = await chat.tap("Yes")
    assert chat.crisis or "emergency" in text_of(replies).casefold()
    assert "Your PHQ-9 score" not in text_of(replies)


async def test_a_disclosure_typed_at_a_question_is_still_screened(chat: Chat) -> None:
    await chat.send("/measure")
    await chat.tap("My mood (PHQ-9)")
    replies = await chat.send("i want to die")
    assert chat.crisis
    assert "(2 of 9)" not in text_of(replies)


async def test_not_saying_at_item_9s_direct_question_asks_whether_they_are_safe(
    chat: Chat,
) -> None:
    await at_item_9(chat)
    await chat.tap("Several days")
    said = text_of(await chat.tap("I'd rather not say"))
    assert "You don't have to explain" in said
    assert said.index("You don't have to explain") < said.index("Are you safe right now?")
    assert "Your PHQ-9 score" not in said  # the score waits for the answer
    said = text_of(await chat.tap("I'm safe for now"))
    assert "glad you're safe for now" in said
    assert "Can I check on you tomorrow?" in text_of(await chat.tap("Not now"))
    said = text_of(await chat.tap("No, thank you"))
    assert "Your PHQ-9 score is" in said  # and then the result, as after any answer
