"""`reconnect chat` as a person uses it, including being killed mid-flow."""

from __future__ import annotations

import io
import os
import queue
import re
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import yaml

from bot.app import App
from bot.console import Console, terminal_language
from bot.engine import Choice, Reply
from bot.privacy.crypto import FieldCipher, parse_key
from bot.storage import SqliteStore
from bot.terminal_words import TerminalWords
from tests.conftest import ROOT, TEST_KEY


class Terminal:
    """A running `reconnect chat`, fed line by line, its output read as it comes."""

    def __init__(self, database: Path, log_level: str = "INFO", locale: str = "C.UTF-8") -> None:
        env = {
            **{k: v for k, v in os.environ.items() if k not in {"LC_ALL", "LC_MESSAGES"}},
            "LANG": locale,  # the terminal's language: English unless a test says otherwise
            "RECONNECT_DATABASE": str(database),
            "RECONNECT_ENCRYPTION_KEY": TEST_KEY,
            "RECONNECT_LOG_LEVEL": log_level,
            "PYTHONUNBUFFERED": "1",
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "chat"],
            cwd=database.parent,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,  # as a terminal shows both: no log line may appear
            text=True,
        )
        self.output: queue.Queue[str] = queue.Queue()
        self.seen = ""
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.output.put(line)

    def expect(self, fragment: str, within: float = 30.0) -> str:
        """Wait until the output shows ``fragment``; return everything shown since last time."""
        deadline = time.monotonic() + within
        while fragment not in self.seen:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"{fragment!r} never appeared; output was:\n{self.seen}")
            try:
                self.seen += self.output.get(timeout=remaining)
            except queue.Empty:
                continue
        shown, self.seen = self.seen, self.seen[self.seen.index(fragment) + len(fragment) :]
        return shown

    def type(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def close(self) -> int:
        """End input, wait for the process, and release its pipes."""
        if self.process.stdin is not None and not self.process.stdin.closed:
            self.process.stdin.close()
        code = self.process.wait(timeout=30)
        self.reader.join(timeout=30)
        if self.process.stdout is not None:
            self.process.stdout.close()
        return code


async def test_killed_mid_flow_it_carries_on_at_the_same_step(tmp_path: Path) -> None:
    database = tmp_path / "reconnect.sqlite3"
    first = Terminal(database)
    first.expect("Hi, I'm Reconnect")  # someone new: who it is, not a menu
    first.type("/checkin")  # a new user is asked for consent first, then set up
    first.expect("Is it okay for me to ask")
    first.type("yes, that's okay")
    first.expect("How old are you?")
    first.type("I'd rather not say")
    first.expect("Which country are you in?")
    first.type("France")
    first.expect("Time zone set: Paris, where it")
    first.expect("can't send reminders")  # it only runs while open: no promise it can't keep
    first.expect("first check-in")
    first.type("1")  # "Yes, let's check in"
    first.expect("How present")
    first.type("3")
    first.expect("how connected")
    first.type("8")
    first.expect("family of feelings")
    first.process.send_signal(signal.SIGKILL)
    assert first.close() == -signal.SIGKILL

    second = Terminal(database)
    # A reply committed but not yet marked shown when the kill came is shown again first.
    shown = second.expect("Welcome back")
    shown += second.expect("family of feelings")
    assert "How present" not in shown  # no step asked twice, none skipped
    second.type("1")  # "Numb or flat", by its number
    second.expect("Which word")
    second.type("3")  # "Flat"
    second.expect("Anything you'd like to note")
    second.type("the radiator hums")
    second.expect("Thank you for checking in")
    second.type("/quit")
    second.expect("Your place is saved")
    assert second.close() == 0

    store = SqliteStore(database, FieldCipher([parse_key(TEST_KEY)]))
    await store.open()
    try:
        async with store.transaction() as tx:
            stored = await tx.checkins(1)
    finally:
        await store.close()
    assert [(c.presence, c.connection, c.feeling, c.note) for c in stored] == [
        (3, 8, "flat", "the radiator hums")
    ]


def test_chat_runs_from_any_folder_on_the_shipped_flows(tmp_path: Path) -> None:
    terminal = Terminal(tmp_path / "elsewhere.sqlite3")
    assert terminal.process.args[-1] == "chat"
    terminal.expect("Is it okay for me to ask")  # someone new is introduced, not given a menu
    terminal.type("/help")
    terminal.expect("not a therapist")
    terminal.type("/quit")
    assert terminal.close() == 0


def test_a_terminal_in_russian_is_spoken_to_in_russian_from_its_first_line(
    tmp_path: Path,
) -> None:
    terminal = Terminal(tmp_path / "ru.sqlite3", locale="ru_RU.UTF-8")
    terminal.expect("Reconnect в твоём терминале.")
    terminal.expect("Можно я буду спрашивать о твоих чувствах")
    terminal.type("/quit")
    terminal.expect("Пока. Место в разговоре сохранено")
    assert terminal.close() == 0


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "ru_RU.UTF-8"}, "ru-RU"),
        ({"LANG": "de_DE.UTF-8", "LC_ALL": "pt_BR.UTF-8"}, "pt-BR"),
        ({"LANG": "C.UTF-8"}, ""),
        ({"LANG": "POSIX"}, ""),
        ({"LANG": "sr_RS@latin"}, "sr-RS"),
        ({}, ""),
    ],
)
def test_the_terminals_language_is_its_locales(environ: dict[str, str], language: str) -> None:
    assert terminal_language(environ) == language


