"""English as written in YAML, as a Fluent message: a template for a translator."""

from __future__ import annotations

import re

_FIELD = re.compile(r"\{([a-z_][a-z0-9_]*)(?:\|([^|{}]*)\|([^|{}]*))?\}|[{}]")
_SPECIAL_START = ("[", "*", ".")


def as_fluent(key: str, english: str) -> str:
    """Return ``key = …`` with English's ``{name}`` as ``{ $name }`` and ``{n|one|other}``
    as a plural selector; leading spaces and Fluent's special characters kept as literals."""
    lines = [_line(line) for line in english.split("\n")]
    return f"{key} =\n" + "\n".join(f"    {line}" if line else "" for line in lines) + "\n"


def _line(line: str) -> str:
    out = _FIELD.sub(_placeable, line)
    stripped = out.lstrip(" ")
    spaces = len(out) - len(stripped)
    if spaces:  # Fluent drops indentation: keep the spaces written
        out = '{ "' + " " * spaces + '" }' + stripped
    elif out.startswith(_SPECIAL_START):
        out = '{ "' + out[0] + '" }' + out[1:]
    if out.endswith(" "):
        trimmed = out.rstrip(" ")
        out = trimmed + '{ "' + " " * (len(out) - len(trimmed)) + '" }'
    return out


def _placeable(match: re.Match[str]) -> str:
    if match.group(1) is None:  # a brace written as itself
        return '{ "' + match.group(0) + '" }'
    if match.group(2) is None:
        return "{ $" + match.group(1) + " }"
    one, other = (_literal(word) for word in (match.group(2), match.group(3)))
    return "{ $" + match.group(1) + f" ->\n        [one] {one}\n       *[other] {other}\n    }}"


def _literal(word: str) -> str:
    return word if word.strip() == word and word else '{ "' + word + '" }'
