"""`reconnect flows check`: every kind of problem is found, with file and line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.app import check_flows
from tests.conftest import ROOT

GOOD = """\
id: demo
version: 1
title: demo
start: ask
steps:
  ask:
    say: "Pick one"
    ask:
      choice:
        - {label: "Yes", value: "yes", next: done}
        - {label: "No", value: "no", next: done}
  done:
    say: "Thanks"
    end: true
"""


def problems_in(tmp_path: Path, text: str, name: str = "demo.yaml") -> list[str]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return [str(problem) for problem in check_flows(tmp_path)]


def test_a_good_flow_is_clean(tmp_path: Path) -> None:
    assert problems_in(tmp_path, GOOD) == []


def test_the_shipped_flows_are_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "flows", "check", str(ROOT / "flows")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_exits_non_zero_with_one_line_per_problem(tmp_path: Path) -> None:
    (tmp_path / "demo.yaml").write_text(GOOD.replace("next: done}", "next: gone}"), "utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "bot", "flows", "check", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 3  # two options lead to 'gone', and 'done' is now unreachable
    assert all(line.startswith(f"{tmp_path / 'demo.yaml'}:") for line in lines)


@pytest.mark.parametrize(
    ("change", "line", "fragment"),
    [
        (('    say: "Pick one"', '    say: "Pick one'), 10, "starts at line 7"),
        (('    say: "Thanks"', '    sya: "Thanks"'), 13, "unknown key 'sya'"),
        (("title: demo\n", ""), 1, "missing key 'title'"),
        (('value: "no", next: done}', 'value: "no", next: nowhere}'), 11, "'nowhere'"),
        (('{label: "No", value: "no",', '{label: "No",'), 11, "missing key 'value'"),
        (("start: ask", "start: begin"), 4, "start step 'begin' does not exist"),
        (('    say: "Thanks"\n    end: true', '    say: "Thanks"'), 12, "no way out"),
        (
            ('    say: "Thanks"\n', '    say: "Thanks"\n    do: launch_rockets\n'),
            14,
            "unknown action 'launch_rockets'",
        ),
        (('    say: "Thanks"', '    say: "' + "x" * 4100 + '"'), 13, "at most 4096"),
        (
            ('value: "yes", next: done}', "value: " + "v" * 60 + ", next: done}"),
            10,
            "at most 64",
        ),
        (
            ('    say: "Thanks"\n', '    say: "Thanks"\n    call: elsewhere\n'),
            12,
            "goes on ('next')",
        ),
        (
            ('    say: "Thanks"\n    end: true', "    call: elsewhere\n    next: ask"),
            13,
            "flow 'elsewhere' does not exist",
        ),
        (
            ("    ask:\n      choice:", "    ask:\n      text: {suggest_from: zones}\n      xx:"),
            10,
            "unknown key 'xx'",
        ),
    ],
    ids=[
        "bad-yaml",
        "unknown-key",
        "missing-key",
        "unknown-step",
        "option-without-value",
        "missing-start",
        "dead-end",
        "unknown-action",
        "long-text",
        "long-payload",
        "call-without-next",
        "call-unknown-flow",
        "ask-unknown-key",
    ],
)
def test_each_problem_names_file_and_line(
    tmp_path: Path, change: tuple[str, str], line: int, fragment: str
) -> None:
    old, new = change
    assert old in GOOD
    found = problems_in(tmp_path, GOOD.replace(old, new, 1))
    expected_prefix = f"{tmp_path / 'demo.yaml'}:{line}:"
    matching = [p for p in found if fragment in p]
    assert matching, found
    assert matching[0].startswith(expected_prefix), matching


def test_unreachable_step_is_found(tmp_path: Path) -> None:
    text = GOOD + '  lonely:\n    say: "Nobody comes here"\n    end: true\n'
    assert problems_in(tmp_path, text) == [
        f"{tmp_path / 'demo.yaml'}:15: step 'lonely' is unreachable from 'ask': "
        "link to it or remove it"
    ]


def test_a_loop_with_no_end_is_found(tmp_path: Path) -> None:
    text = GOOD.replace('    say: "Thanks"\n    end: true', '    say: "Again"\n    next: ask')
    found = problems_in(tmp_path, text)
    assert any("can never reach an end" in p and ":6:" in p for p in found), found


def test_conditions_are_checked(tmp_path: Path) -> None:
    text = GOOD.replace(
        '        - {label: "No", value: "no", next: done}\n',
        '        - {label: "No", value: "no"}\n    save: answer\n    branch:\n'
        '      - {when: "mood <= 3 and", next: done}\n      - {when: "mood <= 3", next: done}\n'
        "    next: done\n",
    )
    found = problems_in(tmp_path, text)
    assert any("ends too early" in p and ":14:" in p for p in found), found
    assert any("reads 'mood'" in p and ":15:" in p for p in found), found


def test_unknown_flow_and_duplicate_ids(tmp_path: Path) -> None:
    (tmp_path / "other.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "twin.yaml").write_text(GOOD, encoding="utf-8")
    text = GOOD.replace("id: demo", "id: third").replace("next: done}", "flow: nothing}", 1)
    found = problems_in(tmp_path, text, "z.yaml")
    assert any("z.yaml:10: flow 'nothing' does not exist" in p for p in found), found
    assert any("twin.yaml:1: flow id 'demo' is already used by" in p for p in found), found


def test_graph_draws_every_step_and_way_of_a_shipped_flow() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "flows", "graph", "checkin"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith('digraph "checkin"')
    assert '"presence" -> "connection"' in result.stdout
    assert '"ways_on" -> "little_feeling"' in result.stdout  # a branch is drawn too


SUGGEST = """\
id: demo
version: 1
title: demo
start: ask
steps:
  ask:
    say: "Where?"
    ask:
      text: {suggest_from: places}
    save: place
    next: done
  done:
    say: "Thanks"
    end: true
