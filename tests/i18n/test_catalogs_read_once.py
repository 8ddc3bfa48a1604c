"""The catalogs are parsed once a process (the engine, onboarding and the command menu all
ask at start-up), and read again when a file in them changes, so what a translator saved
is what is shown."""

from __future__ import annotations

import os
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
    # The same size and the same time on the file: only its contents tell the two apart.
    changed = "x" * len(written.encode())
    kept = file.stat()
    file.write_text(file.read_text("utf-8").replace(written, changed), "utf-8")
    os.utime(file, ns=(kept.st_atime_ns, kept.st_mtime_ns))
    assert file.stat().st_size == kept.st_size
    assert Catalogs.load(folder).catalogs["es"].format(key, {}) == changed


def test_a_language_folder_linked_in_is_read_again_when_it_changes(tmp_path: Path) -> None:
    folder = tmp_path / "locales"
    folder.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "words.ftl").write_text("hello = one\n", "utf-8")
    (folder / "xx").symlink_to(elsewhere)
    assert Catalogs.load(folder).catalogs["xx"].format("hello", {}) == "one"
    (elsewhere / "words.ftl").write_text("hello = two\n", "utf-8")
    assert Catalogs.load(folder).catalogs["xx"].format("hello", {}) == "two"


def test_a_folder_with_no_catalogs_reads_as_english_only(tmp_path: Path) -> None:
    assert Catalogs.load(tmp_path / "none").catalogs == {}
