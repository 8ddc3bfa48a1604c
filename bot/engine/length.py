"""No message over about 120 words: find every text a person would read that is longer.

Flow steps' ``say`` texts and every text in the data catalogs (``data/*.yaml``) are counted
as written, each with its file and line. A long text fails the check wherever it is.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from bot.engine.flow_loader import LoadedFlow, Problem, read_yaml
from bot.engine.flow_model import Step
from bot.engine.joining import MAX_WORDS, words_in


def long_flow_texts(flows: Mapping[str, LoadedFlow]) -> list[Problem]:
    """Return a problem for every step whose message is over ``MAX_WORDS`` words: its own
    texts, and those of the steps it goes on to without asking, are one message."""
    problems: list[Problem] = []
    for loaded in flows.values():
        for name in loaded.flow.steps:
            words = _turn_words(loaded.flow.steps, name)
            if words > MAX_WORDS:
                problems.append(_too_long(loaded.file, loaded.line("steps", name, "say"), words))
    return problems


def _turn_words(steps: Mapping[str, Step], name: str) -> int:
    """Return the words said from entering a step up to the next question or end."""
    words, seen = 0, set()
    while name in steps and name not in seen:
        seen.add(name)
        step = steps[name]
        words += sum(words_in(text) for text in step.say)
        if step.ask is not None or step.end or step.flow or step.call or step.branch:
            break
        name = step.next or ""
    return words


def long_data_texts(folder: Path) -> list[Problem]:
    """Return a problem for every text in ``folder/*.yaml`` over ``MAX_WORDS`` words."""
    problems: list[Problem] = []
    for file in sorted(folder.glob("*.yaml")):
        data, lines = read_yaml(file)
        for path, text in _strings(data, ()):
            if words_in(text) > MAX_WORDS:
                line = lines.get(path, 1)
                problems.append(_too_long(str(file), line, words_in(text)))
    return problems


def _strings(
    data: Any, path: tuple[str | int, ...]
) -> Iterator[tuple[tuple[str | int, ...], str]]:
    if isinstance(data, str):
        yield path, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, (*path, key))
    elif isinstance(data, list):
        for position, value in enumerate(data):
            yield from _strings(value, (*path, position))


def _too_long(file: str, line: int, words: int) -> Problem:
    return Problem(
        file,
        line,
        f"text is {words} words; keep a message under {MAX_WORDS}: split it into short steps "
        "with a 'Tell me more' button",
    )