CANARY = "zebra-canary-4417"


def test_delete_leaves_no_copy_of_anything_typed_but_the_ones_asked_for(tmp_path: Path) -> None:
    """Files written for the user are owner-only; /delete leaves nothing typed in the store,
    and keeps the copies /export made (theirs, asked for first), saying where they are."""
    database = tmp_path / "reconnect.sqlite3"
    terminal = Terminal(database)
    terminal.expect("Is it okay")
    for typed, shown in [
        ("/start", "Is it okay"),
        ("Yes, that's okay", "How old are you?"),
        ("I'd rather not say", "Which country"),
        (f"{CANARY} country", "couldn't find"),
        ("Skip for now", "Which time zone"),
        (f"near {CANARY}", "couldn't match"),
        ("Not sure", "first check-in"),
        ("Not now", "whenever you want me"),
        (f"just {CANARY}", "three things we could do"),
        ("/checkin", "How present"),
        ("3", "how connected"),
        ("8", "family of feelings"),
        ("1", "Which word"),
        ("3", "Anything you'd like to note"),
        (f"a note: {CANARY}", "Thank you for checking in"),
        ("/journal", "Which kind of writing"),
        ("1", "What happened?"),
        (f"it rained, {CANARY}", "What did you feel"),
        (f"heavy, {CANARY}", "What did you need"),
        ("I'm not sure", "Saved."),
        ("/safetyplan", "Shall we start"),
        ("Yes, let's start", "1 of 7"),
        (f"my hands shake, {CANARY}", "2 of 7"),
        ("/cancel", "stopped the safety plan"),
        ("/export", "reconnect-checkins.csv"),
        ("/progress", "one check-in"),
    ]:
        terminal.type(typed)
        terminal.expect(shown)
    folder = tmp_path / "reconnect-files"
    written = sorted(path.name for path in folder.iterdir())
    assert written == ["reconnect-checkins.csv", "reconnect-export.json"]
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert CANARY in (folder / "reconnect-export.json").read_text(encoding="utf-8")

    terminal.type("/delete")
    terminal.expect("Delete everything?")
    terminal.type("Yes, delete everything")
    shown = terminal.expect("Take care of yourself")
    assert "forgotten you" in shown
    assert "Telegram" not in shown  # there is no chat history to speak of here
    # The copy asked for before deleting is theirs: kept, and they are told where.
    shown = terminal.expect(f"The copies you made with /export are still in {folder}")
    terminal.type("/quit")
    terminal.expect("Your place is saved")
    assert terminal.close() == 0

    assert sorted(path.name for path in folder.iterdir()) == written
    left = {path: path.read_bytes() for path in tmp_path.rglob("*") if path.is_file()}
    assert left  # the database is still there, for whoever comes next
    kept = sorted(path.name for path, content in left.items() if CANARY.encode() in content)
    assert kept == written  # only in the copies they asked for


