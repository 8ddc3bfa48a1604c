"""Every English text a person can read, named by its place (docs/languages.md)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

from bot.engine.flow_model import Flow, Step
from bot.engine.texts import key, option_key, result_key, say_key
from bot.yamlfile import read_yaml_file

# Data files that hold no words to translate: what people type is read per language in
# answers.yaml; country names come from Babel.
NOT_WORDS = frozenset({"answers", "countries_by_language", "places"})
# Data files of which only these fields are words: helpline names are the services' own
# (own_name, and a proper name), numbers and keywords ("HOME to 741741") are what is dialled
# or sent.
WORDS_ONLY = {"helplines": frozenset({"hours", "note", "emergency_note"})}
# ...and a field of an entry that says so: a helpline's name that is an English description
# ("National children's helpline", ``descriptive: true``), not the service's name.
WORDS_IF = {"helplines": {"name": "descriptive"}}
# Fields of data files that are ids, sources or formats, never read by a person.
NOT_WORDS_FIELDS = frozenset(
    {
        "version",
        "source",
        "sources",
        "id",
        "web",
        "url",
        "lesson",
        "flow",
        "date_format",
        "resources",
    }
)


def flow_texts(flows: Mapping[str, Flow]) -> dict[str, str]:
    """Return every English text of the flows by its key."""
    texts: dict[str, str] = {}
    for flow in flows.values():
        texts[key(flow.id, "title")] = flow.title
        if flow.description:
            texts[key(flow.id, "description")] = flow.description
        for step_id, step in flow.steps.items():
            texts.update(_step_texts(flow.id, step_id, step))
    return texts


def _step_texts(flow_id: str, step_id: str, step: Step) -> Iterator[tuple[str, str]]:
    for position, text in enumerate(step.say):
        yield say_key(flow_id, step_id, position, len(step.say)), text
    ask = step.ask
    if ask is None:
        return
    for option in ask.choice or ():
        yield option_key(flow_id, step_id, option.value), option.label
    if ask.scale is not None:
        if ask.scale.low:
            yield key(flow_id, step_id, "low"), ask.scale.low
        if ask.scale.high:
            yield key(flow_id, step_id, "high"), ask.scale.high
    if ask.text is not None:
        if ask.text.skip:
            yield key(flow_id, step_id, "skip"), ask.text.skip
        for position, text in enumerate(ask.text.suggest):
            yield key(flow_id, step_id, "suggest", position + 1), text


def data_texts(folder: Path) -> dict[str, str]:
    """Return every English text of the data files (``folder/*.yaml``) by its key, and
    the words of the questionnaires' results (``folder/questionnaires``)."""
    texts: dict[str, str] = dict(questionnaire_texts(folder / "questionnaires"))
    for file in sorted(folder.glob("*.yaml")):
        if file.stem in NOT_WORDS:
            continue
        data = read_yaml_file(file)
        only = WORDS_ONLY.get(file.stem)
        when = WORDS_IF.get(file.stem, {})
        for path, text in _strings(data, ()):
            said = path[-1] in when and _at(data, path[:-1]).get(when[str(path[-1])]) is True
            if only is None or path[-1] in only or said:
                texts[key("data", file.stem, *path)] = text
    return texts


def _at(data: Any, path: tuple[str | int, ...]) -> Any:
    """Return what is at ``path`` in data read from YAML (an entry holding a field)."""
    for step in path:
        data = data[step]
    return data


def _strings(
    data: Any, path: tuple[str | int, ...]
) -> Iterator[tuple[tuple[str | int, ...], str]]:
    if isinstance(data, str):
        if data.strip():
            yield path, data
    elif isinstance(data, dict):
        for name, value in data.items():
            if str(name) not in NOT_WORDS_FIELDS:
                yield from _strings(value, (*path, str(name)))
    elif isinstance(data, list):
        for position, value in enumerate(data):
            yield from _strings(value, (*path, position))


def questionnaire_texts(folder: Path) -> Iterator[tuple[str, str]]:
    """Yield what a questionnaire's result says in words, by key (its items and answers are
    texts of the flows made from it): each band's meaning and summary, and what a short
    form's score below its threshold means."""
    for file in sorted(folder.glob("*.yaml")):
        try:
            data = read_yaml_file(file)
        except yaml.YAMLError:
            continue  # the questionnaires' own check says what is wrong with the file
        if not isinstance(data, dict) or not isinstance(data.get("id"), str):
            continue
        for band in data.get("bands") or ():
            for field in ("meaning", "summary"):
                if isinstance(band, dict) and band.get("id") and band.get(field):
                    yield result_key(data["id"], str(band["id"]), field), str(band[field])
        short = data.get("short_form")
        if isinstance(short, dict) and short.get("below"):
            yield result_key(data["id"], "short_form", "below"), str(short["below"])
