"""The Telegram channel: updates in as events, committed replies out, buttons settled."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram import BotCommand, CallbackQuery, ChatMember, Message, Update
from telegram.error import TelegramError
from telegram.ext import Application, ContextTypes, TypeHandler

from bot.app import App
from bot.i18n import Catalogs
from bot.i18n.menus import command_menus
from bot.logs import log_failure
from bot.storage.records import OutboxItem, UserStatus
from bot.telegram.delivery import Delivery
from bot.telegram.render import label_for
from bot.telegram.updates import NotPrivate, to_event
from bot.telegram.words import ChannelWords

logger = logging.getLogger(__name__)


class TelegramChannel:
    """Hand each update to the engine and deliver what it commits."""

    def __init__(self, app: App, words: ChannelWords, delivery: Delivery) -> None:
        self.app = app
        self.words = words
        self.delivery = delivery
        self._failed: set[int] = set()  # updates whose handling raised, for the webhook
        self.track_failures = False  # set in webhook mode, where the webhook reads them

    def failed(self, update_id: int) -> bool:
        """Return (and forget) whether handling this update raised: the webhook then asks
        Telegram to send it again."""
        if update_id in self._failed:
            self._failed.discard(update_id)
            return True
        return False

    def attach(self, application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        """Register the one handler for every update, and the error handler."""
        application.add_handler(TypeHandler(Update, self.on_update))
        application.add_error_handler(self.on_error)

    async def on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Handle one update from Telegram."""
        mapped = to_event(update)
        if isinstance(mapped, NotPrivate):
            await self._leave(context, mapped)
            return
        if mapped is None:
            await self._membership(update)
            return
        query = update.callback_query
        if query is None:
            outcome = await self.app.engine.handle(mapped)
            if outcome.item is not None:
                await self.delivery.deliver(outcome.item)
            return
        # A tap costs three calls, none waiting for another it need not: the answer (always,
        # at once: Telegram shows a spinner until then) while the engine works, then the
        # question settled in place while the turn's one message goes out.
        answering = asyncio.create_task(self._answer(query))
        try:
            outcome = await self.app.engine.handle(mapped)
            sends = [self._settle(query, outcome.answered)]
            if outcome.item is not None:
                sends.append(self._deliver(outcome.item))
            await asyncio.gather(*sends)
        finally:
            await answering

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log a failure without anything the user wrote; the bot keeps serving."""
        number = update.update_id if isinstance(update, Update) else "-"
        if isinstance(update, Update) and self.track_failures:
            self._failed.add(update.update_id)
        if context.error is not None:
            log_failure(logger, f"update {number} failed", context.error)

    async def set_commands(self) -> None:
        """Set the command menu; a Bot API server that refuses it is no reason to stop."""
        known = set(self.app.engine.runtime.commands) | {"cancel", "resume"}
        commands = [
            BotCommand(name, description)
            for name, description in self.words.commands.items()
            if name in known
        ]
        catalogs = Catalogs.load(self.app.settings.data_dir / "locales")
        described = {c.command: c.description for c in commands}
        try:
            await self.delivery.bot.set_my_commands(commands)
            for code, menu in command_menus(catalogs, described).items():
                local = [BotCommand(name, text) for name, text in menu.items()]
                await self.delivery.bot.set_my_commands(local, language_code=code)
        except TelegramError as error:
            logger.warning("command menu not set (%s); carrying on", type(error).__name__)

    async def _deliver(self, item: OutboxItem) -> None:
        await self.delivery.deliver(item)

    async def _answer(self, query: CallbackQuery) -> None:
        try:
            await query.answer()
        except TelegramError as error:
            logger.debug("callback answer failed: %s", type(error).__name__)

    async def _settle(self, query: CallbackQuery, answered: bool) -> None:
        """Show the question with its answer and no live buttons (or just drop stale ones)."""
        message = query.message
        if not isinstance(message, Message) or message.reply_markup is None:
            return
        label = label_for(message.reply_markup, query.data or "")
        try:
            if answered and label is not None and message.text:
                await message.edit_text(self.words.answered_text(message.text, label))
            else:
                await message.edit_reply_markup(reply_markup=None)
        except TelegramError as error:
            logger.debug("could not settle buttons: %s", type(error).__name__)

    async def _leave(self, context: ContextTypes.DEFAULT_TYPE, chat: NotPrivate) -> None:
        try:
            if chat.can_write:
                await context.bot.send_message(chat.chat_id, self.words.private_only)
            await context.bot.leave_chat(chat.chat_id)
        except TelegramError as error:
            logger.info("could not leave a group chat: %s", type(error).__name__)

    async def _membership(self, update: Update) -> None:
        change = update.my_chat_member
        if change is None or change.chat.type != "private":
            return
        if change.new_chat_member.status in {ChatMember.BANNED, ChatMember.LEFT}:
            async with self.app.store.transaction() as tx:
                await tx.set_status(change.chat.id, UserStatus.BLOCKED)
            logger.info("user %s blocked the bot", change.chat.id)
