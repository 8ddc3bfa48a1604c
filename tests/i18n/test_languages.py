"""Adding a language is adding catalogs: the check passes a fifth language only when complete."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import build_registry, load_flows
from bot.cli import main
from bot.engine.texts import fields_in, render
from bot.i18n import Catalogs, Words, data_texts, flow_texts
from bot.i18n.catalogs import Catalog, language_for
from bot.i18n.check import check_languages
from bot.i18n.fluent_text import as_fluent
from bot.i18n.menus import command_menus

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture(scope="module")
def english() -> dict[str, str]:
    flows = load_flows(ROOT / "flows", build_registry(), ROOT / "data")
    return {**flow_texts(flows), **data_texts(ROOT / "data")}


def stub(folder: Path, texts: dict[str, str], shipped: bool = True) -> Catalogs:
    """Write a language "xx" whose every text is the English with "xx " before it."""
    (folder / "xx").mkdir(parents=True, exist_ok=True)
    body = "".join(as_fluent(key, f"xx {text}") for key, text in texts.items())
    (folder / "xx" / "all.ftl").write_text(body, encoding="utf-8")
    (folder / "languages.yaml").write_text(f"shipped: [{'xx' if shipped else ''}]\n")
    return Catalogs.load(folder)


def failures(english: dict[str, str], catalogs: Catalogs) -> list[str]:
    return [p.message for p in check_languages(english, catalogs) if not p.warning]


def test_a_complete_fifth_language_passes(tmp_path: Path, english: dict[str, str]) -> None:
    assert failures(english, stub(tmp_path, english)) == []


def test_a_shipped_language_missing_a_text_fails_naming_it(
    tmp_path: Path, english: dict[str, str]
) -> None:
    partial = {key: text for key, text in english.items() if key != "data-engine-cancelled"}
    found = failures(english, stub(tmp_path, partial))
    assert len(found) == 1
    assert found[0].startswith("data-engine-cancelled is missing")


def test_a_language_not_shipped_is_only_reported(tmp_path: Path, english: dict[str, str]) -> None:
    catalogs = stub(tmp_path, {"menu-choose-say": english["menu-choose-say"]}, shipped=False)
    problems = check_languages(english, catalogs)
    assert [p.warning for p in problems] == [True]
    assert f"{len(english) - 1} of {len(english)} texts missing" in problems[0].message
    wrong = as_fluent("menu-bye-say", english["menu-bye-say"])  # left in English
    (tmp_path / "xx" / "all.ftl").write_text(wrong, encoding="utf-8")
    found = failures(english, Catalogs.load(tmp_path))
    assert [message.split(":")[0] for message in found] == ["menu-bye-say is still in English"]
    assert Words(catalogs).text("xx", "menu-choose-say", "What?", {}) == "What?"


def test_other_placeholders_english_left_and_long_texts_fail(
    tmp_path: Path, english: dict[str, str]
) -> None:
    wrong = {
        "data-gratitude-kept": "xx You have {number} things.",
        "menu-bye-say": english["menu-bye-say"],
        "menu-choose-say": "слово " * 121,
    }
    stub(tmp_path, {key: text for key, text in english.items() if key not in wrong})
    file = tmp_path / "xx" / "all.ftl"
    added = "".join(as_fluent(key, text) for key, text in wrong.items())
    file.write_text(file.read_text(encoding="utf-8") + added, encoding="utf-8")
    found = failures(english, Catalogs.load(tmp_path))
    assert len(found) == 3
    assert "data-gratitude-kept uses {number}, English {count}" in found
    assert any(message.startswith("menu-bye-say is still in English") for message in found)
    assert "menu-choose-say is 121 words, over 120" in found


def test_english_as_a_catalog_reads_byte_for_byte_as_written(
    tmp_path: Path, english: dict[str, str]
) -> None:
    (tmp_path / "en").mkdir()
    body = "".join(as_fluent(key, text) for key, text in english.items())
    (tmp_path / "en" / "all.ftl").write_text(body, encoding="utf-8")
    catalog = Catalog.load("en", tmp_path / "en")
    for key, text in english.items():
        for count in (1, 3):
            values = {name: count for name in fields_in(text)}
            assert catalog.format(key, values) == render(text, values), key


def test_a_shipped_language_is_read_from_its_catalog(tmp_path: Path) -> None:
    (tmp_path / "ru").mkdir()
    (tmp_path / "ru" / "menu.ftl").write_text(
        "data-gratitude-kept = Записано: { $count ->\n"
        "    [one] { $count } запись\n"
        "    [few] { $count } записи\n"
        "   *[many] { $count } записей\n"
        "}\n",
        encoding="utf-8",
    )
    (tmp_path / "languages.yaml").write_text("shipped: [ru]\n")
    words = Words(Catalogs.load(tmp_path))
    english = "Kept {count} {count|thing|things}."
    assert words.text("ru", "data-gratitude-kept", english, {"count": 3}) == "Записано: 3 записи"
    assert words.text("ru-RU", "data-gratitude-kept", english, {"count": 5}) == (
        "Записано: 5 записей"
    )
    assert words.text("de", "data-gratitude-kept", english, {"count": 1}) == "Kept 1 thing."


def test_telegram_language_codes() -> None:
    assert [language_for(code) for code in ("ru", "es-ES", "pt-br", "pt", "de", "")] == [
        "ru",
        "es",
        "pt-BR",
        "pt-BR",
        "en",
        "en",
    ]


def test_the_shipped_catalogs_pass_the_check() -> None:
    assert main(["i18n", "check"]) == 0


def test_the_command_menu_is_set_for_each_shipped_language(tmp_path: Path) -> None:
    for code in ("ru", "pt-BR"):
        (tmp_path / code).mkdir()
        (tmp_path / code / "telegram.ftl").write_text(
            f"data-telegram-commands-sos = sos {code}\n", encoding="utf-8"
        )
    (tmp_path / "languages.yaml").write_text("shipped: [ru, pt-BR]\n")
    english = {"sos": "Crisis lines, right now", "menu": "Everything"}
    assert command_menus(Catalogs.load(tmp_path), english) == {
        "pt": {"sos": "sos pt-BR", "menu": "Everything"},
        "ru": {"sos": "sos ru", "menu": "Everything"},
    }
    assert command_menus(Catalogs.load(ROOT / "data" / "locales"), english) == {
        "es": {"sos": "Líneas de crisis, ahora mismo", "menu": "Todo lo que podemos hacer juntos"},
        "pt": {"sos": "Linhas de apoio, agora", "menu": "Tudo o que podemos fazer juntos"},
        "ru": {"sos": "Телефоны доверия прямо сейчас", "menu": "Всё, что мы можем сделать вместе"},
    }
