"""One message a turn: what a turn says arrives as one message, its buttons last."""

from __future__ import annotations

from bot.engine import Attachment, Choice, Reply
from bot.engine.joining import MAX_CHARS, join_replies
from tests.chat import Chat, labels_of

BUTTONS = (Choice("Yes", "n:yes"), Choice("No", "n:no"))


def test_texts_and_the_question_after_them_are_one_message_with_its_buttons() -> None:
    joined = join_replies([Reply("Thank you."), Reply("Noted."), Reply("Go on?", BUTTONS)])
    assert joined == [Reply("Thank you.\n\nNoted.\n\nGo on?", BUTTONS)]


def test_a_question_with_buttons_closes_its_message() -> None:
    joined = join_replies([Reply("Resume?", BUTTONS), Reply("Or type /menu.")])
    assert joined == [Reply("Resume?", BUTTONS), Reply("Or type /menu.")]


def test_a_file_is_a_message_of_its_own() -> None:
    chart = Reply("", attachment=Attachment("chart.png", b"png", "photo"))
    joined = join_replies([Reply("Your month:"), chart, Reply("Anything else?", BUTTONS)])
    assert joined == [Reply("Your month:"), chart, Reply("Anything else?", BUTTONS)]


def test_a_long_text_does_not_swallow_the_next_one_but_a_crisis_reply_stays_whole() -> None:
    page = " ".join(["word"] * 100)
    replies = [Reply(page), Reply(page), Reply("Are you safe?", BUTTONS)]
    # 200 words in one message is a wall: the second page goes with the question
    assert join_replies(replies) == [Reply(page), Reply(f"{page}\n\nAre you safe?", BUTTONS)]
    assert join_replies(replies, whole=True) == [
        Reply(f"{page}\n\n{page}\n\nAre you safe?", BUTTONS)
    ]


def test_never_more_than_telegram_takes_in_one_message() -> None:
    block = "x" * (MAX_CHARS // 2)
    joined = join_replies([Reply(block), Reply(block), Reply("?", BUTTONS)], whole=True)
    assert all(len(reply.text) <= MAX_CHARS for reply in joined)
    assert joined[-1] == Reply(f"{block}\n\n?", BUTTONS)


async def test_a_tap_in_a_check_in_is_answered_with_one_message(chat: Chat) -> None:
    await chat.send("/checkin")
    for label in ("4", "6", "Numb or flat", "Flat", "Skip"):  # the last: thanks, a suggestion
        replies = await chat.tap(label)
        assert len(replies) == 1, [reply.text for reply in replies]
        assert labels_of(replies)  # the next question's buttons are on that one message
