"""Journaling prompts: entries written in parts, sealed, read back and deleted."""

from __future__ import annotations

from functools import partial

from bot.engine.actions import ActionRegistry
from bot.features.feature import Feature, Needs
from bot.features.journal.actions import (
    TEMPLATES,
    WORDS,
    read_journal,
    save_journal_entry,
    save_more_writing,
    show_journal_entry,
)
from bot.features.journal.kept import KEPT


def register(registry: ActionRegistry, needs: Needs) -> None:
    """Register this feature's actions, those that speak bound to its words."""
    words = needs.words("journal.yaml", WORDS)
    registry.register("save_journal_entry", reads={"template": TEMPLATES})(save_journal_entry)
    registry.register("save_more_writing")(save_more_writing)
    registry.register("read_journal", provides=["entry_count", "entry_list"])(
        partial(read_journal, words=words)
    )
    registry.register("show_journal_entry")(partial(show_journal_entry, words=words))


FEATURE = Feature("journal", register, KEPT)
