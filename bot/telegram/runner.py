"""Run the bot on Telegram: polling, or a webhook with a secret token."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import signal
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.error import Conflict, TelegramError
from telegram.ext import Application, ApplicationBuilder
from telegram.request import HTTPXRequest

from bot.app import App
from bot.config import Settings
from bot.observability import UNOBSERVED, Observer
from bot.ops_server import Health, OpsServer
from bot.scheduler import Scheduler, run_schedule
from bot.telegram.channel import TelegramChannel
from bot.telegram.connections import BOT_API_LIMITS, BotAPITransport
from bot.telegram.delivery import Delivery
from bot.telegram.limits import TelegramLimits
from bot.telegram.webhook import WebhookServer
from bot.telegram.words import ChannelWords

logger = logging.getLogger(__name__)

START_HELP = """\
No Telegram token is set, so the bot cannot start on Telegram.

To get one: open Telegram, talk to @BotFather, send /newbot and follow its questions.
It gives you a token; put it in TELEGRAM_BOT_TOKEN (in the environment, or in a .env file
in this folder; see .env.example), then run `reconnect run` again.

To try the bot without Telegram, run `reconnect chat`: the same bot, in this terminal.
"""

ANOTHER_POLLER = """\
Another `reconnect run` is already polling Telegram for this bot on this database, so this
one will not start: Telegram hands each update to one poller only, and two would take turns
failing.

Stop the other one first. To run several workers at once, use webhook mode
(RECONNECT_WEBHOOK_URL and RECONNECT_WEBHOOK_SECRET) on PostgreSQL; see the README,
"Running several workers on PostgreSQL".
"""

POLLING_CONFLICT = """\
Telegram refused to hand this bot its updates (409 Conflict): another program is polling
with the same token, or a webhook is set for it elsewhere. This one has stopped.

Stop the other poller (another machine, or an old process), or run every worker in webhook
mode; see the README, "Running several workers on PostgreSQL".
"""

PTBApplication = Application[Any, Any, Any, Any, Any, Any]


class PollingRefused(Exception):
    """Polling cannot go on: another poller has this bot's updates. The message says why."""


@dataclass(frozen=True, slots=True)
class RunningBot:
    """A started bot: its PTB application and channel."""

    application: PTBApplication
    channel: TelegramChannel
    ops_port: int | None = None  # where /healthz and /metrics are served, if they are
    conflict: asyncio.Event = field(default_factory=asyncio.Event)  # set on a 409 polling


def build_application(settings: Settings, observer: Observer = UNOBSERVED) -> PTBApplication:
    """Build the PTB application: token, Bot API server, Telegram's rate limits (this
    worker's share of the bot's pace; a chat held back only when Telegram answers 429, which
    ``observer`` is told of)."""
    assert settings.token is not None
    builder = (
        ApplicationBuilder()
        .token(settings.token)
        .rate_limiter(TelegramLimits(settings.worker_send_rate, observer=observer))
        # More connections than TelegramLimits lets out at once, each checked cheaply when
        # kept (connections.py); asyncio sends small requests at once (TCP_NODELAY).
        .request(
            HTTPXRequest(
                connection_pool_size=BOT_API_LIMITS.max_connections or 1,
                httpx_kwargs={"transport": BotAPITransport(BOT_API_LIMITS)},
            )
        )
        .concurrent_updates(True)
    )
    if settings.api_base_url:
        base = settings.api_base_url.rstrip("/")
        builder = builder.base_url(base).base_file_url(base.removesuffix("/bot") + "/file/bot")
    return builder.build()


def poller_lock_name(token: str) -> str:
    """Return the name of the database lock one poller of this bot holds (the token's hash:
    never the token)."""
    return "poller-" + hashlib.sha256(token.encode()).hexdigest()[:16]


@asynccontextmanager
async def started(
    settings: Settings,
    app: App,
    *,
    drain_every: float = 5.0,
    delivery_backoff: float = 1.0,
) -> AsyncIterator[RunningBot]:
    """Start the bot (polling or webhook) on an open app; stop it on the way out.

    Polling takes the bot's poller lock in the database first: a second poller of the same
    bot on the same database raises ``PollingRefused`` before asking Telegram anything.
    """
    if settings.webhook_url:
        async with _started(settings, app, drain_every, delivery_backoff) as running:
            yield running
        return
    assert settings.token is not None
    async with app.store.sole_poller(poller_lock_name(settings.token)) as held:
        if not held:
            raise PollingRefused(ANOTHER_POLLER)
        async with _started(settings, app, drain_every, delivery_backoff) as running:
            yield running


