"""/journal's actions alone: an entry kept in its parts, listed newest first, shown by number."""

from __future__ import annotations

from datetime import timedelta
from functools import partial

import pytest

from bot.features.journal.actions import (
    WORDS,
    read_journal,
    save_journal_entry,
    show_journal_entry,
)
from tests.features.acting import NOW, USER_ID, Acting, words

SHIPPED = words("journal.yaml", WORDS)
read = partial(read_journal, words=SHIPPED)
show = partial(show_journal_entry, words=SHIPPED)


async def test_an_entry_is_kept_in_its_parts_and_skipped_parts_left_out(person: Acting) -> None:
    await person.run(
        save_journal_entry,
        template="three_questions",
        happened=" a long call ",
        felt="",
        needed=None,
    )
    async with person.reading() as tx:
        [entry] = await tx.journal_entries(USER_ID)
    assert (entry.at, entry.local_date, entry.template, entry.parts) == (
        NOW,
        NOW.date(),
        "three_questions",
        {"happened": "a long call"},
    )


async def test_an_unknown_template_keeps_nothing(person: Acting) -> None:
    with pytest.raises(ValueError, match="unknown journal template"):
        await person.run(save_journal_entry, template="poem", writing="words")
    async with person.reading() as tx:
        assert await tx.journal_entries(USER_ID) == []


async def test_entries_are_listed_newest_first_by_number_date_and_template(
    person: Acting,
) -> None:
    await person.run(save_journal_entry, template="expressive", writing="first")
    person.clock.advance(timedelta(days=1))
    await person.run(save_journal_entry, template="feeling_in_body", feeling="dull")
    result = await person.run(read)
    assert result.answers == {
        "entry_count": 2,
        "entry_list": [
            "2 · 03 Nov 2026 · A feeling and where it sits",
            "1 · 02 Nov 2026 · Writing about something hard",
        ],
    }


async def test_an_entry_is_shown_by_its_typed_number_with_its_parts_titled(
    person: Acting,
) -> None:
    await person.run(
        save_journal_entry, template="feeling_in_body", feeling="dull", note="all day"
    )
    [reply] = (await person.run(show, entry_pick="#1")).replies
    assert reply.text == (
        "1 · 02 Nov 2026 · A feeling and where it sits\n\n"
        "The feeling\ndull\n\nMore about it\nall day"
    )


async def test_a_number_with_no_entry_says_how_many_there_are(person: Acting) -> None:
    await person.run(save_journal_entry, template="expressive", writing="first")
    [reply] = (await person.run(show, entry_pick="5")).replies
    assert reply.text == SHIPPED.get("not_found", count=1)
