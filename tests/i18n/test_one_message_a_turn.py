"""A step's texts said together must fit in one message in every shipped language, as they
do in English: Spanish and Portuguese /start went out as two messages before this check."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.app import build_registry, load_flows
from bot.i18n.check import check_all

ROOT = Path(__file__).resolve().parents[2]


def test_a_translation_that_makes_a_step_two_messages_fails_the_check(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    flows = load_flows(ROOT / "flows", build_registry(), data)
    assert [p for p in check_all(flows, data) if not p.warning] == []
    start = data / "locales" / "es" / "start.ftl"
    text = start.read_text(encoding="utf-8")
    longer = "start-intro-say-1 = Hola, soy Reconnect, y te cuento con calma y sin prisa alguna "
    start.write_text(text.replace("start-intro-say-1 = Hola, soy Reconnect,", longer), "utf-8")
    problems = [p.message for p in check_all(flows, data) if not p.warning]
    assert any(message.startswith("start.intro is") for message in problems), problems
