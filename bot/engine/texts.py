"""The engine's own words (re-asks, stale buttons, resume offers), read from data/."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

# ``{name}``, or ``{name|one|other}``: the word that fits the number (``{count|entry|entries}``).
_FIELD = re.compile(r"\{([a-z_][a-z0-9_]*)(?:\|([^|{}]*)\|([^|{}]*))?\}")

REQUIRED = frozenset(
    {
        "reask_choice",
        "reask_scale",
        "text_too_long",
        "text_kept_part",
        "stale_button",
        "cancelled",
        "nothing_to_cancel",
        "resume_offer",
        "after_safety_question",
        "resume_yes",
        "resume_no",
        "resumed",
        "nothing_to_resume",
        "left_for_later",
        "flow_updated",
        "flow_gone",
        "unknown_command",
        "use_draft",
        "draft_kept",
        "unsupported",
        "welcome_back",
        "idle_text",
        "already_here",
        "emoji_read_as",
        "feeling_heard",
        "lesson_mid_flow",
        "something_went_wrong",
        "scale_hint",
        "consent_first",
        "consent_declined",
    }
)


def fields_in(template: str) -> set[str]:
    """Return the names of the ``{name}`` fields a template fills."""
    return {match.group(1) for match in _FIELD.finditer(template)}


def render(template: str, values: Mapping[str, object]) -> str:
    """Fill ``{name}`` fields from values, and ``{name|one|other}`` with the word that fits
    the number; unknown names stay as written."""

    def field(match: re.Match[str]) -> str:
        value = values.get(match.group(1))
        if value is None:
            return match.group(0)
        if match.group(2) is not None:
            return match.group(2) if value == 1 else match.group(3)
        return str(value)

    return _FIELD.sub(field, template)


@dataclass(frozen=True, slots=True)
class Texts:
    """A named set of messages; ``get`` fills in values."""

    messages: Mapping[str, str]

    @classmethod
    def load(cls, file: Path, required: frozenset[str] = REQUIRED) -> Texts:
        """Read a YAML mapping of names to messages; fail naming what is missing."""
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not all(
            isinstance(key, str) and isinstance(value, str) for key, value in data.items()
        ):
            raise ValueError(f"{file}: expected a mapping of names to messages")
        missing = sorted(required - data.keys())
        if missing:
            raise ValueError(f"{file}: add the messages {', '.join(missing)}")
        return cls(data)

    def get(self, key: str, /, **values: object) -> str:
        """Return a message with its fields filled in."""
        return render(self.messages[key], values)
