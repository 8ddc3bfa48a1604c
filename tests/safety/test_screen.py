"""The crisis screen on our own test sets: every crisis caught, everyday words left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.safety.levels import Level
from bot.safety.screen import CrisisScreen, Lexicon, normalise
from tests.conftest import ROOT

HERE = Path(__file__).parent
CRISIS = [line for line in (HERE / "crisis_messages.txt").read_text("utf-8").splitlines() if line]
EVERYDAY = [
    line for line in (HERE / "everyday_messages.txt").read_text("utf-8").splitlines() if line
]


@pytest.fixture(scope="module")
def screen() -> CrisisScreen:
    return CrisisScreen(Lexicon.load(ROOT / "data" / "crisis_lexicon.yaml"))


def test_the_sets_are_big_enough() -> None:
    assert len(CRISIS) >= 150
    assert len(EVERYDAY) >= 150


def test_every_crisis_message_is_caught(screen: CrisisScreen) -> None:
    missed = [text for text in CRISIS if screen(text).level is not Level.CRISIS]
    assert missed == []


def test_at_most_two_percent_of_everyday_messages_are_flagged(screen: CrisisScreen) -> None:
    flagged = [text for text in EVERYDAY if screen(text).level is Level.CRISIS]
    assert len(flagged) <= len(EVERYDAY) * 0.02, flagged


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I feel hopeless", Level.CONCERN),
        ("what's the point of anything", Level.CONCERN),
        ("I wish I could disappear", Level.CONCERN),
        ("everyone would be better off without me", Level.CONCERN),
        ("I can't go on like this", Level.CONCERN),
        ("I had a quiet day", Level.NONE),
    ],
)
def test_concern_is_its_own_level(screen: CrisisScreen, text: str, level: Level) -> None:
    assert screen(text).level is level


@pytest.mark.parametrize(
    "text",
    [
        "I WANT TO DIE",
        "i   want  to   die",
        "I want to diiiiie",
        "i want to d i e",
        "I want to d.i.e",
        "I want t0 d1e",
        "Ｉ ｗａｎｔ ｔｏ ｄｉｅ",
        "I want to die!!!",
    ],
)
def test_case_spacing_repeats_and_leetspeak_do_not_hide_it(
    screen: CrisisScreen, text: str
) -> None:
    assert screen(text).level is Level.CRISIS


def test_an_idiom_does_not_hide_a_real_risk_in_the_same_message(screen: CrisisScreen) -> None:
    assert screen("this traffic is killing me").level is Level.NONE
    assert screen("this traffic is killing me and I want to kill myself").level is Level.CRISIS


def test_the_rule_is_named_and_the_text_is_not_kept(screen: CrisisScreen) -> None:
    verdict = screen("I cut myself last night")
    assert verdict.rule == "self_harm"
    assert "cut" not in repr(verdict)


def test_normalising_is_stable() -> None:
    assert normalise("  Héllo,   WORLD!!  ") == "helo world"
