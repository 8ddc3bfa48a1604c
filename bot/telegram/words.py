"""The Telegram channel's own words, read from data/telegram.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.engine.texts import render
from bot.yamlfile import read_yaml_file


@dataclass(frozen=True, slots=True)
class ChannelWords:
    """The group notice, the answered-button format and the command menu."""

    private_only: str
    answered: str
    commands: dict[str, str]

    @classmethod
    def load(cls, file: Path) -> ChannelWords:
        """Read the channel's words, failing with the file's name if any are missing."""
        data = read_yaml_file(file)
        try:
            return cls(
                private_only=str(data["private_only"]),
                answered=str(data["answered"]),
                commands={str(k): str(v) for k, v in dict(data["commands"]).items()},
            )
        except (KeyError, TypeError) as error:
            raise ValueError(f"{file}: needs private_only, answered and commands") from error

    def answered_text(self, question: str, answer: str) -> str:
        """Return the question with the chosen answer beneath it."""
        return render(self.answered, {"question": question, "answer": answer})
