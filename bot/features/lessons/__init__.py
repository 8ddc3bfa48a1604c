"""Short lessons on what detachment is, as data: files in data/lessons/, read a screen at a
time (Next, Back, Done) from /learn. A new lesson is one file and no Python."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.engine.flow_loader import LoadedFlow, Problem
from bot.engine.flow_model import Flow
from bot.engine.texts import Texts
from bot.features.feature import Feature, registers_nothing
from bot.features.lessons.flows import WORDS, build_flows
from bot.features.lessons.loading import LoadedLesson, load_lessons
from bot.features.lessons.model import Lesson

__all__ = ["FEATURE", "WORDS_FILE", "Lesson", "Lessons"]

WORDS_FILE = "learn.yaml"  # the runner's own words, in the data folder


@dataclass(frozen=True, slots=True)
class Lessons:
    """The lessons under a data folder, the runner's words, and what is wrong."""

    loaded: dict[str, LoadedLesson]
    words: Texts
    problems: list[Problem]

    @classmethod
    def load(cls, data: Path) -> Lessons:
        """Load every lesson file and the runner's words from a data folder."""
        loaded, problems = load_lessons(data)
        words = data / WORDS_FILE
        if words.exists():
            return cls(loaded, Texts.load(words, WORDS), problems)
        if loaded:
            problems.append(Problem(str(words), 1, "the lessons' words are missing: add it"))
        return cls({}, Texts({}), problems)

    @property
    def by_id(self) -> dict[str, Lesson]:
        """Return the valid lessons by id, in their order."""
        return {lid: item.lesson for lid, item in self.loaded.items()}

    def flows(self) -> dict[str, Flow]:
        """Return the flow of each lesson, and of /learn."""
        return build_flows(self.by_id, self.words)

    def loaded_flows(self) -> dict[str, LoadedFlow]:
        """Return the flows with the file each comes from, for the flows check."""
        files = {lid: item.file for lid, item in self.loaded.items()}
        menu = str(next(iter(files.values()), WORDS_FILE))
        return {
            flow_id: LoadedFlow(flow, files.get(flow_id, menu), {})
            for flow_id, flow in self.flows().items()
        }


FEATURE = Feature("lessons", registers_nothing, flows=Lessons.load)
