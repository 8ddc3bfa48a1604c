"""Lessons as data: every shipped lesson read end to end, broken files in flows check, and
a new lesson added as one file."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.app import App, check_flows, open_app
from bot.clock import ManualClock
from bot.engine.joining import MAX_WORDS, words_in
from bot.features.lessons import Lessons
from tests.chat import Chat, labels_of, text_of
from tests.conftest import ROOT, make_settings

SHIPPED = Lessons.load(ROOT / "data")


def test_four_to_six_lessons_ship_each_with_sources() -> None:
    assert SHIPPED.problems == []
    assert 4 <= len(SHIPPED.by_id) <= 6
    assert next(iter(SHIPPED.by_id.values())).title == "Why feelings go quiet"
    for lesson in SHIPPED.by_id.values():
        assert lesson.sources, lesson.id


@pytest.mark.parametrize("lesson", list(SHIPPED.by_id))
async def test_every_lesson_reads_to_the_end_and_back(chat: Chat, lesson: str) -> None:
    title = SHIPPED.by_id[lesson].title
    count = len(SHIPPED.by_id[lesson].screens)
    await chat.send("/learn")
    screens = [await chat.tap(title)]
    for _ in range(count - 1):
        screens.append(await chat.tap("Next"))
    for number, replies in enumerate(screens, start=1):
        said = text_of(replies)
        assert f"{title} ({number} of {count})" in said
        assert all(words_in(reply.text) <= MAX_WORDS for reply in replies)
    assert "Next" not in labels_of(screens[-1])
    assert f"({count - 1} of {count})" in text_of(await chat.tap("Back"))
    assert "Thank you for reading" in text_of(await chat.tap("Done"))


def test_no_lesson_diagnoses_or_promises() -> None:
    words = " ".join(s for lesson in SHIPPED.by_id.values() for s in lesson.screens).casefold()
    diagnoses = ["you have depression", "you have ptsd", "you are depressed", "you have a"]
    promises = ["you will feel", "will go away", "guarantee", "cure"]
    for said in [*diagnoses, *promises]:
        assert said not in words, said
    causes = " ".join(SHIPPED.by_id["what_can_cause_it"].screens)
    assert "Never stop or change a medicine on your own" in causes


GOOD = (ROOT / "data" / "lessons" / "what_helps.yaml").read_text(encoding="utf-8")


def problems_with(tmp_path: Path, text: str) -> list[str]:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    (data / "lessons" / "what_helps.yaml").write_text(text, encoding="utf-8")
    return [str(problem) for problem in check_flows(ROOT / "flows", data=data)]


@pytest.mark.parametrize(
    ("broken", "expected"),
    [
        (
            GOOD.replace("    Start with the body.", "    Start with the body. " + "more " * 90),
            "screen 2 is",
        ),
        (GOOD.replace("id: what_helps", "id: what_help"), "differs from the file name"),
        (GOOD.split("screens:")[0] + "screens:\n  - One screen only.\n", "screens: give 2 to 8"),
        (GOOD.replace("sources:", "sources: []\nx:"), "x"),
        (GOOD.replace("order: 4", "order: 0"), "order"),
    ],
    ids=["screen-too-long", "id-not-file-name", "one-screen", "unknown-key", "order-zero"],
)
def test_a_broken_lesson_is_a_clear_problem(tmp_path: Path, broken: str, expected: str) -> None:
    found = problems_with(tmp_path, broken)
    assert any("what_helps.yaml" in problem and expected in problem for problem in found), found


NEW = """
id: sleep
version: 1
order: 9
title: "Sleep and feelings"
sources:
  - {title: "Made up for a test", where: "tests"}
screens:
  - "First screen."
  - "Second screen."
"""


async def test_a_new_lesson_is_one_data_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    (data / "lessons" / "sleep.yaml").write_text(NEW, encoding="utf-8")
    # English is the one data file; each shipped language then lacks only its new texts.
    found = check_flows(ROOT / "flows", data=data)
    problems = [p.message for p in found if not p.warning]
    assert [message for message in problems if " is missing " not in message] == []
    assert problems  # the new file's texts, until they are translated
    settings = make_settings(tmp_path, RECONNECT_DATA_DIR=str(data))
    clock = ManualClock(datetime(2026, 11, 2, 9, tzinfo=UTC))
    async with open_app(settings, clock) as app:
        chat = Chat(app)
        await chat.consent()
        assert labels_of(await chat.send("/learn"))[-2:] == ["Sleep and feelings", "Not now"]
        assert "Sleep and feelings (1 of 2)" in text_of(await chat.tap("Sleep and feelings"))
        assert "Second screen." in text_of(await chat.tap("Next"))


async def test_a_lesson_put_aside_by_a_command_resumes_at_its_screen(app: App, chat: Chat) -> None:
    await chat.send("/learn")
    await chat.tap("What helps")
    await chat.tap("Next")
    await chat.send("/checkin")
    await chat.send("/cancel")
    said = text_of(await chat.send("/resume"))
    assert "What helps (2 of 5)" in said


async def test_lessons_ask_nothing_and_need_no_consent_first(stranger: Chat) -> None:
    replies = await stranger.send("/learn")
    assert "Why feelings go quiet" in labels_of(replies)
    assert "Why feelings go quiet (1 of 4)" in text_of(await stranger.tap("Why feelings go quiet"))


async def test_a_lesson_put_aside_is_named_as_a_lesson(chat: Chat) -> None:
    await chat.send("/learn")
    await chat.tap("What helps")
    said = text_of(await chat.through_a_crisis("I want to end my life"))
    assert "the lesson “What helps”" in said
