"""Validated questionnaires (PHQ-9, GAD-7, WHO-5) as data: files in data/questionnaires/,
run as flows, scored, kept sealed. A new questionnaire is one file and no Python."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from bot.engine.actions import ActionRegistry
from bot.engine.flow_loader import LoadedFlow, Problem
from bot.engine.flow_model import Flow
from bot.engine.texts import Texts
from bot.features.feature import Feature, Needs
from bot.features.questionnaires.actions import check_short_form, save_result
from bot.features.questionnaires.flows import RESULT, SHORT_FORM, WORDS, build_flows
from bot.features.questionnaires.kept import KEPT
from bot.features.questionnaires.loading import LoadedQuestionnaire, load_questionnaires
from bot.features.questionnaires.model import Questionnaire
from bot.features.questionnaires.repeat import EVERY, set_measure_repeat

__all__ = ["FEATURE", "WORDS_FILE", "Questionnaire", "Questionnaires"]

WORDS_FILE = "measure.yaml"  # the runner's own words, in the data folder


@dataclass(frozen=True, slots=True)
class Questionnaires:
    """The questionnaires under a data folder, the runner's words, and what is wrong."""

    loaded: dict[str, LoadedQuestionnaire]
    words: Texts
    problems: list[Problem]

    @classmethod
    def load(cls, data: Path) -> Questionnaires:
        """Load every questionnaire file and the runner's words from a data folder."""
        loaded, problems = load_questionnaires(data)
        words = data / WORDS_FILE
        if words.exists():
            return cls(loaded, Texts.load(words, WORDS), problems)
        if loaded:  # questionnaires with no words to run them by
            problems.append(Problem(str(words), 1, "the runner's words are missing: add it"))
        return cls({}, Texts({}), problems)

    @property
    def by_id(self) -> dict[str, Questionnaire]:
        """Return the valid questionnaires by id."""
        return {qid: item.questionnaire for qid, item in self.loaded.items()}

    def flows(self) -> dict[str, Flow]:
        """Return the flow of each questionnaire, and of /measure."""
        return build_flows(self.by_id, self.words)

    def loaded_flows(self) -> dict[str, LoadedFlow]:
        """Return the flows with the file each comes from, for the flows check."""
        files = {qid: item.file for qid, item in self.loaded.items()}
        menu = str(next(iter(files.values()), WORDS_FILE))
        return {
            flow_id: LoadedFlow(flow, files.get(flow_id, menu), {})
            for flow_id, flow in self.flows().items()
        }

    def register(self, registry: ActionRegistry) -> None:
        """Register the runner's actions, bound to these questionnaires and words."""
        questionnaires, words = self.by_id, self.words
        registry.register(SHORT_FORM, provides=["going_on"])(
            partial(check_short_form, questionnaires=questionnaires, words=words)
        )
        registry.register(RESULT, provides=["band"])(
            partial(save_result, questionnaires=questionnaires, words=words)
        )
        registry.register(
            "set_measure_repeat", provides=["has_reminder"], reads={"every": set(EVERY)}
        )(set_measure_repeat)


def register(registry: ActionRegistry, needs: Needs) -> None:
    """Register the runner's actions over the questionnaires in the data folder."""
    Questionnaires.load(needs.data_dir).register(registry)


FEATURE = Feature("questionnaires", register, KEPT, flows=Questionnaires.load)
