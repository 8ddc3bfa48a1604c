"""/gratitude's actions alone: a line is kept sealed and counted, then read back newest first."""

from __future__ import annotations

from datetime import timedelta
from functools import partial

from bot.features.gratitude.actions import KIND, WORDS, keep_gratitude, show_gratitude
from tests.features.acting import USER_ID, Acting, words

WORDS_SHIPPED = words("gratitude.yaml", WORDS)
keep = partial(keep_gratitude, words=WORDS_SHIPPED)
show = partial(show_gratitude, words=WORDS_SHIPPED)


async def test_a_written_line_is_kept_and_counted(person: Acting) -> None:
    result = await person.run(keep, line="  the smell of rain  ")
    assert [r.text for r in result.replies] == [WORDS_SHIPPED.get("kept", count=1)]
    assert result.answers == {"gratitude_count": 1}
    async with person.reading() as tx:
        assert [note.text for note in await tx.notes(USER_ID, KIND)] == ["the smell of rain"]


async def test_nothing_today_keeps_nothing_and_says_nothing(person: Acting) -> None:
    result = await person.run(keep, line=None)
    assert (result.replies, result.answers) == ((), {"gratitude_count": 0})
    async with person.reading() as tx:
        assert await tx.notes(USER_ID, KIND) == []


async def test_lines_are_read_back_newest_first_with_their_day(person: Acting) -> None:
    await person.run(keep, line="the smell of rain")
    person.clock.advance(timedelta(days=1))
    await person.run(keep, line="my sister called")
    [reply] = (await person.run(show)).replies
    expected = "\n".join(
        [
            WORDS_SHIPPED.get("line", date="03 Nov 2026", text="my sister called"),
            WORDS_SHIPPED.get("line", date="02 Nov 2026", text="the smell of rain"),
        ]
    )
    assert reply.text == WORDS_SHIPPED.get("recent", lines=expected)


async def test_with_nothing_kept_it_says_how_to_begin(person: Acting) -> None:
    [reply] = (await person.run(show)).replies
    assert reply.text == WORDS_SHIPPED.get("none_yet")
