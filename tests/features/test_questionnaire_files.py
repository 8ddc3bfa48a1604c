"""Questionnaire files: broken ones are problems of `reconnect flows check` with file and line;
a new questionnaire is one data file and no Python."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.app import check_flows, open_app
from bot.cli import main
from bot.clock import ManualClock
from bot.features.questionnaires.records import results as questionnaire_results
from tests.chat import Chat, labels_of, text_of
from tests.conftest import ROOT, make_settings

GOOD = (ROOT / "data" / "questionnaires" / "gad7.yaml").read_text(encoding="utf-8")


def data_with(tmp_path: Path, files: dict[str, str]) -> Path:
    """Return a data folder with the runner's words and these questionnaire files."""
    data = tmp_path / "data"
    (data / "questionnaires").mkdir(parents=True)
    shutil.copy(ROOT / "data" / "measure.yaml", data / "measure.yaml")
    for name, text in files.items():
        (data / "questionnaires" / name).write_text(text, encoding="utf-8")
    return data


def problems_with(tmp_path: Path, files: dict[str, str]) -> list[str]:
    data = data_with(tmp_path, files)
    return [
        str(p).replace(f"{data}/questionnaires/", "")
        for p in check_flows(ROOT / "flows", data=data)
    ]


def test_the_shipped_questionnaires_are_clean() -> None:
    assert check_flows(ROOT / "flows", data=ROOT / "data") == []


@pytest.mark.parametrize(
    ("broken", "expected"),
    [
        (
            GOOD.replace("max: 21", "max: 20"),
            "gad7.yaml:36: bands: no band covers the score 21; the last band ends at 20",
        ),
        (
            GOOD.replace("min: 10", "min: 11"),
            "gad7.yaml:36: bands: no band covers the score 10",
        ),
        (
            GOOD.replace('{label: "Several days", score: 1}', '{label: "Several days"}'),
            "gad7.yaml:24: missing key 'score' at options.1.score: add it",
        ),
        (
            GOOD.replace('  - text: "Trouble relaxing"', '  - txt: "Trouble relaxing"'),
            "gad7.yaml:31: unknown key 'txt' at items.3.txt: remove it or fix its spelling",
        ),
        (
            GOOD.replace("  threshold: 3", "  threshold: 7"),
            "gad7.yaml:57: short_form: threshold is above the short form's highest score",
        ),
        (
            GOOD.replace("\\n\\n{item}", ""),
            "gad7.yaml:9: question: put {item} where each item's words go",
        ),
        (
            GOOD.replace("id: gad7", "id: gad_7"),
            "gad7.yaml:3: id 'gad_7' differs from the file name",
        ),
        (
            GOOD.replace("    max: 4\n", "    max: 4\n    offer: k10\n", 1),
            "gad7.yaml:40: band 'minimal' offers 'k10': no questionnaire has that id",
        ),
        (GOOD.replace("items:\n", "items: [\n"), "gad7.yaml:28: bad YAML"),
    ],
    ids=[
        "band-short-of-the-top",
        "band-gap",
        "option-without-score",
        "misspelt-key",
        "threshold-too-high",
        "question-without-item",
        "id-not-file-name",
        "offer-unknown",
        "bad-yaml",
    ],
)
def test_a_broken_file_is_a_clear_problem(tmp_path: Path, broken: str, expected: str) -> None:
    found = problems_with(tmp_path, {"gad7.yaml": broken})
    assert any(problem.startswith(expected) for problem in found), found


def test_a_questionnaire_may_not_take_a_flows_id(tmp_path: Path) -> None:
    found = problems_with(tmp_path, {"menu.yaml": GOOD.replace("id: gad7", "id: menu")})
    assert any("id 'menu' is also the flow in" in problem for problem in found), found


def test_flows_check_fails_on_a_broken_questionnaire(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    (data / "questionnaires" / "gad7.yaml").write_text(GOOD.replace("max: 21", "max: 20"))
    monkeypatch.setenv("RECONNECT_FLOWS_DIR", str(ROOT / "flows"))
    monkeypatch.setenv("RECONNECT_DATA_DIR", str(data))
    monkeypatch.setenv("RECONNECT_DATABASE", str(tmp_path / "db.sqlite3"))
    assert main(["flows", "check", str(ROOT / "flows")]) == 1
    assert "gad7.yaml:36: bands: no band covers the score 21" in capsys.readouterr().out


NEW = """
id: calm
version: 1
name: Calm-2
title: a made-up two-question calm check
button: "Calm (test)"
intro: "Two questions, for a test."
question: "How often? ({number} of {count})\\n\\n{item}"
source: {citation: "Made up for a test.", licence: "None needed.", url: "https://example.org"}
options:
  - {label: "Never", score: 0}
  - {label: "Often", score: 1}
items:
  - text: "Felt calm"
  - text: "Slept well"
bands:
  - {id: low, min: 0, max: 0, meaning: "Low for now.", summary: "low for now"}
  - {id: high, min: 1, max: 2, meaning: "Some calm.", summary: "some calm"}
"""


async def test_a_new_questionnaire_is_one_data_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    (data / "questionnaires" / "calm.yaml").write_text(NEW, encoding="utf-8")
    # English is the one data file; each shipped language then lacks only its new texts.
    found = check_flows(ROOT / "flows", data=data)
    problems = [p.message for p in found if not p.warning]
    assert [message for message in problems if " is missing " not in message] == []
    assert problems  # the new file's texts, until they are translated
    settings = make_settings(tmp_path, RECONNECT_DATA_DIR=str(data))
    async with open_app(settings, ManualClock(datetime(2026, 11, 2, 9, tzinfo=UTC))) as app:
        chat = Chat(app)
        await chat.consent()
        assert "Calm (test)" in labels_of(await chat.send("/measure"))
        assert "Felt calm" in text_of(await chat.tap("Calm (test)"))
        await chat.send("often")
        said = text_of(await chat.tap("Often"))
        assert "Your Calm-2 score is 2 out of 2. Some calm." in said
        assert "This is not a diagnosis" in said
        async with app.store.transaction() as tx:
            results = await questionnaire_results(tx, chat.user_id)
        assert [(r.questionnaire, r.items, r.total, r.band) for r in results] == [
            ("calm", (1, 1), 2, "high")
        ]