@asynccontextmanager
async def _started(
    settings: Settings, app: App, drain_every: float, delivery_backoff: float
) -> AsyncIterator[RunningBot]:
    conflict = asyncio.Event()
    application = build_application(settings, app.metrics)
    words = ChannelWords.load(settings.data_dir / "telegram.yaml")
    delivery = Delivery(application.bot, app.store, backoff=delivery_backoff)
    channel = TelegramChannel(app, words, delivery)
    channel.attach(application)
    async with application:
        # Its port first: one in use stops the bot before it takes any update.
        ops = _ops_server(settings, app, application)
        webhook: WebhookServer | None = None
        try:
            await channel.set_commands()
            await application.start()
            assert application.updater is not None
            if settings.webhook_url:
                webhook = await _start_webhook(settings, application, channel)
            else:
                await application.updater.start_polling(
                    allowed_updates=Update.ALL_TYPES, error_callback=_polling_error(conflict)
                )
            drainer = asyncio.create_task(_keep_draining(channel, drain_every))
            scheduler = Scheduler(app.store, app.engine, app.engine.clock)
            stopping = asyncio.Event()
            prompter = asyncio.create_task(run_schedule(scheduler, delivery.deliver, stopping))
            try:
                yield RunningBot(application, channel, ops.port if ops else None, conflict)
            finally:
                stopping.set()  # let a prompt being sent finish, then stop
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(asyncio.shield(prompter), 10)
                for task in (prompter, drainer):
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await task
                if webhook is not None:
                    await webhook.stop()
                if application.updater.running:
                    await application.updater.stop()
                await application.stop()
        finally:
            if ops is not None:
                await ops.stop()


async def _start_webhook(
    settings: Settings, application: PTBApplication, channel: TelegramChannel
) -> WebhookServer:
    """Take updates on the webhook's port, answered once handled, then tell Telegram."""
    channel.track_failures = True

    async def handle(data: dict[str, object]) -> bool:
        update = Update.de_json(data, application.bot)
        await application.process_update(update)  # the channel's handler, awaited
        return not channel.failed(update.update_id)

    webhook = WebhookServer(settings.webhook_path, settings.webhook_secret, handle)
    webhook.start(settings.webhook_listen, settings.webhook_port)
    assert settings.webhook_url is not None
    await application.bot.set_webhook(
        url=settings.webhook_url,
        secret_token=settings.webhook_secret,
        allowed_updates=Update.ALL_TYPES,
    )
    return webhook


def _polling_error(conflict: asyncio.Event) -> Callable[[TelegramError], None]:
    """Return PTB's polling error callback: a 409 sets ``conflict``; the rest are logged by
    kind (PTB retries them)."""

    def on_error(error: TelegramError) -> None:
        if isinstance(error, Conflict):
            conflict.set()
            return
        logger.warning("polling for updates failed (%s); trying again", type(error).__name__)

    return on_error


def _ops_server(settings: Settings, app: App, application: PTBApplication) -> OpsServer | None:
    """Start serving /healthz and /metrics, if a port is set for them."""
    if settings.metrics_port is None:
        return None
    health = Health(app.store, application.bot.get_me)
    health.telegram_answered()  # starting the application asked getMe just now
    ops = OpsServer(health, app.metrics, app.engine.clock)
    ops.start(settings.metrics_listen, settings.metrics_port)
    return ops


async def _keep_draining(channel: TelegramChannel, every: float) -> None:
    """Deliver what the outbox still holds: at start (after a crash), then now and then."""
    while True:
        try:
            await channel.delivery.drain()
        except Exception:
            logger.warning("outbox drain failed; will try again", exc_info=False)
        await asyncio.sleep(every)


async def serve(settings: Settings) -> None:
    """Run until SIGINT or SIGTERM."""
    from bot.app import open_app

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    async with open_app(settings) as app, started(settings, app) as running:
        mode = "webhook" if settings.webhook_url else "long polling"
        logger.info("Reconnect is running on Telegram (%s). Stop with Ctrl+C.", mode)
        waits = [asyncio.create_task(stop.wait()), asyncio.create_task(running.conflict.wait())]
        await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        for wait in waits:
            wait.cancel()
        if running.conflict.is_set():
            raise PollingRefused(POLLING_CONFLICT)
    logger.info("stopped")
