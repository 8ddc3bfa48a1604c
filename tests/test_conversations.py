"""Run every conversation script in tests/conversations/ against the real engine and store.

A script is YAML::

    name: what this conversation shows
    new_user: true                # optional: someone who has not been through /start yet
                                  # (by default the user has agreed to talk about feelings)
    turns:
      - send: /checkin            # a command or text; or `tap: Label` for a button
        expect: [How present]     # fragments that must be in this turn's replies
        first: How present        # a fragment that must be in the first reply
        absent: [Thank you]       # fragments that must not appear
        choices: ["0", "10"]      # buttons that must be offered
        checkins: 0               # check-ins stored for the user after this turn
        results: [phq9:moderate]  # questionnaire results stored: questionnaire:band, in order
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.app import App, open_app
from bot.clock import ManualClock
from bot.engine.joining import MAX_WORDS, words_in
from bot.features.questionnaires.records import results as questionnaire_results
from tests.chat import Chat, labels_of, text_of
from tests.conftest import make_settings

FOLDER = Path(__file__).parent / "conversations"
SCRIPTS = sorted(FOLDER.glob("*.yaml"))
TURN_KEYS = {"send", "tap", "expect", "first", "absent", "choices", "checkins", "results"}


def _read(script: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(script.read_text(encoding="utf-8"))
    return loaded


def test_every_file_in_the_folder_is_a_script_that_runs() -> None:
    """A script that is misnamed (.yml) or has no turns would otherwise pass unseen."""
    assert sorted(FOLDER.iterdir()) == SCRIPTS
    for script in SCRIPTS:
        data = _read(script)
        assert isinstance(data, dict), f"{script.name}: not a mapping"
        assert data.get("name"), f"{script.name}: no name"
        assert data.get("turns"), f"{script.name}: no turns"


@pytest.mark.parametrize("script", SCRIPTS, ids=[path.stem for path in SCRIPTS])
async def test_conversation(script: Path, app: App) -> None:
    await run_script(script, app)


@pytest.mark.parametrize("script", SCRIPTS, ids=[path.stem for path in SCRIPTS])
async def test_conversation_on_postgresql(
    script: Path, pg_dsn: str, tmp_path: Path, clock: ManualClock
) -> None:
    """The same conversations, with PostgreSQL as the store (skipped without a server)."""
    settings = make_settings(tmp_path, RECONNECT_DATABASE=pg_dsn)
    async with open_app(settings, clock) as app:
        assert type(app.store).__name__ == "PostgresStore"
        await run_script(script, app)


async def run_script(script: Path, app: App) -> None:
    """Play a script's turns and check what the user is told, and what is stored."""
    data: dict[str, Any] = _read(script)
    chat = Chat(app, user_id=int(data.get("user", 42)))
    if not data.get("new_user"):
        await chat.consent()
    for number, turn in enumerate(data["turns"], start=1):
        where = f"{script.name} turn {number}"
        unknown = set(turn) - TURN_KEYS
        assert not unknown, f"{where}: unknown keys {unknown}"
        if "tap" in turn:
            replies = await chat.tap(str(turn["tap"]))
        else:
            replies = await chat.send(str(turn["send"]))
        said = text_of(replies)
        assert replies, f"{where}: no reply at all"
        for reply in replies:  # no message over about 120 words (a crisis reply goes whole)
            assert chat.crisis or words_in(reply.text) <= MAX_WORDS, f"{where}: long\n{reply.text}"
        for fragment in turn.get("expect", []):
            assert fragment.casefold() in said.casefold(), f"{where}: {fragment!r} not in\n{said}"
        for fragment in turn.get("absent", []):
            assert fragment.casefold() not in said.casefold(), f"{where}: {fragment!r} in\n{said}"
        if "first" in turn:
            assert turn["first"].casefold() in replies[0].text.casefold(), (
                f"{where}: first reply was {replies[0].text!r}"
            )
        offered = labels_of(replies)
        for label in turn.get("choices", []):
            assert str(label) in offered, f"{where}: button {label!r} not in {offered}"
        if "checkins" in turn:
            async with app.store.transaction() as tx:
                stored = await tx.checkins(chat.user_id)
            assert len(stored) == turn["checkins"], f"{where}: {len(stored)} check-ins"
        if "results" in turn:
            async with app.store.transaction() as tx:
                results = await questionnaire_results(tx, chat.user_id)
            kept = [f"{r.questionnaire}:{r.band}" for r in results]
            assert kept == turn["results"], f"{where}: results {kept}"
