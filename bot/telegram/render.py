"""Replies as Telegram messages: text cut to size, choices as an inline keyboard."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.engine.events import Choice

MAX_TEXT = 4096


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Cut text into pieces under the limit, at paragraph, line or word breaks if possible."""
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        window = rest[:limit]
        cut = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(" "))
        if cut < limit // 2:
            cut = limit
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    pieces.append(rest)
    return [piece for piece in pieces if piece] or [""]


def keyboard(choices: tuple[Choice, ...]) -> InlineKeyboardMarkup | None:
    """Lay out buttons: a scale six to a row, short words two to a row, else one per row."""
    if not choices:
        return None
    longest = max(len(choice.label) for choice in choices)
    per_row = 6 if longest <= 3 else 2 if longest <= 16 and len(choices) > 3 else 1
    buttons = [InlineKeyboardButton(c.label, callback_data=c.payload) for c in choices]
    return InlineKeyboardMarkup(
        [buttons[i : i + per_row] for i in range(0, len(buttons), per_row)]
    )


def label_for(markup: InlineKeyboardMarkup | None, data: str) -> str | None:
    """Return the label of the button in this keyboard that carries ``data``."""
    if markup is None:
        return None
    for row in markup.inline_keyboard:
        for button in row:
            if button.callback_data == data:
                return button.text
    return None
