"""Every feature, walked in a stubbed language whose every text is the English in capitals:
words in lower case in a reply are English that bypassed the catalogs (/gethelp's advice
did, in every language, though its translations were there), whole or put into a
translated sentence (an activity's name and how-to in /plan's reminder)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from itertools import count
from pathlib import Path

import pytest
import yaml

from bot.app import App, build_registry, load_flows, open_app
from bot.clock import ManualClock
from bot.engine import EventKind, Reply
from bot.i18n import data_texts, flow_texts
from bot.i18n.fluent_text import as_fluent
from bot.storage.records import UserRecord
from tests.chat import Chat
from tests.conftest import ROOT, make_settings

LOCALES = ROOT / "data" / "locales"
STUB = "xx"
COMMANDS = sorted(
    str(flow["command"])
    for file in (ROOT / "flows").glob("*.yaml")
    if (flow := yaml.safe_load(file.read_text(encoding="utf-8"))).get("command")
    and flow["command"] not in {"delete", "language"}
)
STEPS = 8  # buttons tapped after each command: the first, or a scale's middle
_users = count(900)


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[App]:
    data = tmp_path / "data"
    (data / "locales").mkdir(parents=True)
    for entry in (ROOT / "data").iterdir():
        if entry.name != "locales":
            (data / entry.name).symlink_to(entry)
    flows = load_flows(ROOT / "flows", build_registry(), ROOT / "data")
    english = {**flow_texts(flows), **data_texts(ROOT / "data")}
    (data / "locales" / STUB).mkdir()
    body = "".join(as_fluent(key, _capitals(text)) for key, text in english.items())
    (data / "locales" / STUB / "all.ftl").write_text(body, encoding="utf-8")
    (data / "locales" / "languages.yaml").write_text(f"shipped: [{STUB}]\n", encoding="utf-8")
    settings = make_settings(tmp_path, RECONNECT_DATA_DIR=str(data))
    async with open_app(settings, ManualClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))) as opened:
        yield opened


def _capitals(english: str) -> str:
    """Return the English in capitals, its {fields} as they are (a plural's words too)."""
    parts = re.split(r"(\{[^{}]*\})", english)
    return "".join(
        part
        if part.startswith("{") and "|" not in part
        else (part.split("|", 1)[0] + "|" + part.split("|", 1)[1].upper())
        if part.startswith("{")
        else part.upper()
        for part in parts
    )


# Three words in lower case in a row: English as written. Web and Telegram addresses and
# /commands are not words; what services call themselves stays as they write it.
WORDS = re.compile(r"\b[a-z][a-z']+(?:[ ,]+[a-z][a-z']*){2,}")
NOT_WORDS = re.compile(
    r"\S+\.(?:org|com|net|uk|de|fr|be|nl|es|br|ie|au|ca|in|jp|kr|ru|ch)\S*|/\w+"
)


def _english(replies: list[Reply]) -> list[str]:
    """Return the runs of English words in these replies."""
    return [found for reply in replies for found in WORDS.findall(NOT_WORDS.sub(" ", reply.text))]


@pytest.mark.parametrize("second", [False, True], ids=["first-buttons", "second-buttons"])
@pytest.mark.parametrize("command", COMMANDS)
async def test_every_feature_speaks_the_catalog(app: App, command: str, second: bool) -> None:
    """After the command, the first button each time (a scale's middle), or the second."""
    chat = Chat(app, user_id=next(_users))
    now = app.engine.clock.now()
    async with app.store.transaction() as tx:
        await tx.save_user(
            UserRecord(chat.user_id, created_at=now, consented_at=now, language=STUB, country="GB")
        )
    replies = await chat.send(f"/{command}")
    left = _english(replies)
    for _ in range(STEPS):
        last = next((r for r in reversed(replies) if r.choices), None)
        if last is None:
            break
        choices = last.choices
        at = len(choices) // 2 if len(choices) == 11 else min(int(second), len(choices) - 1)
        pick = choices[at]
        replies = await chat.event(EventKind.BUTTON, payload=pick.payload)
        left += _english(replies)
    assert left == [], left


async def test_gethelps_advice_and_readings_speak_the_catalog(app: App) -> None:
    """The answers that lead to talking therapy, then two readings behind "Tell me more"."""
    chat = Chat(app, user_id=next(_users))
    now = app.engine.clock.now()
    async with app.store.transaction() as tx:
        await tx.save_user(
            UserRecord(chat.user_id, created_at=now, consented_at=now, language=STUB)
        )
    left = _english(await chat.send("/gethelp"))
    for typed in ("3", "1", "2", "1", "2", "1", "2", "2", "2"):
        left += _english(await chat.send(typed))
    for _ in range(3):  # "no" to the last question, then "Tell me more" twice
        last = next(r for r in reversed(chat.shown) if r.choices)
        left += _english(await chat.event(EventKind.BUTTON, payload=last.choices[0].payload))
    said = " ".join(reply.text for reply in chat.shown[-3:])
    assert "CBT" in said  # the therapist's tier was reached, and read on
    assert left == [], left