def test_the_terminal_speaks_as_a_terminal_and_logs_to_a_file(tmp_path: Path) -> None:
    database = tmp_path / "reconnect.sqlite3"
    terminal = Terminal(database, log_level="DEBUG")
    terminal.expect("Is it okay")
    terminal.type("/start")
    shown = terminal.expect("Is it okay")
    terminal.type("I want to end my life")  # the crisis screen logs that it spoke (no text)
    shown += terminal.expect("Which country are you in?")
    terminal.type("/quit")
    shown += terminal.expect("Your place is saved")
    assert terminal.close() == 0
    assert "end-to-end" not in shown  # no Telegram caveats in a terminal
    assert not re.search(r"\btap", shown, re.IGNORECASE)
    for level in ("DEBUG", "INFO", "WARNING"):
        assert f" {level} " not in shown  # nothing between the bot's lines...
    log = (tmp_path / "reconnect.log").read_text(encoding="utf-8")
    assert "safety screen: crisis" in log  # ...it went to the file beside the database
    assert "end my life" not in log
    assert stat.S_IMODE((tmp_path / "reconnect.log").stat().st_mode) == 0o600


def test_ctrl_c_leaves_at_once_with_a_goodbye(tmp_path: Path) -> None:
    terminal = Terminal(tmp_path / "reconnect.sqlite3")
    terminal.expect("Is it okay")
    terminal.expect("No, thanks")
    terminal.process.send_signal(signal.SIGINT)  # waiting for a line, input still open
    terminal.expect("Bye for now", within=5)
    assert terminal.process.wait(timeout=5) == 130
    assert terminal.close() == 130


def test_no_text_a_terminal_shows_says_tap_or_speaks_of_telegrams_encryption() -> None:
    words = TerminalWords.load(ROOT / "data" / "console.yaml")
    texts = [
        text
        for file in sorted((ROOT / "flows").glob("*.yaml"))
        for step in (yaml.safe_load(file.read_text("utf-8"))["steps"] or {}).values()
        for text in _said(step.get("say"))
    ]
    for file in sorted([*(ROOT / "data").glob("*.yaml"), *(ROOT / "data").glob("*/*.yaml")]):
        if file.name not in {"telegram.yaml", "console.yaml"} and "safety" not in file.parts:
            texts += [v for v in _strings(yaml.safe_load(file.read_text("utf-8")))]
    assert len(texts) > 200
    for text in texts:
        shown = words.reword(text)
        assert not re.search(r"\btap", shown, re.IGNORECASE), shown
        assert "end-to-end" not in shown, shown
    assert words.reword("a tapestry") == "a tapestry"
    engine = yaml.safe_load((ROOT / "data" / "engine.yaml").read_text("utf-8"))
    assert words.reword(engine["reask_choice"]) == (  # its answers are numbered here
        "I didn't quite catch that. You can type one of the answers, or its number."
    )


def _said(say: object) -> list[str]:
    if isinstance(say, str):
        return [say]
    return [text for text in say if isinstance(text, str)] if isinstance(say, list) else []


def _strings(data: object) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [text for value in data.values() for text in _strings(value)]
    if isinstance(data, list):
        return [text for value in data for text in _strings(value)]
    return []


async def test_a_questionnaires_answers_are_numbered_by_their_scores(app: App) -> None:
    """The WHO-5 intro says 0 (at no time) to 5 (all of the time): the list says the same."""
    out = io.StringIO()
    console = Console(app, out)
    intro = console.words.reword(app.engine.runtime.flows["who5"].description)
    assert "number from 0 (at no time) to 5 (all of the time)" in intro
    choices = tuple(Choice(label, f"n1:{5 - n}") for n, label in enumerate(WHO5_LABELS))
    console.show(Reply("Over the last two weeks...", choices))
    shown = out.getvalue()
    assert "  5. All of the time\n" in shown
    assert "  0. At no time\n" in shown
    assert console.event_for("5").payload == "n1:5"
    assert console.event_for("0").payload == "n1:0"
    assert console.event_for("1").payload == "n1:1"  # "Some of the time", as the intro says


WHO5_LABELS = (
    "All of the time",
    "Most of the time",
    "More than half of the time",
    "Less than half of the time",
    "Some of the time",
    "At no time",
)
