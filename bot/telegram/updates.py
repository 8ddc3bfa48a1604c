"""Telegram updates as engine events."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import Chat, Message, MessageEntity, Update

from bot.engine.events import Event, EventKind

# What a message can carry that the bot cannot read, in the order Telegram documents them.
UNSUPPORTED_KINDS = (
    "sticker",
    "photo",
    "voice",
    "video",
    "video_note",
    "audio",
    "animation",
    "document",
    "location",
    "venue",
    "contact",
    "poll",
    "dice",
    "game",
    "story",
    "invoice",
)


@dataclass(frozen=True, slots=True)
class NotPrivate:
    """An update from a group or channel: answer once, store nothing, leave."""

    chat_id: int
    can_write: bool


def event_id(update: Update) -> str:
    """Return the de-duplication id of an update."""
    return f"tg:{update.update_id}"


def to_event(update: Update) -> Event | NotPrivate | None:
    """Map an update to an engine event; None for updates the bot has nothing to say to."""
    chat = update.effective_chat
    if chat is not None and chat.type != Chat.PRIVATE:
        return NotPrivate(chat.id, chat.type != Chat.CHANNEL)
    if update.callback_query is not None:
        query = update.callback_query
        return Event(
            event_id(update),
            query.from_user.id,
            EventKind.BUTTON,
            payload=query.data or "",
            language=query.from_user.language_code or "",
        )
    message = update.message or update.edited_message
    if message is None or chat is None:
        return None
    return _message_event(event_id(update), chat.id, message)


def _message_event(identifier: str, chat_id: int, message: Message) -> Event:
    text = message.text or message.caption or ""
    language = message.from_user.language_code or "" if message.from_user else ""
    if message.text and _starts_with_command(message):
        return Event(identifier, chat_id, EventKind.COMMAND, text=message.text, language=language)
    if text:
        return Event(identifier, chat_id, EventKind.TEXT, text=text, language=language)
    kind = next((name for name in UNSUPPORTED_KINDS if getattr(message, name, None)), "other")
    return Event(identifier, chat_id, EventKind.UNSUPPORTED, payload=kind, language=language)


def _starts_with_command(message: Message) -> bool:
    return any(
        entity.type == MessageEntity.BOT_COMMAND and entity.offset == 0
        for entity in message.entities
    )
