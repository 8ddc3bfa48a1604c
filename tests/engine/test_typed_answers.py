"""Typed answers at every kind of question: the everyday words for yes and no, numbers as
words, emoji on a scale, an age in its band, a label with a typo; never a guess between two."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.chat import Chat, labels_of, text_of

ASKED_AGE = "How old are you?"
ASKED_FEELINGS = "How present do your feelings seem today?"
ASKED_CONNECTION = "how connected do you feel"
ASKED_DIRECTLY = "are you having thoughts of suicide"


async def test_sure_at_consent_is_a_yes(stranger: Chat) -> None:
    await stranger.send("/start")
    replies = await stranger.send("sure")
    assert ASKED_AGE in text_of(replies)


async def test_nah_at_consent_is_a_no(stranger: Chat) -> None:
    await stranger.send("/start")
    replies = await stranger.send("nah")
    assert ASKED_AGE not in text_of(replies)
    user = await stranger.user()
    assert user is None or user.consented_at is None


async def test_an_age_typed_is_placed_in_its_band(stranger: Chat) -> None:
    await stranger.send("/start")
    await stranger.send("yes")
    replies = await stranger.send("I'm 30")
    assert "Which country are you in?" in text_of(replies)
    user = await stranger.user()
    assert user is not None
    assert user.age_band == "25_to_44"


async def test_scores_typed_as_words_fractions_and_emoji(chat: Chat) -> None:
    await chat.send("/checkin")
    replies = await chat.send("seven")
    assert ASKED_CONNECTION in text_of(replies).casefold()
    await chat.send("/cancel")
    await chat.send("/checkin")
    replies = await chat.send("3/10")
    assert ASKED_CONNECTION in text_of(replies).casefold()
    replies = await chat.send("😶")
    assert "I took 😶 as 0 out of 10." in text_of(replies)
    assert "family of feelings" in text_of(replies)


async def test_a_score_out_of_another_scale_is_asked_again(chat: Chat) -> None:
    await chat.send("/checkin")
    replies = await chat.send("3 out of 5")
    assert "whole number from 0 to 10" in text_of(replies)


async def test_a_label_with_a_typo_is_taken_when_one_is_clearly_meant(chat: Chat) -> None:
    await chat.send("/checkin")
    await chat.send("4")
    await chat.send("4")
    replies = await chat.send("anxous or afriad")
    assert "Which word fits best?" in text_of(replies)
    assert "Anxious" in labels_of(replies) or "Worried" in labels_of(replies)


async def test_words_that_fit_no_option_are_asked_again(chat: Chat) -> None:
    await chat.send("/checkin")
    await chat.send("4")
    await chat.send("4")
    replies = await chat.send("banana")
    assert "didn't quite catch that" in text_of(replies)
    # Telegram's buttons show no numbers: what it asks for is what the buttons say.
    assert "number" not in text_of(replies)
    assert "type the words on it" in text_of(replies)


async def test_not_really_at_the_direct_question_is_a_no(chat: Chat) -> None:
    replies = await chat.send("whats the point")
    assert ASKED_DIRECTLY in text_of(replies)
    replies = await chat.send("not really")
    assert "If that ever changes" in text_of(replies)


async def in_the_uk(chat: Chat) -> Chat:
    user = await chat.user()
    assert user is not None
    async with chat.app.store.transaction() as tx:
        await tx.save_user(replace(user, country="GB"))
    return chat


async def test_yeah_at_the_direct_question_gets_the_lines(chat: Chat) -> None:
    await in_the_uk(chat)
    await chat.send("whats the point")
    replies = await chat.send("yeah")
    assert "Samaritans" in text_of(replies)


async def test_not_really_when_asked_if_safe_is_not_safe(chat: Chat) -> None:
    await in_the_uk(chat)
    await chat.send("I want to die")
    replies = await chat.send("not really")
    said = text_of(replies)
    assert "Move away from anything you could use to hurt yourself" in said
    assert "I can't call anyone" in labels_of(replies)


async def test_im_safe_typed_when_asked_if_safe_is_safe(chat: Chat) -> None:
    await in_the_uk(chat)
    await chat.send("I want to die")
    replies = await chat.send("im safe")
    assert "Move away from anything" not in text_of(replies)
    assert "Not now" in labels_of(replies)


async def test_a_feeling_typed_at_the_menu_starts_a_check_in_with_that_word(chat: Chat) -> None:
    await chat.send("/menu")
    replies = await chat.send("i feel so numb today")
    assert 'keep "numb"' in text_of(replies)
    assert ASKED_FEELINGS in text_of(replies)
    await chat.send("4")
    replies = await chat.send("3")
    assert "family of feelings" not in text_of(replies)  # the word is not asked again
    assert "Anything you'd like to note" in text_of(replies)
    await chat.tap("Skip")
    async with chat.app.store.transaction() as tx:
        stored = await tx.checkins(chat.user_id)
    assert [(c.presence, c.connection, c.feeling) for c in stored] == [(4, 3, "numb")]


async def test_a_feeling_typed_with_nothing_waiting_starts_a_check_in_too(chat: Chat) -> None:
    replies = await chat.send("exhausted")
    assert 'keep "tired"' in text_of(replies)


async def test_words_that_are_no_feeling_at_the_menu_start_no_check_in(chat: Chat) -> None:
    await chat.send("/menu")
    replies = await chat.send("nothing")
    assert ASKED_FEELINGS not in text_of(replies)


async def test_risk_typed_at_the_menu_gets_the_crisis_answer_not_a_check_in(chat: Chat) -> None:
    await chat.send("/menu")
    replies = await chat.send("i feel numb and i want to die")
    assert ASKED_FEELINGS not in text_of(replies)
    assert "Thank you for telling me" in text_of(replies)


async def test_a_question_typed_at_the_menu_gets_a_short_answer_and_ways_on(chat: Chat) -> None:
    await chat.send("/menu")
    replies = await chat.send("what is DBT?")
    assert "dialectical behaviour therapy" in text_of(replies)
    assert labels_of(replies) == [
        "Tell me more",
        "Should I get more help?",
        "Check in with how I feel",
        "Everything else",
    ]
    replies = await chat.send("is this depression?")
    assert "only a professional can" in text_of(replies)


async def test_anything_else_at_the_menu_gets_three_suggestions_not_the_menu(chat: Chat) -> None:
    await chat.send("/menu")
    suggestions = ["Check in with how I feel", "A grounding exercise", "Everything else"]
    replies = await chat.send("my cat knocked a plant over lol")
    assert "didn't quite catch that" not in text_of(replies)
    assert labels_of(replies) == suggestions
    replies = await chat.send("we had pizza for dinner")
    assert labels_of(replies) == suggestions
    replies = await chat.send("/journal")  # nothing to resume from a few suggestions
    assert "Earlier you were" not in text_of(replies)


async def test_a_menu_choice_typed_is_still_the_choice(chat: Chat) -> None:
    await chat.send("/menu")
    replies = await chat.send("a grounding exercise")
    assert "Everything else" not in labels_of(replies)
    assert "back to the present" in text_of(replies)


async def test_free_text_at_the_menu_is_never_stored(chat: Chat) -> None:
    await chat.send("/menu")
    for text in ("what is DBT?", "my cat knocked a plant over lol", "i feel flat"):
        await chat.send(text)
    async with chat.app.store.transaction() as tx:
        session = (await tx.load_turn("", chat.user_id)).session
    assert "cat knocked" not in str(session)
    assert "what is DBT" not in str(session)


async def test_ok_moves_a_paced_exercise_on_as_next_and_finish_do(chat: Chat) -> None:
    await chat.send("/ground")
    await chat.send("anxious")
    await chat.send("yeah")
    for _ in range(4):
        said = text_of(await chat.send("ok"))
        assert "didn't quite catch" not in said
    assert "What did you notice?" in said


async def test_no_im_fine_at_the_direct_question_is_a_no(chat: Chat) -> None:
    assert ASKED_DIRECTLY in text_of(await chat.send("whats the point"))
    said = text_of(await chat.send("no im fine"))
    assert "If that ever changes" in said  # the answer to a no


async def test_wait_what_at_a_crisis_question_is_not_thanked(stranger: Chat) -> None:
    await stranger.send("i wish i could sleep and never wake up")
    await stranger.send("no")
    said = text_of(await stranger.send("wait what"))
    assert "Thank you for telling me" not in said
    assert said.endswith("Are you safe right now?")


@pytest.mark.parametrize("asked", ["do u know any good films", "can you help me with my cv"])
async def test_a_question_without_its_question_mark_at_the_direct_question_is_not_thanked(
    chat: Chat, asked: str
) -> None:
    assert ASKED_DIRECTLY in text_of(await chat.send("whats the point"))
    said = text_of(await chat.send(asked))
    assert "Thank you for telling me" not in said  # nothing was told
    assert "I want to be sure I understand you" in said
    assert ASKED_DIRECTLY in said


async def test_asking_for_something_in_ones_own_words_at_the_menu_starts_it(chat: Chat) -> None:
    await chat.send("/menu")
    replies = await chat.send("i want to journal")
    assert "Which kind of writing would suit you now?" in text_of(replies)
    await chat.send("/cancel")
    replies = await chat.send("I want make a plan for the week")
    assert "The weekly plan is seven days of small steps" in text_of(replies)
    assert "I can't always follow free writing" not in text_of(replies)


async def test_idk_what_to_write_at_the_kind_of_writing_is_no_entry(chat: Chat) -> None:
    await chat.send("/journal")
    replies = await chat.send("idk what to write tbh")
    said = text_of(replies)
    assert "you don't have to be sure" in said
    assert "kept your words" not in said
    assert "Which kind of writing would suit you now?" in said
    replies = await chat.send("idk, today was weird, my mum called and i felt nothing at all")
    assert "kept your words for the next question" in text_of(replies)  # this one is


async def test_i_dont_know_at_the_consent_question_is_no_refusal(stranger: Chat) -> None:
    await stranger.send("/start")
    said = text_of(await stranger.send("i dont know"))
    assert "That's completely fine, and thank you for saying so" not in said
    assert "Is it okay for me to ask about your feelings" in said