"""


def test_suggestions_must_come_from_a_saved_name(tmp_path: Path) -> None:
    found = problems_in(tmp_path, SUGGEST)
    assert any(":9:" in p and "'places'" in p for p in found), found
    assert problems_in(tmp_path, SUGGEST.replace("from: places", "from: place")) == []


def test_a_placeholder_nothing_fills_is_found(tmp_path: Path) -> None:
    """An unknown {name} would reach the person as written, braces and all."""
    text = GOOD.replace('say: "Thanks"', 'say: "Thanks, {nmae}. You chose {choice}."')
    text = text.replace('    say: "Pick one"', '    say: "Pick one"\n    save: choice')
    assert problems_in(tmp_path, text) == [
        f"{tmp_path / 'demo.yaml'}:14: {{nmae}} is shown as written: no step saves it and no "
        "action sets it"
    ]
    given = text.replace("start: ask", "takes: [nmae]\nstart: ask")
    assert problems_in(tmp_path, given) == []


def test_an_answer_value_an_action_reads_must_be_offered(tmp_path: Path) -> None:
    """/gethelp's tiers compare answers with values; a renamed value would never count."""
    for shipped in (ROOT / "flows").glob("*.yaml"):
        (tmp_path / shipped.name).write_text(shipped.read_text("utf-8"), "utf-8")
    gethelp = tmp_path / "gethelp.yaml"
    text = gethelp.read_text("utf-8")
    assert "value: some" in text
    gethelp.write_text(text.replace("value: some", "value: often"), "utf-8")
    found = [str(problem) for problem in check_flows(tmp_path)]
    assert any("'triage' reads interferes = 'some'" in p for p in found), found


def test_a_key_written_twice_is_refused_not_silently_replaced(tmp_path: Path) -> None:
    """YAML keeps the last of two equal keys: a step, or what it says, would vanish."""
    twice = GOOD.replace('    say: "Thanks"\n', '    say: "Thanks"\n    say: "Bye"\n')
    problems = problems_in(tmp_path, twice)
    assert len(problems) == 1
    assert "demo.yaml:14:" in problems[0]  # the second "say"
    assert "'say' appears twice" in problems[0]
    step_twice = GOOD + '  done:\n    say: "Again"\n    end: true\n'
    assert any("'done' appears twice" in p for p in problems_in(tmp_path, step_twice))


def test_a_step_for_an_answer_said_with_more_must_exist(tmp_path: Path) -> None:
    text = GOOD.replace("next: done}\n", "next: done, said_more: nowhere}\n", 1)
    found = problems_in(tmp_path, text)
    assert any("nowhere" in p and ":10:" in p for p in found), found
    fine = GOOD.replace("next: done}\n", "next: done, said_more: done}\n", 1)
    assert problems_in(tmp_path, fine) == []
