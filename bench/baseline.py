"""The same onboarding and check-in written the usual way, for bench/compare.py to measure
against: a python-telegram-bot v22 ``ConversationHandler``, persisted with PTB's
``PicklePersistence`` on its own schedule (every 60 s and at the end), defaults elsewhere.

A tap costs what Reconnect's does: the callback answered, the answered question edited to
show the answer, the next question sent. Text here is the bench's, not the bot's.

    TELEGRAM_BOT_TOKEN=... TELEGRAM_API_BASE_URL=... BASELINE_PICKLE=... python bench/baseline.py
"""

from __future__ import annotations

import os
import sys
import warnings
from pathlib import Path
from typing import Any

# Keep this folder off the path: bench/telegram.py would shadow PTB.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update  # noqa: E402
from telegram.ext import (  # noqa: E402
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    PicklePersistence,
    filters,
)
from telegram.warnings import PTBUserWarning  # noqa: E402

CONSENT, AGE, COUNTRY, ZONE, REMINDER, PRESENT, CONNECTED, FAMILY, WORD, NOTE = range(10)

INTRO = (
    "Hello, I'm a companion for days when feelings seem far away. I'm not a therapist and "
    "not an emergency service.\n\nIs it okay for me to ask about your feelings and keep "
    "your answers?"
)
STEPS: dict[int, tuple[str, list[str]]] = {
    AGE: (
        "How old are you? It helps me point you to the right kind of support.",
        ["Under 18", "18 to 24", "25 to 44", "45 to 64", "65 or over", "I'd rather not say"],
    ),
    COUNTRY: (
        "Which country are you in? It lets me show the right crisis lines.",
        ["United Kingdom", "United States", "Germany", "Skip for now"],
    ),
    ZONE: ("Which time zone are you in?", ["Europe/London", "America/New_York", "Not sure"]),
    REMINDER: (
        "Would you like a gentle reminder to check in each day?",
        ["09:00", "13:00", "20:00", "No reminders"],
    ),
    PRESENT: (
        "How present do your feelings seem today? 0 is nothing at all, 10 fully there.",
        [str(n) for n in range(11)],
    ),
    CONNECTED: (
        "And how connected do you feel to the people around you?",
        [str(n) for n in range(11)],
    ),
    FAMILY: (
        "Which family of feelings is closest?",
        ["Numb or flat", "Sad", "Anxious or afraid", "Angry", "Good", "Surprised"],
    ),
    WORD: ("Which word fits best?", ["Calm", "Content", "Hopeful", "Grateful"]),
}
SAVED = {
    AGE: "age",
    COUNTRY: "country",
    ZONE: "zone",
    REMINDER: "reminder",
    PRESENT: "presence",
    CONNECTED: "connection",
    FAMILY: "family",
    WORD: "word",
}
NEXT = {
    CONSENT: AGE,
    AGE: COUNTRY,
    COUNTRY: ZONE,
    ZONE: REMINDER,
    PRESENT: CONNECTED,
    CONNECTED: FAMILY,
    FAMILY: WORD,
}


def keyboard(labels: list[str]) -> InlineKeyboardMarkup:
    per_row = 6 if max(len(label) for label in labels) <= 3 else 1
    buttons = [InlineKeyboardButton(label, callback_data=label) for label in labels]
    return InlineKeyboardMarkup(
        [buttons[i : i + per_row] for i in range(0, len(buttons), per_row)]
    )


async def ask(update: Update, state: int) -> int:
    text, labels = STEPS[state]
    assert update.effective_chat is not None
    await update.effective_chat.send_message(text, reply_markup=keyboard(labels))
    return state


async def settle(update: Update, context: ContextTypes.DEFAULT_TYPE, state: int) -> None:
    """Answer the callback and show the answered question with its answer."""
    query = update.callback_query
    assert query is not None
    assert query.message is not None
    assert context.user_data is not None
    await query.answer()
    if state in SAVED:
        context.user_data[SAVED[state]] = query.data
    text = getattr(query.message, "text", "") or ""
    await query.edit_message_text(f"{text}\n› {query.data}")


async def start(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> int:
    assert update.message is not None
    await update.message.reply_text(
        INTRO, reply_markup=keyboard(["Yes, that's okay", "Tell me more first", "No, thanks"])
    )
    return CONSENT


def step(state: int) -> Any:
    async def handle(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        await settle(update, context, state)
        if state == REMINDER:
            assert update.effective_chat is not None
            await update.effective_chat.send_message(
                "No reminders, then. That's everything. Would you like to try a first "
                "check-in? It takes about a minute: /checkin"
            )
            return ConversationHandler.END
        if state == WORD:
            assert update.effective_chat is not None
            await update.effective_chat.send_message(
                "Anything you'd like to note about today? Just write it."
            )
            return NOTE
        return await ask(update, NEXT[state])

    return handle


async def checkin(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> int:
    return await ask(update, PRESENT)


async def note(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    assert update.message is not None
    assert context.user_data is not None
    context.user_data.setdefault("checkins", []).append(dict(context.user_data))
    await update.message.reply_text("Thank you for checking in today.")
    return ConversationHandler.END


def main() -> None:
    warnings.filterwarnings("ignore", category=PTBUserWarning)  # per_message=False, as usual
    base = os.environ["TELEGRAM_API_BASE_URL"].rstrip("/")
    persistence = PicklePersistence(os.environ["BASELINE_PICKLE"], update_interval=60)
    application = (
        ApplicationBuilder()
        .token(os.environ["TELEGRAM_BOT_TOKEN"])
        .base_url(base)
        .base_file_url(base.removesuffix("/bot") + "/file/bot")
        .persistence(persistence)
        .build()
    )
    taps = {state: [CallbackQueryHandler(step(state))] for state in SAVED | {CONSENT: ""}}
    application.add_handler(
        ConversationHandler(
            entry_points=[CommandHandler("start", start), CommandHandler("checkin", checkin)],
            states={**taps, NOTE: [MessageHandler(filters.TEXT & ~filters.COMMAND, note)]},
            fallbacks=[CommandHandler("start", start), CommandHandler("checkin", checkin)],
            name="onboarding_and_checkin",
            persistent=True,
        )
    )
    application.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()
