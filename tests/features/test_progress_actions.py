"""/progress's action alone: a kind word with too little to draw, else a chart and a summary."""

from __future__ import annotations

from datetime import timedelta
from functools import partial

from bot.features.checkin.actions import save_checkin
from bot.features.progress.actions import WORDS, show_measures, show_progress
from bot.features.questionnaires import Questionnaires
from bot.features.questionnaires.records import QuestionnaireResult
from bot.features.questionnaires.records import keep as keep_result
from tests.features.acting import DATA, NOW, USER_ID, Acting, words

SHIPPED = words("progress.yaml", WORDS)
QUESTIONNAIRES = Questionnaires.load(DATA).by_id
show = partial(show_progress, words=SHIPPED, questionnaires=QUESTIONNAIRES)
measures = partial(show_measures, words=SHIPPED, questionnaires=QUESTIONNAIRES)


async def test_with_no_check_ins_it_says_how_progress_builds_up(person: Acting) -> None:
    result = await person.run(show)
    [reply] = result.replies
    assert (reply.text, reply.attachment) == (SHIPPED.get("none_yet"), None)
    assert result.answers == {"has_results": False}


async def test_one_check_in_is_told_in_words_not_drawn(person: Acting) -> None:
    await person.run(save_checkin, presence=3, connection=6)
    [reply] = (await person.run(show)).replies
    assert reply.text == SHIPPED.get("only_one", count=1, presence=3, connection=6)
    assert reply.attachment is None


async def test_two_days_are_drawn_with_a_summary(person: Acting) -> None:
    await person.run(save_checkin, presence=2, connection=3, feeling="flat")
    person.clock.advance(timedelta(days=1))
    await person.run(save_checkin, presence=5, connection=3, feeling="flat")
    [reply] = (await person.run(show)).replies
    assert reply.attachment is not None
    assert reply.attachment.content.startswith(b"\x89PNG")
    assert SHIPPED.get("trend_up") in reply.text
    assert SHIPPED.get("top_words", words="flat") in reply.text


async def test_check_ins_older_than_thirty_days_are_left_out(person: Acting) -> None:
    await person.run(save_checkin, presence=2, connection=3)
    person.clock.advance(timedelta(days=31))
    [reply] = (await person.run(show)).replies
    assert reply.text == SHIPPED.get("none_yet")


async def test_a_questionnaire_answered_is_offered_next_and_drawn(person: Acting) -> None:
    async with person.store.transaction() as tx:
        result = QuestionnaireResult(NOW, NOW.date(), "who5", (3,) * 5, 60, "good")
        await keep_result(tx, USER_ID, result)
    assert (await person.run(show)).answers == {"has_results": True}
    [reply] = (await person.run(measures)).replies
    assert reply.attachment is not None
    assert reply.attachment.content.startswith(b"\x89PNG")


async def test_with_no_questionnaire_answered_there_is_nothing_to_draw(person: Acting) -> None:
    assert (await person.run(measures)).replies == ()
