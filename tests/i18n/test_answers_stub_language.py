"""A language's own answer words come from its folder alone (a stub language in a temp folder),
and a yes or no on the crisis path is never missed, whatever language someone is spoken to in."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.engine.answers import match_option
from bot.engine.flow_model import Option
from bot.engine.vocabulary import Vocabulary

DATA = Path(__file__).resolve().parents[2] / "data"
YES_NO = (Option(label="Yes", value="yes"), Option(label="No", value="no"))


def _stubbed(tmp_path: Path) -> Vocabulary:
    shutil.copy(DATA / "answers.yaml", tmp_path / "answers.yaml")
    (tmp_path / "locales" / "xx").mkdir(parents=True)
    (tmp_path / "locales" / "xx" / "answers.yaml").write_text(
        'means:\n  "yes": [yesxx]\n  "no": [noxx]\nnumbers:\n  sevenxx: 7\n', encoding="utf-8"
    )
    return Vocabulary.load_all(tmp_path / "answers.yaml", tmp_path / "locales")


def test_a_stub_language_is_understood_only_by_someone_spoken_to_in_it(tmp_path: Path) -> None:
    words = _stubbed(tmp_path)
    stub, english = words.speaking("xx"), words.speaking("en")
    assert match_option(YES_NO, "yesxx", stub, careful=True) == YES_NO[0]
    assert match_option(YES_NO, "noxx", stub, careful=True) == YES_NO[1]
    assert match_option(YES_NO, "yep", stub, careful=True) == YES_NO[0]  # English kept: people mix
    assert stub.numbers["sevenxx"] == 7
    assert match_option(YES_NO, "yesxx", english) is None


# Kept in data/answers.yaml for every language: the bot may speak one language while the
# person types another (a Telegram set to English, a language not shipped yet).
@pytest.mark.parametrize("language", ["en", "es", "pt-BR", "xx"])
@pytest.mark.parametrize(("typed", "meant"), [("да", 0), ("нет", 1), ("sim", 0), ("não", 1)])
def test_a_yes_or_no_on_the_crisis_path_is_understood_in_any_language(
    tmp_path: Path, language: str, typed: str, meant: int
) -> None:
    words = Vocabulary.load_all(DATA / "answers.yaml", DATA / "locales")
    if language == "xx":
        words = _stubbed(tmp_path)
    assert match_option(YES_NO, typed, words.speaking(language), careful=True) == YES_NO[meant]
