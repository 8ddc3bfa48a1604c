"""What two new-user trials typed and the bot got wrong (December): stray words kept as a
safety plan, a yes said strongly asked again at the question about suicide, "no thanks"
taken as "I'm not safe", questionnaire numbers explained as buttons' places, a second good
thing lost, labels typed as they read told "only the choice is kept", steps that ask you to
name things bouncing what was named."""

from __future__ import annotations

import pytest

from bot.app import App
from tests.chat import Chat, labels_of, text_of

ASKED_DIRECTLY = "are you having thoughts of suicide"
LINES = "Here is who you can reach"


async def plan_of(chat: Chat) -> dict[str, str]:
    async with chat.app.store.transaction() as tx:
        return await tx.safety_plan(chat.user_id)


async def test_stray_words_at_a_safety_plan_part_are_not_kept_as_the_plan(chat: Chat) -> None:
    await chat.send("/safetyplan")
    await chat.send("yes")
    lost = await chat.send("huh")
    assert "Sorry, I wasn't clear" in text_of(lost)
    assert "1 of 7" in text_of(lost)  # the same part, asked again
    await chat.send("cant sleep, drinking more")
    back = await chat.send("go back")
    assert "I can't go back a step" in text_of(back)
    await chat.send("walk, music, call mum")
    skipped = await chat.send("no thanks")  # part 3 skipped, not written as "no thanks"
    assert "4 of 7" in text_of(skipped)
    await chat.send("idk")  # part 4 skipped too
    stopped = await chat.send("cancel")
    assert "I've stopped the safety plan" in text_of(stopped)
    plan = await plan_of(chat)
    assert plan == {
        "warning_signs": "cant sleep, drinking more",
        "coping_alone": "walk, music, call mum",
    }


async def test_skip_words_in_spanish_skip_a_safety_plan_part(app: App) -> None:
    chat = Chat(app, user_id=731, language="es")
    await chat.consent()
    await chat.send("/safetyplan")
    await chat.send("si")
    for typed in ("paso", "no se", "saltar"):
        await chat.send(typed)
    assert await plan_of(chat) == {}


@pytest.mark.parametrize("typed", ["yes a lot", "honestly yes", "a lot", "yes, sadly"])
async def test_a_yes_said_strongly_at_the_direct_question_is_a_yes(chat: Chat, typed: str) -> None:
    assert ASKED_DIRECTLY in text_of(
        await chat.send("nothing matters anymore and i feel hopeless")
    )
    replies = await chat.send(typed)
    assert LINES in text_of(replies)
    assert chat.crisis


@pytest.mark.parametrize("typed", ["si mucho", "la verdad q si", "mucho", "sí, mucho"])
async def test_a_yes_said_strongly_in_spanish_is_a_yes(app: App, typed: str) -> None:
    chat = Chat(app, user_id=732, language="es")
    await chat.consent()
    asked = await chat.send("nada importa ya y no tengo esperanza")
    assert "pensamientos de suicidio" in text_of(asked)
    replies = await chat.send(typed)
    assert "Estas son las personas a las que puedes contactar" in text_of(replies)


async def test_a_softened_no_at_the_direct_question_is_still_asked_again(chat: Chat) -> None:
    await chat.send("nothing matters anymore and i feel hopeless")
    replies = await chat.send("no i guess")
    assert ASKED_DIRECTLY in text_of(replies)


async def test_what_at_are_you_safe_is_asked_again_warmly(chat: Chat) -> None:
    await chat.send("/sos")
    await chat.tap("Somewhere else")
    replies = await chat.send("what")
    assert "I want to be sure I understand you" in text_of(replies)
    assert "didn't quite catch" not in text_of(replies)
    assert "Are you safe right now?" in text_of(replies)


@pytest.mark.parametrize("typed", ["no thanks im ok", "no thanks for now", "truly safe"])
async def test_a_brush_off_at_are_you_safe_is_never_taken_as_safe(chat: Chat, typed: str) -> None:
    await chat.send("/sos")
    await chat.tap("Somewhere else")
    replies = await chat.send(typed)
    assert "glad you're safe" not in text_of(replies)


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("en", "no, all the time"),
        ("en", "honestly no"),
        ("en", "no a lot"),
        ("es", "no siempre"),
        ("es", "no mucho"),
        ("pt-br", "nem sempre"),
        ("pt-br", "não muito"),
        ("ru", "не постоянно"),
        ("ru", "не каждый день"),
    ],
)
async def test_a_not_always_at_the_direct_question_is_never_a_no(
    app: App, language: str, typed: str
) -> None:
    """Words of how often or how much after a no ("no siempre": not always) turn it round:
    asked again, never the "no" that quiets the screen's unsure verdicts for hours."""
    chat = Chat(app, user_id=735, language=language)
    await chat.consent()
    await chat.send(
        {
            "en": "nothing matters anymore and i feel hopeless",
            "es": "nada importa ya y no tengo esperanza",
            "pt-br": "nada importa mais e estou sem esperança",
            "ru": "ничего больше не важно и у меня нет надежды",
        }[language]
    )
    asked = text_of(chat.shown[-1:])
    replies = await chat.send(typed)
    said = text_of(replies)
    assert chat.crisis
    assert "If that ever changes" not in said
    assert "Si eso cambia" not in said
    assert "Se isso mudar" not in said
    assert asked  # the question was asked, and is asked again or answered as risk


