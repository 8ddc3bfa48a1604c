"""Reading the YAML the bot ships: PyYAML's safe loading, parsed by libyaml where PyYAML
was built with it (about ten times faster: flows, words, rules and data are read at every
start, and the pure-Python parser was most of a start's second).

Where libyaml finds a file broken, the file is read again by PyYAML's own parser, whose
words say more (it names a tab where libyaml says "a character"). libyaml is a little
more lenient (a tab after a key's colon); every shipped file reads the same both ways
(tests/test_yaml_files.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

# The same constructor and resolver as yaml.SafeLoader, over libyaml's parser.
SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _parse(text: str, loader_class: type[yaml.SafeLoader]) -> tuple[yaml.Node | None, Any]:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        return node, loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()


def parse_yaml(text: str) -> tuple[yaml.Node | None, Any]:
    """Return the node tree (with each node's line) and the data of one YAML document;
    a broken one raises PyYAML's own error."""
    try:
        return _parse(text, SafeLoader)
    except yaml.YAMLError:
        if SafeLoader is yaml.SafeLoader:
            raise
        return _parse(text, yaml.SafeLoader)  # its words for what is wrong, or the data


def load_yaml(text: str) -> Any:
    """Return the data of one YAML document, as yaml.safe_load would."""
    return parse_yaml(text)[1]


def read_yaml_file(file: Path) -> Any:
    """Return the data of the YAML document in ``file`` (UTF-8)."""
    return load_yaml(file.read_text(encoding="utf-8"))
