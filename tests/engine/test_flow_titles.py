"""Flow titles read right in every sentence the engine builds with them."""

from __future__ import annotations

import re

import pytest
import yaml

from bot.app import build_registry, load_flows
from tests.conftest import ROOT

FLOWS = load_flows(ROOT / "flows", build_registry(), ROOT / "data")
ENGINE_WORDS = yaml.safe_load((ROOT / "data" / "engine.yaml").read_text(encoding="utf-8"))
WITH_TITLE = {key: text for key, text in ENGINE_WORDS.items() if "{title}" in str(text)}


def test_the_titles_of_data_made_flows_are_among_those_checked() -> None:
    assert {"who5", "measure", "learn"} <= set(FLOWS)


@pytest.mark.parametrize("flow_id", sorted(FLOWS))
@pytest.mark.parametrize("key", sorted(WITH_TITLE))
def test_every_title_reads_right_in_every_sentence(flow_id: str, key: str) -> None:
    """A new user read "the a few suggestions" and "the when to seek help"."""
    title = FLOWS[flow_id].title
    said = str(WITH_TITLE[key]).replace("{title}", title)
    assert title.startswith("the "), f"{flow_id}: {title!r} names it without 'the'"
    assert not re.search(r"\b(the|a|an) (the|a|an|when|how|your)\b", said, re.I), said
    assert not re.search(r"(^|[.!?] )the\b", said), f"a sentence starts in lower case: {said}"