async def test_a_questionnaire_says_a_typed_number_is_a_score(chat: Chat) -> None:
    await chat.send("/measure")
    await chat.send("phq9")
    replies = await chat.send("4")  # the fourth button's place, but no PHQ-9 score
    assert "type its score: 0 (Not at all) to 3 (Nearly every day)" in text_of(replies)
    assert "(1 of 9)" in text_of(replies)


async def test_a_second_good_thing_typed_at_the_read_back_offer_is_kept(chat: Chat) -> None:
    await chat.send("/gratitude")
    await chat.send("my roommate made me soup")
    offered = await chat.send("sun came out on my walk lol")
    assert "Use what I wrote before" in labels_of(offered)
    kept = await chat.tap("Use what I wrote before")
    assert "You have 2 small good things" in text_of(kept)


async def test_gratitude_typed_again_inside_it_starts_a_new_line(chat: Chat) -> None:
    await chat.send("/gratitude")
    await chat.send("soup")
    replies = await chat.send("/gratitude")
    assert "We're already in" not in text_of(replies)
    assert "one small thing today you were glad of" in text_of(replies)


async def test_a_label_typed_as_it_reads_is_a_tap_with_no_comment(chat: Chat) -> None:
    await chat.send("/gratitude")
    await chat.send("soup")
    replies = await chat.send("show me")
    assert "I took that as" not in text_of(replies)
    assert "The last few you kept" in text_of(replies)


async def test_settings_typed_again_at_a_sub_question_starts_settings_afresh(
    chat: Chat,
) -> None:
    await chat.send("/settings")
    await chat.send("quiet hours")
    replies = await chat.send("/settings")
    assert "What would you like to change?" in text_of(replies)
    assert "Alright, everything stays as it is" in text_of(await chat.send("nothing thanks"))


@pytest.mark.parametrize("typed", ["im scared", "i want to cry", "sad", "awful memories came up"])
async def test_distress_while_savouring_stops_it(chat: Chat, typed: str) -> None:
    await chat.send("/savour")
    await chat.send("remembering a good moment")
    replies = await chat.send(typed)
    assert "Step back into it" not in text_of(replies)


async def test_nothing_at_what_matters_is_kept_as_said(chat: Chat) -> None:
    await chat.send("/safetyplan")
    await chat.send("yes")
    for _ in range(6):
        await chat.tap(chat_skip(chat))
    await chat.send("nothing")
    assert (await plan_of(chat)).get("reasons") == "nothing"


def chat_skip(chat: Chat) -> str:
    return next(
        label for label in labels_of(chat.shown[-1:]) if label != "Use what I wrote before"
    )


async def test_a_short_word_in_a_check_in_note_is_kept_not_a_command(chat: Chat) -> None:
    for typed in ("/checkin", "3", "4"):
        await chat.send(typed)
    await chat.tap("Numb or flat")
    assert "Anything you'd like to note" in text_of(await chat.tap("Numb"))
    replies = await chat.send("enough")
    assert "stopped" not in text_of(replies)


async def test_details_named_while_savouring_go_on_and_not_good_stops(chat: Chat) -> None:
    await chat.send("/savour")
    await chat.send("something here and now")
    assert "Find three details" in text_of(await chat.send("my coffee"))
    assert "stay with it for a few breaths" in text_of(await chat.send("warm, kinda bitter"))
    assert "Let's stop there" in text_of(await chat.send("not good at all"))


async def test_ok_turns_a_lesson_page_and_next_on_the_last_one_finishes(chat: Chat) -> None:
    await chat.send("/learn")
    await chat.send("numb or unreal")
    assert "(2 of 4)" in text_of(await chat.send("ok"))
    assert "(3 of 4)" in text_of(await chat.send("got it"))
    await chat.send("sure")
    assert "Thank you for reading" in text_of(await chat.send("ok"))


async def test_sure_at_would_you_like_a_reminder_asks_which_time(stranger: Chat) -> None:
    for typed in ("/start", "yes thats ok", "24", "canada", "toronto"):
        await stranger.send(typed)
    replies = await stranger.send("sure")
    assert "What time would suit you?" in text_of(replies)
    assert "couldn't read that as a time" not in text_of(replies)
    assert "I'll check in with you at 20:00" in text_of(await stranger.send("8pm"))


async def test_ok_at_a_question_of_fact_is_asked_again_not_taken_as_yes(app: App) -> None:
    chat = Chat(app, user_id=733, language="es")
    await chat.consent()
    await chat.send("/gethelp")
    await chat.send("mas de 3 meses")
    replies = await chat.send("vale")
    assert "¿Te está afectando" in text_of(replies)  # the same question again


async def test_ok_at_a_small_step_card_is_trying_it(chat: Chat) -> None:
    await chat.send("/steps")
    await chat.send("self care")
    assert "trying counts" in text_of(await chat.send("ok"))


async def test_thanks_at_the_menu_gets_you_are_welcome(app: App) -> None:
    chat = Chat(app, user_id=734, language="es")
    await chat.consent()
    replies = await chat.send("gracias")
    assert "De nada" in text_of(replies)
    assert "No siempre puedo seguir un texto libre" not in text_of(replies)
