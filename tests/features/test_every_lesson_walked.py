"""Every lesson read end to end as a person would: chosen from /learn by its title, each
screen in turn with its heading and its own words, Next to the last, then Done."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.features.lessons.loading import load_lessons
from tests.chat import Chat, labels_of, text_of
from tests.conftest import ROOT

LESSONS, PROBLEMS = load_lessons(ROOT / "data")


def test_the_shipped_lessons_load() -> None:
    assert PROBLEMS == []
    assert len(LESSONS) >= 5


@pytest.mark.parametrize("lesson_id", sorted(LESSONS))
async def test_a_lesson_is_read_from_its_first_screen_to_done(app: App, lesson_id: str) -> None:
    lesson = LESSONS[lesson_id].lesson
    chat = Chat(app)
    assert lesson.title in labels_of(await chat.send("/learn"))
    replies = await chat.tap(lesson.title)
    count = len(lesson.screens)
    for number, screen in enumerate(lesson.screens, start=1):
        said = text_of(replies)
        assert f"{lesson.title} ({number} of {count})" in said
        assert " ".join(screen.split())[:60] in " ".join(said.split())
        expected = (["Next"] if number < count else []) + (["Back"] if number > 1 else [])
        assert labels_of(replies) == [*expected, "Done"]
        if number < count:
            replies = await chat.tap("Next")
    assert "Thank you for reading" in text_of(await chat.tap("Done"))
