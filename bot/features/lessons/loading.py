"""Read lesson files: safe YAML, validated, every problem with file and line."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from bot.engine.flow_loader import Problem, line_of, read_mapping, validation_problems
from bot.features.lessons.model import Lesson

FOLDER = "lessons"  # under the data folder: one <id>.yaml per lesson
WHOLE_FILE = re.compile(r"the file: Value error, ([a-z_]+): (.*)", re.DOTALL)


@dataclass(frozen=True, slots=True)
class LoadedLesson:
    """A valid lesson and the file it came from."""

    lesson: Lesson
    file: str


def load_lesson(file: Path) -> tuple[LoadedLesson | None, list[Problem]]:
    """Load and validate one lesson file."""
    name = str(file)
    data, lines, problems = read_mapping(file, "id, title, sources, screens")
    if data is None:
        return None, problems
    try:
        lesson = Lesson.model_validate(data)
    except ValidationError as error:
        found = []
        for problem in validation_problems(name, lines, error):
            whole = WHOLE_FILE.match(problem.message)
            if whole is not None:  # a problem across the file, put at the key it names
                key, message = whole.group(1), whole.group(2)
                problem = Problem(name, line_of(lines, (key,)), f"{key}: {message}")
            found.append(problem)
        return None, found
    if lesson.id != file.stem:
        message = f"id {lesson.id!r} differs from the file name: call it {file.stem!r}"
        return None, [Problem(name, line_of(lines, ("id",)), message)]
    return LoadedLesson(lesson, name), []


def load_lessons(data: Path) -> tuple[dict[str, LoadedLesson], list[Problem]]:
    """Load every lesson under a data folder, in their order; with every problem found."""
    found: list[LoadedLesson] = []
    problems: list[Problem] = []
    for file in sorted((data / FOLDER).glob("*.yaml")):
        loaded, wrong = load_lesson(file)
        problems += wrong
        if loaded is not None:
            found.append(loaded)
    found.sort(key=lambda item: (item.lesson.order, item.lesson.id))
    return {item.lesson.id: item for item in found}, problems
