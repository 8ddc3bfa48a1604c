"""Fluent catalogs, one folder per language under ``data/locales/`` (docs/languages.md)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, ast

from bot.yamlfile import read_yaml_file

ENGLISH = "en"
# Telegram's language_code -> the language we would speak, once it is shipped.
SPOKEN = {"ru": "ru", "es": "es", "pt": "pt-BR"}


def language_for(code: str) -> str:
    """Return the language for a Telegram ``language_code`` ("pt-br" -> "pt-BR"), else en."""
    return SPOKEN.get(code.lower().replace("_", "-").split("-")[0], ENGLISH)


@dataclass(frozen=True, slots=True)
class Catalog:
    """One language's messages: parsed (for the check) and bundled (to format)."""

    language: str
    messages: Mapping[str, ast.Message]
    files: Mapping[str, str]  # key -> the file it is in, for the check's reports
    errors: tuple[str, ...]  # what could not be parsed, with its file
    bundle: FluentBundle = field(repr=False)

    @classmethod
    def load(cls, language: str, folder: Path) -> Catalog:
        """Read every ``.ftl`` file in ``folder``."""
        bundle = FluentBundle([language], use_isolating=False)
        messages: dict[str, ast.Message] = {}
        files: dict[str, str] = {}
        errors: list[str] = []
        for file in sorted(folder.glob("*.ftl")):
            resource = FluentParser().parse(file.read_text(encoding="utf-8"))
            for entry in resource.body:
                if isinstance(entry, ast.Message):
                    if entry.id.name in messages:
                        errors.append(f"{file}: {entry.id.name} is written twice")
                    messages[entry.id.name] = entry
                    files[entry.id.name] = str(file)
                elif isinstance(entry, ast.Junk):
                    errors.append(f"{file}: cannot read {(entry.content or '').strip()[:60]!r}")
            bundle.add_resource(resource)  # what FluentResource(text) would parse again
        return cls(language, messages, files, tuple(errors), bundle)

    def format(self, key: str, values: Mapping[str, object]) -> str | None:
        """Return the message ``key`` with ``values`` filled in, or None if it is not here."""
        if key not in self.messages:
            return None
        message = self.bundle.get_message(key)
        if message.value is None:
            return None
        args: dict[str, Any] = {
            name: value if isinstance(value, int | float) else str(value)
            for name, value in values.items()
        }
        text, _errors = self.bundle.format_pattern(message.value, args)
        return str(text)


def _read_files(folder: Path) -> list[Path]:
    """Return the files `Catalogs.load` reads: the listing and each language's .ftl files
    (a language folder may be a link)."""
    if not folder.is_dir():
        return []
    languages = sorted(sub for sub in folder.iterdir() if sub.is_dir())
    catalogs = (file for sub in languages for file in sorted(sub.glob("*.ftl")))
    return [folder / "languages.yaml", *catalogs]


def _contents(folder: Path) -> str:
    """Return a digest of the names and bytes of the files `Catalogs.load` reads."""
    digest = hashlib.blake2b(digest_size=16)
    for file in _read_files(folder):
        if file.is_file():
            digest.update(str(file.relative_to(folder)).encode() + b"\0")
            digest.update(file.read_bytes() + b"\0")
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class Catalogs:
    """The languages written so far; which are shipped; the words kept as in English."""

    catalogs: Mapping[str, Catalog]
    shipped: frozenset[str]
    keep_english: frozenset[str]
    names: Mapping[str, str] = field(default_factory=dict)  # each language in its own words
    # What else people call a language when they ask for it ("castellano"), by code.
    also_called: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Texts a language keeps in English, by the start of their keys: a questionnaire's items
    # where no validated translation could be checked (said so to the person, in its intro).
    english_only: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path) -> Catalogs:
        """Read ``folder/languages.yaml`` and each ``folder/<language>/``; none if absent.

        Parsing every catalog takes about half a second, and the engine, the onboarding
        feature and the command menu each ask at start-up: the catalogs read are kept for
        the life of the process, by the folder and its files' contents (so a file changed
        is read again). They are never changed once read."""
        key = (folder, _contents(folder))  # as given: the check names files as given
        found = _READ.get(key)
        if found is None:
            if len(_READ) >= _KEEP_READ:
                _READ.pop(next(iter(_READ)))
            found = _READ[key] = cls._read(folder)
        return found

    @classmethod
    def _read(cls, folder: Path) -> Catalogs:
        listing = folder / "languages.yaml"
        data: dict[str, Any] = {}
        if listing.is_file():
            data = read_yaml_file(listing) or {}
        catalogs = {
            sub.name: Catalog.load(sub.name, sub)
            for sub in sorted(folder.iterdir() if folder.is_dir() else ())
            if sub.is_dir()
        }
        return cls(
            catalogs,
            frozenset(str(name) for name in data.get("shipped") or ()),
            frozenset(str(word).casefold() for word in data.get("keep_english") or ()),
            {str(code): str(name) for code, name in (data.get("names") or {}).items()},
            {
                str(code): tuple(map(str, words))
                for code, words in (data.get("also_called") or {}).items()
            },
            {
                str(code): tuple(map(str, starts))
                for code, starts in (data.get("english_only") or {}).items()
            },
        )

    @classmethod
    def none(cls) -> Catalogs:
        """Return no catalogs: English only."""
        return cls({}, frozenset(), frozenset())

    def in_english(self, language: str, key: str) -> bool:
        """Whether this language says the text at ``key`` in English, as written."""
        return key.startswith(self.english_only.get(language, ()) or ("\0",))

    def offered(self) -> dict[str, str]:
        """Return the languages a person may choose, by code: English and those shipped."""
        return {
            code: self.names.get(code, code)
            for code in (ENGLISH, *sorted(self.shipped & self.catalogs.keys()))
        }

    def speaks(self, code: str) -> str:
        """Return the shipped language for a language code, or en."""
        wanted = code.lower().replace("_", "-")
        for name in sorted(self.shipped & self.catalogs.keys()):  # a language added as catalogs
            if name.lower() in {wanted, wanted.split("-")[0]}:
                return name
        language = language_for(code) if code else ENGLISH
        return language if language in self.shipped and language in self.catalogs else ENGLISH


# Catalogs read in this process, by folder and contents (Catalogs.load); a few folders at
# most (tests read their own), the oldest let go first.
_KEEP_READ = 8
_READ: dict[tuple[Path, str], Catalogs] = {}
