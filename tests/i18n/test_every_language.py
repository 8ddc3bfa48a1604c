"""Every shipped language (and a fifth, stubbed from English with a marker) has the same
conversations: onboarding, a check-in, a crisis mid-flow, /gethelp, /export and /delete, each
reply in that language and none of it English. Shipping a language puts it here."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime
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
SHIPPED = list(yaml.safe_load((LOCALES / "languages.yaml").read_text(encoding="utf-8"))["shipped"])
STUB = "xx"  # every text the English with this marker before it
SCRIPT: list[tuple[str, str | int]] = [  # typed text, or the index of a button on the last reply
    ("send", "/start"),
    ("tap", 0),  # yes, ask me how I feel
    ("tap", 2),  # an age band
    ("send", "/checkin"),
    ("tap", 6),  # how present feelings seem
    ("send", "I want to kill myself"),  # a crisis mid check-in
    ("send", "/gethelp"),
    ("send", "/export"),
    ("send", "/delete"),
]


async def _opened(tmp_path: Path, language: str) -> AsyncIterator[App]:
    data = tmp_path / "data"
    (data / "locales").mkdir(parents=True)
    for entry in (ROOT / "data").iterdir():
        if entry.name != "locales":
            (data / entry.name).symlink_to(entry)
    for entry in LOCALES.iterdir():
        if entry.name != "languages.yaml":
            (data / "locales" / entry.name).symlink_to(entry)
    flows = load_flows(ROOT / "flows", build_registry(), ROOT / "data")
    english = {**flow_texts(flows), **data_texts(ROOT / "data")}
    (data / "locales" / STUB).mkdir()
    body = "".join(as_fluent(key, f"{STUB} {text}") for key, text in english.items())
    (data / "locales" / STUB / "all.ftl").write_text(body, encoding="utf-8")
    listing = (LOCALES / "languages.yaml").read_text(encoding="utf-8")
    listing, count = re.subn(
        r"\nshipped: \[([^]\n]*)\]\n", lambda m: f"\nshipped: [{m[1]}, {STUB}]\n", listing
    )
    assert count == 1
    (data / "locales" / "languages.yaml").write_text(listing, encoding="utf-8")
    settings = make_settings(tmp_path, RECONNECT_DATA_DIR=str(data))
    async with open_app(settings, ManualClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))) as opened:
        yield opened


async def _talk(app: App, language: str) -> list[list[Reply]]:
    chat = Chat(app, user_id=700, language=language)
    if language == STUB:  # chosen as /language would (first contact maps only ru/es/pt codes)
        now = app.engine.clock.now()
        async with app.store.transaction() as tx:
            await tx.save_user(UserRecord(chat.user_id, created_at=now, language=STUB))
    said = []
    for kind, what in SCRIPT:
        if kind == "send":
            said.append(await chat.send(str(what)))
        else:
            last = next(r for r in reversed(chat.shown) if r.choices)
            payload = last.choices[int(what)].payload
            said.append(await chat.event(EventKind.BUTTON, payload=payload))
    return said


@pytest.mark.parametrize("language", [*SHIPPED, STUB])
async def test_the_same_conversations_in_every_language(tmp_path: Path, language: str) -> None:
    async for app in _opened(tmp_path / "en", "en"):
        english = await _talk(app, "en")
    async for app in _opened(tmp_path / language, language):
        spoken = await _talk(app, language)
    for (kind, what), theirs, ours in zip(SCRIPT, spoken, english, strict=True):
        assert theirs, (kind, what)
        originals = {reply.text for reply in ours}
        for reply in theirs:
            assert reply.text not in originals, (kind, what, reply.text)
            if language == STUB:
                assert reply.text.startswith(f"{STUB} "), (kind, what, reply.text)
