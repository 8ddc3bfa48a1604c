"""The terminal channel: the same engine, typed into and printed out."""

from __future__ import annotations

import asyncio
import os
import threading
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import TextIO

from bot.app import App
from bot.engine import Choice, Event, EventKind, Reply, reply_from_dict
from bot.engine.events import split_payload
from bot.engine.texts import speaking
from bot.terminal_words import TerminalWords

CONSOLE_USER = 1
TERMINAL = "terminal"  # the channel's name, for flows that word things for it
QUIT = frozenset({"/quit", "/exit"})


def terminal_language(environ: Mapping[str, str]) -> str:
    """Return the terminal's language as a Telegram app would give it ("ru_RU.UTF-8" is
    "ru-RU"), from the locale's variables in the order the C library reads them; none for
    the C or POSIX locale."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "").split(".")[0].split("@")[0]
        if value:
            return "" if value in {"C", "POSIX"} else value.replace("_", "-")
    return ""


class Console:
    """Read lines, hand them to the engine as events, print the replies."""

    def __init__(
        self, app: App, out: TextIO, user_id: int = CONSOLE_USER, language: str = ""
    ) -> None:
        self.app = app
        self.out = out
        self.user_id = user_id
        self.language = language  # as a Telegram app's language_code: "ru", "pt-BR", or none
        self.choices: tuple[Choice, ...] = ()
        self.words = TerminalWords.load(app.settings.data_dir / "console.yaml")

    async def flush_outbox(self) -> None:
        """Print replies committed but not yet shown (after a crash, say)."""
        store = self.app.store
        while items := await store.pending_outbox(user_id=self.user_id):
            for item in items:
                for body in item.unsent:
                    self.show(reply_from_dict(body))
                await store.mark_sent(item)

    @property
    def files(self) -> Path:
        """Return the folder, beside the database, of the files written for the user."""
        database = self.app.settings.database
        return database.parent / f"{database.stem}-files"

    async def send(self, event: Event) -> None:
        """Hand one event to the engine and print what comes back."""
        outcome = await self.app.engine.handle(event)
        await self.flush_outbox()
        if outcome.forgotten and self._written():
            # The copies /export wrote are theirs, asked for before deleting ("if you'd like a
            # copy first, send /export"): kept, and where they are said, never erased unseen.
            self.out.write(f"\n{self.words.get('kept_files', path=self.files)}\n")
            self.out.flush()

    def _written(self) -> bool:
        """Return whether the folder of files written for the user holds any."""
        return self.files.is_dir() and any(self.files.iterdir())

    def save(self, filename: str, content: bytes) -> Path:
        """Write a file for the user, readable by its owner only (it may hold their notes)."""
        self.files.mkdir(mode=0o700, exist_ok=True)
        self.files.chmod(0o700)
        path = self.files / Path(filename).name
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.fchmod(descriptor, 0o600)  # an older copy may have been made with wider rights
        with os.fdopen(descriptor, "wb") as file:
            file.write(content)
        return path

    def _event(self, kind: EventKind, *, text: str = "", payload: str = "") -> Event:
        """Return an event of this terminal's person, in their terminal's language."""
        event_id = f"console:{uuid.uuid4().hex}"
        return Event(
            event_id, self.user_id, kind, text=text, payload=payload, language=self.language
        )

    def event_for(self, line: str) -> Event:
        """Turn a typed line into an event: a command, a button (by label or number), text."""
        text = line.strip()
        if text.startswith("/"):
            return self._event(EventKind.COMMAND, text=text)
        wanted = " ".join(text.split()).casefold()
        for choice in self.choices:
            if choice.label.casefold() == wanted:
                return self._event(EventKind.BUTTON, payload=choice.payload)
        scored = _scores(self.choices)
        if scored is not None:
            # A questionnaire's answers are numbered by their scores, as its intro says.
            chosen = scored.get(wanted)
            if chosen is not None:
                return self._event(EventKind.BUTTON, payload=chosen.payload)
            return self._event(EventKind.TEXT, text=text)
        numbered = any(len(choice.label) > 3 for choice in self.choices)
        if (
            numbered
            and wanted.isdecimal()
            and len(wanted) < 4
            and 1 <= int(wanted) <= len(self.choices)
        ):
            payload = self.choices[int(wanted) - 1].payload
            return self._event(EventKind.BUTTON, payload=payload)
        return self._event(EventKind.TEXT, text=text)

    def show(self, reply: Reply) -> None:
        """Print one reply, its choices numbered."""
        self.out.write(f"\n{self.words.reword(reply.text)}\n")
        if reply.attachment is not None:
            path = self.save(reply.attachment.filename, reply.attachment.content)
            saved = self.words.get("saved_file", kind=reply.attachment.kind, path=path)
            self.out.write(f"{saved}\n")
        if reply.choices:
            self.choices = reply.choices
            scored = _scores(reply.choices)
            if scored is not None:
                for score, choice in scored.items():
                    self.out.write(f"  {score}. {choice.label}\n")
            elif all(len(choice.label) <= 3 for choice in reply.choices):
                # A scale: the labels are the answers, so show them as they are.
                self.out.write("  " + "  ".join(f"[{c.label}]" for c in reply.choices) + "\n")
            else:
                for number, choice in enumerate(reply.choices, start=1):
                    self.out.write(f"  {number}. {choice.label}\n")
        self.out.flush()

    async def run(self, lines: TextIO) -> None:
        """Talk until end of input, /quit or Ctrl-C, then say goodbye."""
        with speaking(self.language, self.app.engine.words):
            banner = self.words.get("banner", database=self.app.settings.store_label)
        self.out.write(banner + "\n")
        typed = _read_in_background(lines)
        try:
            await self.flush_outbox()
            await self.send(self._event(EventKind.OPEN))
            while True:
                self.out.write("> ")
                self.out.flush()
                line = await typed.get()
                if not line or line.strip().lower() in QUIT:
                    return
                if line.strip():
                    await self.send(self.event_for(line))
        finally:  # Ctrl-C too: what was committed is kept; the turn cut short never was
            with speaking(self.language, self.app.engine.words):
                self.out.write("\n" + self.words.get("bye") + "\n")
            self.out.flush()


def _read_in_background(lines: TextIO) -> asyncio.Queue[str]:
    """Read lines on a daemon thread: waiting for input never keeps the process from
    leaving at once (the default executor's thread would be waited for at exit)."""
    loop = asyncio.get_running_loop()
    typed: asyncio.Queue[str] = asyncio.Queue()

    def read() -> None:
        while True:
            line = lines.readline()
            try:
                loop.call_soon_threadsafe(typed.put_nowait, line)
            except RuntimeError:  # the loop is closed: the console has gone
                return
            if not line:
                return

    threading.Thread(target=read, name="console-input", daemon=True).start()
    return typed


def _scores(choices: tuple[Choice, ...]) -> dict[str, Choice] | None:
    """Return a questionnaire's answers by score ("0" to "3"), or None if they are no scores.

    Answers worth a score are numbered by it, in the terminal as the intro and Telegram
    say: "5" is "All of the time" everywhere, never the fifth line of a list.
    """
    if not choices or any(len(choice.label) <= 3 for choice in choices):
        return None  # a scale's buttons are their own numbers
    values = [split_payload(choice.payload)[1] for choice in choices]
    if not all(value.isascii() and value.isdigit() for value in values):
        return None
    return dict(zip(values, choices, strict=True))
