"""Reading the YAML the bot ships: PyYAML's safe loading, parsed by libyaml where PyYAML
was built with it (about ten times faster: flows, words, rules and data are read at every
start, and the pure-Python parser was most of a start's second)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

# The same constructor and resolver as yaml.SafeLoader, over libyaml's parser.
SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """Return the data of one YAML document, as yaml.safe_load would."""
    return yaml.load(text, Loader=SafeLoader)  # noqa: S506 - a safe loader


def read_yaml_file(file: Path) -> Any:
    """Return the data of the YAML document in ``file`` (UTF-8)."""
    return load_yaml(file.read_text(encoding="utf-8"))
