"""One message a turn: what a turn says joined before it is committed to the outbox.

Texts are joined in order, a blank line between them; a reply with buttons closes its
message (its question and buttons come last), and one with a file is a message of its
own. A message stays within Telegram's 4096 characters and, unless it is a crisis
reply, about ``MAX_WORDS`` words: past that the next text starts a new message, so a
short acknowledgement and the next question go together, a page of text does not.
A crisis reply is joined whole whatever its length (within 4096): the lines, the
question whether the person is safe and its buttons arrive as one.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.engine.events import Reply

MAX_CHARS = 4096  # Telegram's limit for one message
MAX_WORDS = 120  # the design's limit for one message: longer reads as a wall of text
SEPARATOR = "\n\n"


def words_in(text: str) -> int:
    """Return how many words a text has, as a reader would count them."""
    return len(text.split())


def join_replies(replies: Iterable[Reply], *, whole: bool = False) -> list[Reply]:
    """Return the replies joined into as few messages as fit, buttons last in each."""
    joined: list[Reply] = []
    texts: list[str] = []

    def flush(last: Reply | None = None) -> None:
        if texts or last is not None:
            parts = [*texts, last.text] if last is not None else texts
            text = SEPARATOR.join(part for part in parts if part)
            joined.append(Reply(text, last.choices if last is not None else ()))
        texts.clear()

    for reply in replies:
        if reply.attachment is not None:
            flush()
            joined.append(reply)
            continue
        if texts and not _fits([*texts, reply.text], whole=whole):
            flush()
        if reply.choices:
            flush(reply)
        elif reply.text:
            texts.append(reply.text)
    flush()
    return joined


def _fits(texts: list[str], *, whole: bool) -> bool:
    text = SEPARATOR.join(texts)
    return len(text) <= MAX_CHARS and (whole or words_in(text) <= MAX_WORDS)
