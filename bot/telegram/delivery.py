"""Send committed replies from the outbox to Telegram, each exactly as far as it got.

Toward Telegram this is at least once, not exactly once: the Bot API takes no idempotency
key, so a reply Telegram has accepted is known sent only once the outbox says so. The gap
is kept to one database statement: the mark follows each accepted reply at once, and a
mark that fails (the database restarting) is remembered here, so this worker, which still
holds the item, marks it on its next try instead of sending the reply again. A worker that
dies inside that one statement, or is cut off from the database for longer than its
outbox lease, can still see the reply sent twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.engine.events import Reply, reply_from_dict
from bot.logs import log_failure
from bot.storage.protocol import Store
from bot.storage.records import OutboxItem, Priority, UserStatus
from bot.telegram.limits import TelegramLimits, in_lane
from bot.telegram.render import keyboard, split_text

logger = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]


class Delivery:
    """Deliver outbox items, crisis replies first; mark who blocked the bot, retry failures."""

    def __init__(
        self,
        bot: Bot,
        store: Store,
        *,
        attempts: int = 4,
        backoff: float = 1.0,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.bot = bot
        self.store = store
        self._attempts = attempts
        self._backoff = backoff
        self._sleep = sleep
        self._in_flight: set[str] = set()
        # Replies Telegram accepted whose mark failed: item key -> how many have left.
        self._unmarked: dict[str, int] = {}
        limiter = getattr(bot, "rate_limiter", None)
        self._limits = limiter if isinstance(limiter, TelegramLimits) else None

    async def deliver(self, item: OutboxItem) -> bool:
        """Send what is left of an item; return False if it stays in the outbox for later."""
        if item.key in self._in_flight:
            return False
        self._in_flight.add(item.key)
        try:
            with self._lane(item):
                return await self._deliver(item)
        finally:
            self._in_flight.discard(item.key)

    def _lane(self, item: OutboxItem) -> contextlib.AbstractContextManager[None]:
        """Send a crisis reply before, and never between, anything else for that chat."""
        if item.priority is Priority.CRISIS and self._limits is not None:
            return self._limits.crisis_first(item.user_id)
        return in_lane(item.priority)

    async def drain(self, limit: int = 100) -> int:
        """Send what the outbox still holds (after a restart, say); return how many items."""
        delivered = 0
        for item in await self.store.pending_outbox(limit=limit):
            delivered += await self.deliver(item)
        return delivered

    async def _deliver(self, item: OutboxItem) -> bool:
        sent = max(item.sent, self._unmarked.get(item.key, 0))
        if sent > item.sent and not await self._mark(item, sent):
            return False  # still no database: nothing more is sent before it is marked
        for body in item.unsent[sent - item.sent :]:
            try:
                await self._with_retries(item.user_id, reply_from_dict(body))
            except Forbidden:
                logger.info("user %s has blocked the bot; marking them inactive", item.user_id)
                async with self.store.transaction() as tx:
                    await tx.set_status(item.user_id, UserStatus.BLOCKED)
                return await self._mark(item, len(item.replies))
            except BadRequest as error:
                # Not something a retry mends (a chat that is gone, say): skip this reply.
                log_failure(logger, f"reply to user {item.user_id} refused", error)
            except (NetworkError, RetryAfter) as error:
                log_failure(logger, f"reply to user {item.user_id} not sent yet", error)
                return False
            sent += 1
            if not await self._mark(item, sent):
                return False
        return True

    async def _mark(self, item: OutboxItem, count: int) -> bool:
        """Record that ``count`` replies of the item have left; if the database cannot
        take it now, remember it for the next try (the item is still held by this worker)."""
        try:
            await self.store.mark_sent(item, count)
        except Exception as error:
            self._unmarked[item.key] = count
            log_failure(logger, f"reply to user {item.user_id} sent, not marked yet", error)
            return False
        self._unmarked.pop(item.key, None)
        return True

    async def _with_retries(self, chat_id: int, reply: Reply) -> None:
        for attempt in range(1, self._attempts + 1):
            try:
                await self._send(chat_id, reply)
                return
            except RetryAfter as error:
                if attempt == self._attempts:
                    raise
                wait = error.retry_after
                seconds = wait.total_seconds() if hasattr(wait, "total_seconds") else float(wait)
                await self._sleep(seconds)
            except (TimedOut, NetworkError) as error:
                if isinstance(error, BadRequest | Forbidden) or attempt == self._attempts:
                    raise
                await self._sleep(self._backoff * 2 ** (attempt - 1))

    async def _send(self, chat_id: int, reply: Reply) -> None:
        if reply.attachment is not None:
            attachment = reply.attachment
            if attachment.kind == "photo":
                await self.bot.send_photo(chat_id, photo=attachment.content)
            else:
                await self.bot.send_document(
                    chat_id, document=attachment.content, filename=attachment.filename
                )
        pieces = split_text(reply.text)
        for position, piece in enumerate(pieces):
            last = position == len(pieces) - 1
            if piece:
                markup = keyboard(reply.choices) if last else None
                await self.bot.send_message(chat_id, piece, reply_markup=markup)
