"""The terminal's own words: what it says around the conversation, and Telegram's words
(tap, Telegram's caveats) said its way, from ``data/console.yaml``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bot.engine import Texts
from bot.engine.texts import key
from bot.yamlfile import read_yaml_file

WORDS = frozenset({"banner", "bye", "saved_file"})


@dataclass(frozen=True, slots=True)
class TerminalWords:
    """The terminal's messages, and the phrases it says instead of Telegram's."""

    texts: Texts
    instead: tuple[tuple[re.Pattern[str], str], ...]

    @classmethod
    def load(cls, file: Path) -> TerminalWords:
        """Read the messages and the ``instead`` pairs; fail naming what is wrong."""
        data = read_yaml_file(file)
        if not isinstance(data, dict):
            raise ValueError(f"{file}: expected a mapping")
        pairs = data.pop("instead", [])
        if not isinstance(pairs, list) or not all(
            isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)
            for pair in pairs
        ):
            raise ValueError(f"{file}: 'instead' is a list of [Telegram's words, the terminal's]")
        if not all(isinstance(value, str) for value in data.values()):
            raise ValueError(f"{file}: expected a mapping of names to messages")
        missing = sorted(WORDS - data.keys())
        if missing:
            raise ValueError(f"{file}: add the messages {', '.join(missing)}")
        compiled = tuple((_whole(said), instead) for said, instead in pairs)
        return cls(Texts(data, key("data", file.stem)), compiled)

    def get(self, key: str, /, **values: object) -> str:
        """Return one of the terminal's own messages."""
        return self.texts.get(key, **values)

    def reword(self, text: str) -> str:
        """Return a text with Telegram's words said the terminal's way."""
        for pattern, instead in self.instead:
            text = pattern.sub(instead.replace("\\", "\\\\"), text)
        return text


def _whole(phrase: str) -> re.Pattern[str]:
    """Match a phrase only as whole words (``tap``, not ``tapestry``)."""
    start = r"\b" if phrase[:1].isalnum() else ""
    end = r"\b" if phrase[-1:].isalnum() else ""
    return re.compile(start + re.escape(phrase) + end)
