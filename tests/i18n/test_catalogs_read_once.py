"""The catalogs are parsed once a process (the engine, onboarding and the command menu all
ask at start-up), and read again when a file in them changes, so what a translator saved
is what is shown."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.i18n import Catalogs

LOCALES = Path(__file__).resolve().parents[2] / "data" / "locales"


def test_the_same_folder_unchanged_is_parsed_once() -> None:
    assert Catalogs.load(LOCALES) is Catalogs.load(LOCALES)


def test_a_catalog_changed_on_disk_is_read_again(tmp_path: Path) -> None:
    folder = tmp_path / "locales"
    shutil.copytree(LOCALES, folder)
    before = Catalogs.load(folder)
    file = folder / "es" / "safety.ftl"
    key = "data-safety-international"
    written = before.catalogs["es"].format(key, {})
    assert written is not None
    # Same length, so only the contents tell the two apart (not the size, nor a coarse clock).
    changed = "x" * len(written)
    file.write_text(file.read_text("utf-8").replace(written, changed), "utf-8")
    assert Catalogs.load(folder).catalogs["es"].format(key, {}) == changed


def test_a_folder_with_no_catalogs_reads_as_english_only(tmp_path: Path) -> None:
    assert Catalogs.load(tmp_path / "none").catalogs == {}
