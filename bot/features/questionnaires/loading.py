"""Read questionnaire files: safe YAML, validated, every problem with file and line."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from bot.engine.flow_loader import Path_, Problem, line_of, read_mapping, validation_problems
from bot.features.questionnaires.model import Questionnaire

WHOLE_FILE = re.compile(r"the file: Value error, ([a-z_]+): (.*)", re.DOTALL)
FOLDER = "questionnaires"  # under the data folder: one <id>.yaml per questionnaire


@dataclass(frozen=True, slots=True)
class LoadedQuestionnaire:
    """A valid questionnaire with where it came from."""

    questionnaire: Questionnaire
    file: str
    lines: dict[Path_, int]

    def line(self, *path: str | int) -> int:
        """Return the line of the deepest part of ``path`` found in the file."""
        return line_of(self.lines, path)


def questionnaire_files(data: Path) -> list[Path]:
    """Return the questionnaire files under a data folder."""
    return sorted((data / FOLDER).glob("*.yaml"))


def load_questionnaire(file: Path) -> tuple[LoadedQuestionnaire | None, list[Problem]]:
    """Load and validate one questionnaire file."""
    name = str(file)
    data, lines, problems = read_mapping(file, "id, name, options, items, bands")
    if data is None:
        return None, problems
    try:
        questionnaire = Questionnaire.model_validate(data)
    except ValidationError as error:
        return None, [
            _placed(problem, lines) for problem in validation_problems(name, lines, error)
        ]
    loaded = LoadedQuestionnaire(questionnaire, name, lines)
    if questionnaire.id != file.stem:
        message = f"id {questionnaire.id!r} differs from the file name: call it {file.stem!r}"
        return None, [Problem(name, loaded.line("id"), message)]
    return loaded, []


def _placed(problem: Problem, lines: dict[Path_, int]) -> Problem:
    """Put a problem found across the file ("bands: ...") at the line of the key it names."""
    found = WHOLE_FILE.match(problem.message)
    if found is None:
        return problem
    key, message = found.group(1), found.group(2)
    return Problem(problem.file, line_of(lines, (key,)), f"{key}: {message}")


def load_questionnaires(data: Path) -> tuple[dict[str, LoadedQuestionnaire], list[Problem]]:
    """Load every questionnaire under a data folder; by id, with every problem found."""
    found: dict[str, LoadedQuestionnaire] = {}
    problems: list[Problem] = []
    for file in questionnaire_files(data):
        loaded, wrong = load_questionnaire(file)
        problems += wrong
        if loaded is not None:
            found[loaded.questionnaire.id] = loaded
    short_ids = {
        q.questionnaire.short_form.id: q for q in found.values() if q.questionnaire.short_form
    }
    for loaded in found.values():
        questionnaire = loaded.questionnaire
        if questionnaire.id in short_ids:
            other = short_ids[questionnaire.id].file
            problems.append(
                Problem(loaded.file, loaded.line("id"), f"id is a short form's id in {other}")
            )
        for position, band in enumerate(questionnaire.bands):
            if band.offer is not None and band.offer not in found:
                problems.append(
                    Problem(
                        loaded.file,
                        loaded.line("bands", position, "offer"),
                        f"band {band.id!r} offers {band.offer!r}: no questionnaire has that id",
                    )
                )
    return found, problems
