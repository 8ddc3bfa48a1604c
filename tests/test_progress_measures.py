"""/progress for questionnaires: a chart of each measure over time, its band in plain words,
"not a diagnosis", and a WHO-5 change of 10 points called out as meaningful."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.app import App
from bot.clock import ManualClock
from bot.engine import Texts
from bot.features.progress import actions as progress
from bot.features.progress import measures
from bot.features.questionnaires import Questionnaires
from bot.features.questionnaires.records import QuestionnaireResult
from bot.features.questionnaires.records import keep as keep_result
from tests.chat import Chat, labels_of, text_of
from tests.conftest import ROOT
from tests.test_progress import png_size

QUESTIONNAIRES = Questionnaires.load(ROOT / "data").by_id
WORDS = Texts.load(ROOT / "data" / "progress.yaml", progress.WORDS)


async def add_result(
    app: App, chat: Chat, clock: ManualClock, name: str, total: int, days_ago: int
) -> None:
    at = clock.now() - timedelta(days=days_ago)
    async with app.store.transaction() as tx:
        result = QuestionnaireResult(at, at.date(), name, (), total, "")
        await keep_result(tx, chat.user_id, result)


@pytest.mark.parametrize(
    ("before", "after", "said"),
    [
        (40, 52, "went up by 12 points since 19 Oct. A change of 10 or more is meaningful"),
        (40, 50, "went up by 10 points"),
        (52, 40, "went down by 12 points since 19 Oct. A change of 10 or more is meaningful"),
        (52, 44, "moved by 8 points since 19 Oct, within the 10 points"),
        (52, 48, "moved by 4 points"),
    ],
)
async def test_a_who5_change_of_10_points_is_called_meaningful(
    app: App, chat: Chat, clock: ManualClock, before: int, after: int, said: str
) -> None:
    await add_result(app, chat, clock, "who5", before, days_ago=14)
    await add_result(app, chat, clock, "who5", after, days_ago=0)
    await chat.send("/progress")
    replies = await chat.tap("Show my questionnaires")
    assert said in text_of(replies)
    assert "This is not a diagnosis" in text_of(replies)


async def test_each_measure_is_drawn_with_its_latest_band_in_plain_words(
    app: App, chat: Chat, clock: ManualClock
) -> None:
    await add_result(app, chat, clock, "phq9", 14, days_ago=20)
    await add_result(app, chat, clock, "phq9", 8, days_ago=3)
    await add_result(app, chat, clock, "gad7", 16, days_ago=2)
    await add_result(app, chat, clock, "phq2", 1, days_ago=1)  # a short form: not drawn
    replies = await chat.send("/progress")
    assert "nothing to show yet" in text_of(replies)  # no check-ins
    assert labels_of(replies) == ["Show my questionnaires", "Not now"]
    replies = await chat.tap("Show my questionnaires")
    said = text_of(replies)
    assert "PHQ-9: 8 out of 27 on 30 Oct (mild: some signs of low mood), 2 times so far" in said
    assert "GAD-7: 16 out of 21 on 31 Oct (severe: talk to a doctor soon)" in said
    assert "PHQ-2" not in said
    assert "went up" not in said  # the PHQ-9 file names no meaningful change
    (chart,) = [reply.attachment for reply in replies if reply.attachment is not None]
    width, height = png_size(chart.content)
    assert (width, height) == (1000, 500)  # two panels side by side


async def test_without_questionnaires_progress_offers_none(chat: Chat) -> None:
    replies = await chat.send("/progress")
    assert "Show my questionnaires" not in labels_of(replies)


async def test_only_a_short_form_is_not_offered_as_a_chart(
    app: App, chat: Chat, clock: ManualClock
) -> None:
    await add_result(app, chat, clock, "phq2", 1, days_ago=1)
    assert "Show my questionnaires" not in labels_of(await chat.send("/progress"))


def test_the_first_result_asks_to_answer_again_to_see_it_move() -> None:
    at = datetime(2026, 11, 2, 9, tzinfo=UTC)
    result = QuestionnaireResult(at, at.date(), "who5", (), 24, "low")
    said = measures.summarise({"who5": [result]}, QUESTIONNAIRES, WORDS)
    assert "WHO-5: 24 out of 100 on 2 Nov (low: worth talking to a doctor)" in said
    assert "Answer it again in two weeks" in said
    assert said.endswith("a doctor or therapist.")


async def test_two_on_one_day_are_compared_as_that_day(
    app: App, chat: Chat, clock: ManualClock
) -> None:
    await add_result(app, chat, clock, "who5", 20, days_ago=0)
    await add_result(app, chat, clock, "who5", 64, days_ago=0)
    await chat.send("/progress")
    said = text_of(await chat.tap("Show my questionnaires"))
    assert "went up by 44 points since the one earlier that day" in said
