"""The questionnaire runner's actions alone: a short form below its threshold kept and told,
a full form scored, kept and told in plain words (with the safety note after item 9), and how
often the WHO-5 comes back kept on the person."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from bot.features.questionnaires import Questionnaires
from bot.features.questionnaires.actions import SHORT_BAND, check_short_form, save_result
from bot.features.questionnaires.records import QuestionnaireResult
from bot.features.questionnaires.records import results as questionnaire_results
from bot.features.questionnaires.repeat import set_measure_repeat
from bot.features.questionnaires.scoring import item_key
from tests.features.acting import DATA, NOW, USER_ID, Acting

LOADED = Questionnaires.load(DATA)
PHQ9 = LOADED.by_id["phq9"]
WORDS = LOADED.words
short = partial(check_short_form, questionnaires=LOADED.by_id, words=WORDS)
result = partial(save_result, questionnaires=LOADED.by_id, words=WORDS)


def items(*scores: int) -> dict[str, str]:
    """Return the answers of items scored so, as the flow saves them."""
    return {item_key(number): str(score) for number, score in enumerate(scores, start=1)}


async def test_a_short_form_below_its_threshold_is_kept_and_told(person: Acting) -> None:
    outcome = await person.run(short, flow_id="phq9", **items(1, 1))
    assert PHQ9.short_form is not None
    [reply] = outcome.replies
    assert reply.text == WORDS.get(
        "short_result",
        name=PHQ9.short_form.name,
        total=2,
        highest=6,
        meaning=PHQ9.short_form.below,
        not_a_diagnosis=WORDS.get("not_a_diagnosis"),
    )
    assert outcome.answers == {"going_on": False}
    async with person.reading() as tx:
        assert await questionnaire_results(tx, USER_ID) == [
            QuestionnaireResult(NOW, NOW.date(), "phq2", (1, 1), 2, SHORT_BAND)
        ]


async def test_a_short_form_at_its_threshold_goes_on_and_keeps_nothing(person: Acting) -> None:
    outcome = await person.run(short, flow_id="phq9", **items(2, 1))
    assert (outcome.replies, outcome.answers) == ((), {"going_on": True})
    async with person.reading() as tx:
        assert await questionnaire_results(tx, USER_ID) == []


async def test_a_full_form_is_scored_kept_and_told_by_its_band(person: Acting) -> None:
    outcome = await person.run(result, flow_id="phq9", **items(1, 1, 1, 1, 1, 1, 0, 0, 0))
    [band] = [band for band in PHQ9.bands if band.id == "mild"]
    [reply] = outcome.replies
    assert reply.text == WORDS.get(
        "result",
        name=PHQ9.name,
        total=6,
        highest=PHQ9.highest,
        meaning=band.meaning,
        not_a_diagnosis=WORDS.get("not_a_diagnosis"),
    )
    assert outcome.answers == {"band": "mild"}
    async with person.reading() as tx:
        [kept] = await questionnaire_results(tx, USER_ID)
    assert (kept.questionnaire, kept.items, kept.total, kept.band) == (
        "phq9",
        (1, 1, 1, 1, 1, 1, 0, 0, 0),
        6,
        "mild",
    )


async def test_a_raised_safety_item_is_never_answered_with_only_a_score(person: Acting) -> None:
    outcome = await person.run(result, flow_id="phq9", **items(0, 0, 0, 0, 0, 0, 0, 0, 1))
    assert [reply.text for reply in outcome.replies][1:] == [WORDS.get("safety_after")]


async def test_how_often_the_who5_comes_back_is_kept_on_the_person(person: Acting) -> None:
    assert person.user is not None
    person.user = replace(person.user, prompt_time="20:00", measure_offered_at=NOW)
    outcome = await person.run(set_measure_repeat, every="14")
    assert outcome.answers == {"has_reminder": True}
    kept = await person.store.user(USER_ID)
    assert kept is not None
    assert (kept.measure_every_days, kept.measure_offered_at) == (14, None)
    await person.run(set_measure_repeat, every="off")
    kept = await person.store.user(USER_ID)
    assert kept is not None
    assert kept.measure_every_days is None


async def test_with_no_daily_prompt_it_says_there_is_no_reminder(person: Acting) -> None:
    outcome = await person.run(set_measure_repeat, every="28")
    assert outcome.answers == {"has_reminder": False}
