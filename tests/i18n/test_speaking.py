"""The engine speaks a shipped language's catalog: flows' words, buttons and its own words."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.app import App, open_app
from bot.clock import ManualClock
from bot.storage.records import UserRecord
from tests.chat import Chat
from tests.conftest import ROOT, make_settings

CATALOG = """\
menu-choose-say = Чем займёмся?
menu-choose-option-check_in_with_how_i_feel = Отметить, как я
menu-bye-say = Хорошо. Я рядом: просто напиши /menu.
data-engine-unknown_command = Такой команды я не знаю. /menu покажет, что можно сделать.
data-language-chosen = Готово: теперь я говорю с тобой так: { $name }.
"""


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[App]:
    data = tmp_path / "data"
    data.mkdir()
    for entry in (ROOT / "data").iterdir():
        if entry.name != "locales":
            (data / entry.name).symlink_to(entry)
    (data / "locales" / "ru").mkdir(parents=True)
    (data / "locales" / "ru" / "menu.ftl").write_text(CATALOG, encoding="utf-8")
    listing = (ROOT / "data" / "locales" / "languages.yaml").read_text(encoding="utf-8")
    listing, count = re.subn(r"\nshipped: \[[^]\n]*\]\n", "\nshipped: [ru]\n", listing)
    assert count == 1
    (data / "locales" / "languages.yaml").write_text(listing, encoding="utf-8")
    settings = make_settings(tmp_path, RECONNECT_DATA_DIR=str(data))
    async with open_app(settings, ManualClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))) as opened:
        yield opened


async def test_a_russian_app_reads_the_russian_catalog(app: App) -> None:
    chat = Chat(app, language="ru-RU")
    await chat.consent()
    (menu,) = await chat.send("/menu")
    assert menu.text == "Чем займёмся?"
    assert menu.choices[0].label == "Отметить, как я"
    assert menu.choices[1].label == "A grounding exercise"  # not in this stub: English
    (answer,) = await chat.send("/nosuchthing")
    assert answer.text == (
        "Такой команды я не знаю. /menu покажет, что можно сделать.\n\nЧем займёмся?"
    )


async def test_a_language_not_shipped_reads_english_as_written(app: App) -> None:
    chat = Chat(app, language="de")
    await chat.consent()
    (menu,) = await chat.send("/menu")
    assert menu.text == "What would you like to do?"
    assert menu.choices[0].label == "Check in with how I feel"


async def test_the_language_chosen_is_spoken_whatever_the_app_says(app: App) -> None:
    chat = Chat(app, language="de")
    now = app.engine.clock.now()
    async with app.store.transaction() as tx:
        await tx.save_user(
            UserRecord(chat.user_id, created_at=now, consented_at=now, language="ru")
        )
    (menu,) = await chat.send("/menu")
    assert menu.text == "Чем займёмся?"


@pytest.mark.parametrize(
    ("code", "asked", "kept"), [("ru", False, "ru"), ("pt-br", True, "en"), ("de", True, "en")]
)
async def test_the_language_is_taken_from_the_app_on_first_contact(
    app: App, code: str, asked: bool, kept: str
) -> None:
    """Russian is shipped here and spoken at once; an app in a language that is not (here,
    Portuguese too) is asked which of those spoken it would like, English chosen."""
    chat = Chat(app, user_id=77, language=code)
    (first,) = await chat.send("/start")
    assert ("English" in [choice.label for choice in first.choices]) is asked
    if asked:
        await chat.tap("English")
    await chat.tap("Yes, that's okay")
    user = await chat.user()
    assert user is not None
    assert user.language == kept


async def test_language_offers_only_what_is_shipped_and_speaks_the_choice_at_once(
    app: App,
) -> None:
    chat = Chat(app, language="en")
    await chat.consent()
    (question,) = await chat.send("/language")
    assert [choice.label for choice in question.choices] == [
        "English",
        "Русский",
        "Keep it as it is",
    ]
    (done,) = await chat.tap("Русский")
    assert done.text == "Готово: теперь я говорю с тобой так: Русский."
    user = await chat.user()
    assert user is not None
    assert user.language == "ru"
    (menu,) = await chat.send("/menu")
    assert menu.text == "Чем займёмся?"
