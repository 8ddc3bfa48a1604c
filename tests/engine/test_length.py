"""No message over about 120 words: `reconnect flows check` names each long one, with file
and line, counting what a step says together with what follows it before the next question."""

from __future__ import annotations

from pathlib import Path

from bot.app import check_flows
from bot.engine.joining import MAX_WORDS, words_in
from tests.chat import Chat, in_order, labels_of

WORDS_60 = " ".join(["word"] * 60)


def flow(first: str, second: str) -> str:
    return f"""\
id: demo
version: 1
title: demo
start: first
steps:
  first:
    say: "{first}"
    next: second
  second:
    say: "{second}"
    ask:
      choice:
        - {{label: "Tell me more", value: more, next: done}}
  done:
    end: true
"""


def test_a_step_and_what_follows_it_unasked_are_one_message(tmp_path: Path) -> None:
    (tmp_path / "demo.yaml").write_text(flow(WORDS_60, WORDS_60 + " Go on?"), "utf-8")
    problems = check_flows(tmp_path)
    assert [str(problem) for problem in problems] == [
        f"{tmp_path / 'demo.yaml'}:7: text is 122 words; keep a message under 120: split it "
        "into short steps with a 'Tell me more' button"
    ]
    assert not problems[0].warning


def test_short_steps_with_a_question_between_them_are_fine(tmp_path: Path) -> None:
    (tmp_path / "demo.yaml").write_text(flow("Hello.", WORDS_60), "utf-8")
    assert check_flows(tmp_path) == []


def test_a_long_text_fails_in_every_file_clinical_ones_too(tmp_path: Path) -> None:
    flows = tmp_path / "flows"
    flows.mkdir()
    (flows / "crisis.yaml").write_text(flow(WORDS_60, WORDS_60 + " Go on?"), "utf-8")
    data = tmp_path / "data"
    data.mkdir()
    long_line = " ".join(["line"] * 130)
    (data / "resources.yaml").write_text(f"dbt:\n  about: {long_line}\n", "utf-8")
    problems = check_flows(flows, data=data)
    assert [(Path(p.file).name, p.line, p.warning) for p in problems] == [
        ("resources.yaml", 2, False),
        ("crisis.yaml", 7, False),
    ]


async def test_the_introduction_is_one_short_message_ending_in_the_consent_question(
    stranger: Chat,
) -> None:
    replies = await stranger.send("/start")
    assert len(replies) == 1
    intro = replies[0].text
    assert words_in(intro) <= MAX_WORDS
    assert in_order(intro, "not a therapist", "/sos", "not end-to-end encrypted", "Is it okay")
    assert labels_of(replies) == ["Yes, that's okay", "Tell me more first", "No, thanks"]


async def test_privacy_comes_in_short_steps_each_with_tell_me_more(stranger: Chat) -> None:
    pages = [await stranger.send("/privacy")]
    pages.append(await stranger.tap("Tell me more"))
    pages.append(await stranger.tap("Tell me more"))
    for page in pages:
        assert len(page) == 1
        assert words_in(page[0].text) <= MAX_WORDS
    said = [page[0].text for page in pages]
    assert "What I keep" in said[0]
    assert "not end-to-end encrypted" in said[1]
    assert "/delete erases" in said[2]
    assert labels_of(pages[2]) == []  # the end: nothing left to ask
