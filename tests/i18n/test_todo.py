"""`reconnect i18n todo`: what a translator is handed is exactly what the check says is missing."""

from __future__ import annotations

from pathlib import Path

from bot.app import build_registry, load_flows
from bot.i18n.check import missing_texts

ROOT = Path(__file__).resolve().parents[2]


def test_a_language_not_begun_lacks_every_text_and_a_begun_one_lacks_fewer() -> None:
    flows = load_flows(ROOT / "flows", build_registry(), ROOT / "data")
    fresh = missing_texts(flows, ROOT / "data", "xx")
    russian = missing_texts(flows, ROOT / "data", "ru")
    assert fresh["checkin-presence-say"] == "How present do your feelings seem today?"
    assert "checkin-presence-say" not in russian
    assert set(russian) < set(fresh)
