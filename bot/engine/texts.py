"""The engine's own words (re-asks, stale buttons, resume offers), read from data/."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from bot.yamlfile import read_yaml_file

# ``{name}``, or ``{name|one|other}``: the word that fits the number (``{count|entry|entries}``).
_FIELD = re.compile(r"\{([a-z_][a-z0-9_]*)(?:\|([^|{}]*)\|([^|{}]*))?\}")
WHEEL = "wheel"  # the emotion wheel's flow: a feeling it named is shown as its button reads

REQUIRED = frozenset(
    {
        "reask_choice",
        "reask_scale",
        "reask_assent",
        "reask_scale_unsure",
        "reask_back",
        "reask_choice_said",
        "reask_careful",
        "reask_choice_careful",
        "reask_score",
        "reask_lost",
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
        "heard_heavy",
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


_NOT_IN_KEY = re.compile(r"[^A-Za-z0-9_-]")


def key(*parts: str | int) -> str:
    """Return a text's key from its place (docs/languages.md): the parts joined with ``-``."""
    text = "-".join(_NOT_IN_KEY.sub("_", str(part)) for part in parts)
    return text if text[:1].isalpha() else f"k{text}"


def say_key(flow_id: str, step_id: str, position: int, count: int) -> str:
    """Return the key of a step's ``say`` text (numbered from 1 when there are several)."""
    if count == 1:
        return key(flow_id, step_id, "say")
    return key(flow_id, step_id, "say", position + 1)


def option_key(flow_id: str, step_id: str, value: str) -> str:
    """Return the key of an option's label, named by its value."""
    return key(flow_id, step_id, "option", value)


def result_key(questionnaire: str, part: str, field: str) -> str:
    """Return the key of the words of a questionnaire's result: a band's ``meaning`` or
    ``summary`` (``part`` is the band's id), or its short form's ``below``."""
    return key("data", "questionnaires", questionnaire, part, field)


class Lookup(Protocol):
    """Where a text in the person's language comes from (``bot.i18n.Words``)."""

    def text(self, language: str, key: str, english: str, values: Mapping[str, object]) -> str:
        """Return the text at ``key`` in ``language``, ``english`` being its source."""
        ...

    def language(self, code: str) -> str:
        """Return the language spoken for a language code ("pt-br" -> "pt-BR"; en if none)."""
        ...


@dataclass(frozen=True, slots=True)
class Speaking:
    """The language of the turn being handled, and the lookup that speaks it."""

    language: str
    lookup: Lookup


# Set by the engine around each turn, so every text said in it, by the walker, the engine or
# a feature's action, is looked up in the person's language without passing it everywhere.
_SPEAKING: ContextVar[Speaking | None] = ContextVar("speaking", default=None)


@contextmanager
def speaking(language: str, lookup: Lookup | None) -> Iterator[None]:
    """Say every text in ``language`` while inside (English as written if no lookup)."""
    token = _SPEAKING.set(Speaking(language, lookup) if lookup is not None else None)
    try:
        yield
    finally:
        _SPEAKING.reset(token)


def speak(language: str) -> None:
    """Speak ``language`` for the rest of this turn: the person's own choice over their app's."""
    current = _SPEAKING.get()
    if current is not None:  # the engine's ``speaking`` puts back what was before the turn
        _SPEAKING.set(Speaking(language, current.lookup))


def spoken() -> str | None:
    """Return the language spoken in this turn ("pt-br" from the app is "pt-BR"; a language
    not shipped is "en"), or None outside a turn."""
    current = _SPEAKING.get()
    return current.lookup.language(current.language) if current is not None else None


def say(key: str, english: str, values: Mapping[str, object]) -> str:
    """Return the text at ``key`` in the language of this turn, filled in with ``values``;
    outside a turn, or in English, the English as written."""
    current = _SPEAKING.get()
    if current is None:
        return render(english, values)
    return current.lookup.text(current.language, key, english, _feeling_shown(current, values))


def _feeling_shown(current: Speaking, values: Mapping[str, object]) -> Mapping[str, object]:
    """Return the values with a feeling of the emotion wheel (stored as its English value,
    "lonely", beside its family, "sad") as its button reads in this language («Одиночество»)."""
    feeling, family = values.get("feeling"), values.get("family")
    if not feeling or not family:
        return values
    word, language = str(feeling), current.language
    shown = current.lookup.text(language, option_key(WHEEL, f"{family}_words", word), word, {})
    if shown == word:  # a word typed that is no button of the wheel ("anxious"): its family's
        shown = current.lookup.text(language, option_key(WHEEL, "feeling", str(family)), word, {})
    return {**values, "feeling": shown}


@dataclass(frozen=True, slots=True)
class Texts:
    """A named set of messages; ``get`` fills in values, in the language of the turn."""

    messages: Mapping[str, str]
    prefix: str = ""  # the key of the file they are read from: "data-engine"

    @classmethod
    def load(cls, file: Path, required: frozenset[str] = REQUIRED) -> Texts:
        """Read a YAML mapping of names to messages; fail naming what is missing."""
        data = read_yaml_file(file)
        if not isinstance(data, dict) or not all(
            isinstance(key, str) and isinstance(value, str) for key, value in data.items()
        ):
            raise ValueError(f"{file}: expected a mapping of names to messages")
        missing = sorted(required - data.keys())
        if missing:
            raise ValueError(f"{file}: add the messages {', '.join(missing)}")
        return cls(data, key("data", file.stem))

    def get(self, name: str, /, **values: object) -> str:
        """Return a message with its fields filled in."""
        if not self.prefix:
            return render(self.messages[name], values)
        return say(f"{self.prefix}-{name}", self.messages[name], values)
