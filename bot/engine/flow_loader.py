"""Read flow files: safe YAML, validated into frozen types, every problem with file and line."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from bot.engine.flow_model import Flow
from bot.yamlfile import parse_yaml

Path_ = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in a flow file: where it is and what to change."""

    file: str
    line: int
    message: str
    warning: bool = False  # reported, but no reason to fail a check

    def __str__(self) -> str:
        severity = "warning: " if self.warning else ""
        return f"{self.file}:{self.line}: {severity}{self.message}"


@dataclass(frozen=True, slots=True)
class LoadedFlow:
    """A valid flow with where it came from, so later checks can name lines."""

    flow: Flow
    file: str
    lines: dict[Path_, int]

    def line(self, *path: str | int) -> int:
        """Return the line of the deepest part of ``path`` found in the file."""
        return line_of(self.lines, path)


def line_of(lines: dict[Path_, int], path: Path_) -> int:
    """Return the line of the deepest part of ``path`` that the index knows."""
    for end in range(len(path), 0, -1):
        found = lines.get(tuple(path[:end]))
        if found is not None:
            return found
    return 1


def read_yaml(file: Path) -> tuple[Any, dict[Path_, int]]:
    """Parse one YAML document with SafeLoader; return the data and a line for every path."""
    node, data = parse_yaml(file.read_text(encoding="utf-8"))
    lines: dict[Path_, int] = {}
    if node is not None:
        _index(node, (), lines)
    return data, lines


def _index(node: yaml.Node, path: Path_, lines: dict[Path_, int]) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: set[object] = set()
        for key_node, value_node in node.value:
            key = key_node.value
            if key in seen:  # YAML keeps the last silently: a step or a say lost unseen
                raise yaml.constructor.ConstructorError(
                    "in the mapping",
                    node.start_mark,
                    f"the key {key!r} appears twice (the second would replace the first)",
                    key_node.start_mark,
                )
            seen.add(key)
            _index(value_node, (*path, key), lines)
            lines[(*path, key)] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for position, item in enumerate(node.value):
            _index(item, (*path, position), lines)


def read_mapping(
    file: Path, what: str
) -> tuple[dict[str, Any] | None, dict[Path_, int], list[Problem]]:
    """Read a YAML file that must be a mapping (``what`` says of which keys); or its problem."""
    name = str(file)
    try:
        data, lines = read_yaml(file)
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark is not None else 1
        context = ""
        if error.context_mark is not None and error.context_mark.line + 1 != line:
            context = f" (in the part that starts at line {error.context_mark.line + 1})"
        message = f"bad YAML: {error.problem}{context}; check quotes, colons and indentation"
        return None, {}, [Problem(name, line, message)]
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        return None, {}, [Problem(name, 1, f"cannot read the file: {error}")]
    if not isinstance(data, dict):
        return None, lines, [Problem(name, 1, f"the file must be a mapping with {what}")]
    return data, lines, []


def validation_problems(
    name: str, lines: dict[Path_, int], error: ValidationError
) -> list[Problem]:
    """Return one problem, with its line, for each thing a validation found wrong."""
    return [_problem(name, lines, item) for item in error.errors()]


def load_file(file: Path) -> tuple[LoadedFlow | None, list[Problem]]:
    """Load and validate one flow file."""
    name = str(file)
    data, lines, problems = read_mapping(file, "id, version, steps")
    if data is None:
        return None, problems
    try:
        flow = Flow.model_validate(data)
    except ValidationError as error:
        return None, validation_problems(name, lines, error)
    return LoadedFlow(flow, name, lines), []


def _problem(name: str, lines: dict[Path_, int], item: Any) -> Problem:
    location = tuple(part for part in item["loc"] if not str(part).startswith("function-"))
    where = ".".join(str(part) for part in location) or "the file"
    kind = item["type"]
    if kind == "extra_forbidden":
        message = f"unknown key {location[-1]!r} at {where}: remove it or fix its spelling"
    elif kind == "missing":
        message = f"missing key {location[-1]!r} at {where}: add it"
    else:
        message = f"{where}: {item['msg']}"
    return Problem(name, line_of(lines, location), message)


def flow_files(path: Path) -> list[Path]:
    """Return the flow files under a folder (or the one file named)."""
    if path.is_file():
        return [path]
    return sorted([*path.glob("*.yaml"), *path.glob("*.yml")])


def load_all(paths: Iterable[Path]) -> tuple[dict[str, LoadedFlow], list[Problem]]:
    """Load every file; flows by id, and every problem found while reading them."""
    flows: dict[str, LoadedFlow] = {}
    problems: list[Problem] = []
    for file in paths:
        loaded, found = load_file(file)
        problems.extend(found)
        if loaded is None:
            continue
        previous = flows.get(loaded.flow.id)
        if previous is not None:
            problems.append(
                Problem(
                    loaded.file,
                    loaded.line("id"),
                    f"flow id {loaded.flow.id!r} is already used by {previous.file}; rename one",
                )
            )
            continue
        flows[loaded.flow.id] = loaded
    return flows, problems
