"""Building the PTB Application: transport, persistence, handlers, start-up hook.

`build_application` is what `run` starts; tests and the benchmark build the same thing
and start it with `polling_kwargs()`, so they exercise the deployed configuration.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from telegram import BotCommand, Update
from telegram.error import TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.telegram_app.cache import CachedAssistant
from bot.telegram_app.config import Settings
from bot.telegram_app.errors import on_error
from bot.telegram_app.formatting import COMMAND_HELP
from bot.telegram_app.gate import Gate
from bot.telegram_app.handlers import Handlers
from bot.telegram_app.inline import InlineAnswers
from bot.telegram_app.limits import AllowList, RateLimiter
from bot.telegram_app.outbox import Outbox
from bot.telegram_app.persistence import JsonFilePersistence
from bot.telegram_app.request import RetryingRequest

if TYPE_CHECKING:
    from bot.assistant import Assistant

logger = logging.getLogger(__name__)

ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY]
BOOTSTRAP_RETRIES = 2  # deleteWebhook/setWebhook; reaching Telegram is checked before (main)
PERSIST_EVERY = 15.0  # seconds; also written on every clean stop
CONNECTIONS = 16  # HTTP connections to the Bot API; the outbox uses half for messages


class FactbotApplication(Application):
    """PTB's Application that, on stop, also delivers the replies still queued in the
    outbox (handlers queue replies and return; PTB waits for handlers, not for them)."""

    outbox: Outbox | None = None

    async def stop(self) -> None:
        await super().stop()
        if self.outbox is not None:
            await self.outbox.drain()


def base_builder(settings: Settings, **request_options: Any) -> ApplicationBuilder:
    """Token, endpoint, retrying transport and concurrency: everything but the handlers.

    `request_options` reach both RetryingRequest instances (tests shorten timeouts).
    """
    builder = (
        Application.builder()
        .application_class(FactbotApplication)
        .token(settings.token)
        .request(RetryingRequest(connection_pool_size=CONNECTIONS, **request_options))
        .get_updates_request(RetryingRequest(connection_pool_size=1, **request_options))
        .concurrent_updates(settings.concurrency)
    )
    if settings.base_url:
        builder = builder.base_url(settings.base_url)
    if settings.base_file_url:
        builder = builder.base_file_url(settings.base_file_url)
    if settings.throttle:
        # Pacing only: 429s are already retried, per request, by RetryingRequest.
        builder = builder.rate_limiter(AIORateLimiter(max_retries=0))
    return builder


def build_application(
    settings: Settings, assistant: Assistant, **request_options: Any
) -> Application:
    """The factbot Application: chat state persisted, handlers registered."""
    persistence = JsonFilePersistence(settings.persistence_path, update_interval=PERSIST_EVERY)
    app = (
        base_builder(settings, **request_options)
        .persistence(persistence)
        .post_init(post_init)
        .build()
    )
    register_handlers(app, settings, assistant)
    return app


def register_handlers(app: Application, settings: Settings, assistant: Assistant) -> None:
    if settings.answer_cache:
        assistant = CachedAssistant(assistant, settings.answer_cache)
    allow = AllowList(settings.allowed_users)
    outbox = Outbox(settings.pacing, connections=CONNECTIONS // 2)
    if isinstance(app, FactbotApplication):
        app.outbox = outbox
    gate = Gate(allow, RateLimiter(settings.user_rate), outbox)
    app.add_handler(TypeHandler(Update, gate), group=-1)
    handlers = Handlers(assistant, outbox)
    for name, callback in (
        ("start", handlers.start),
        ("help", handlers.help),
        ("facts", handlers.facts),
        ("sources", handlers.sources),
        ("why", handlers.why),
        ("ask", handlers.ask),
    ):
        app.add_handler(CommandHandler(name, callback))
    app.add_handler(CallbackQueryHandler(handlers.button))
    app.add_handler(InlineQueryHandler(InlineAnswers(assistant, personal=allow.restricted)))
    text = filters.UpdateType.MESSAGE & filters.TEXT
    app.add_handler(MessageHandler(text & ~filters.COMMAND, handlers.text))
    app.add_handler(
        MessageHandler(text & filters.COMMAND & filters.ChatType.PRIVATE, handlers.unknown_command)
    )
    app.add_error_handler(on_error)


async def post_init(app: Application) -> None:
    """Register the command menu. Optional comfort: a failure is logged, never fatal
    (PTB would otherwise exit during start-up)."""
    commands = [BotCommand(name, what) for name, what in COMMAND_HELP]
    try:
        await app.bot.set_my_commands(commands)
    except TelegramError as exc:
        logger.warning("could not register the command menu: %s", exc)
    logger.info("serving as @%s", app.bot.username)


def polling_kwargs() -> dict[str, Any]:
    """Arguments to `run_polling` / `Updater.start_polling`: keep pending updates, ride out
    start-up errors."""
    return {
        "allowed_updates": ALLOWED_UPDATES,
        "drop_pending_updates": False,
        "bootstrap_retries": BOOTSTRAP_RETRIES,
    }


def webhook_kwargs(settings: Settings) -> dict[str, Any]:
    """Arguments to `run_webhook` / `Updater.start_webhook` from the webhook settings."""
    hook = settings.webhook
    if hook is None:
        raise ValueError("webhook_kwargs needs webhook settings")
    return {
        "listen": hook.listen,
        "port": hook.port,
        "url_path": hook.url_path,
        "webhook_url": hook.url,
        "secret_token": hook.secret_token,
        "allowed_updates": ALLOWED_UPDATES,
        "drop_pending_updates": False,
        "bootstrap_retries": BOOTSTRAP_RETRIES,
    }
