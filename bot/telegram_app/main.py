"""`factbot telegram`: settings, log redaction, then run until a stop signal.

Exit codes follow the CLI: 0 after a clean stop (SIGINT/SIGTERM), 2 for a missing,
malformed or rejected token or another bad setting, 1 when Telegram cannot be reached
or the state file cannot be written. Messages are one line and never hold the token.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from typing import TYPE_CHECKING

from bot.telegram_app.config import TOKEN_ENV, ConfigError, Settings, load_settings
from bot.telegram_app.security import install_redaction, redact

if TYPE_CHECKING:
    from bot.assistant import Assistant

logger = logging.getLogger(__name__)
EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
PACKAGE_LOGGER = "bot.telegram_app"


def run(args: argparse.Namespace, assistant: Assistant) -> int:
    """Run the bot (long polling, or a webhook with `--webhook-url`) until stopped."""
    try:
        settings = load_settings(args, os.environ)
    except ConfigError as exc:
        return _fail(str(exc), EXIT_USAGE)
    install_redaction(settings.secrets())
    _show_own_info_logs()
    _leave_token_errors_to_us()
    try:
        settings.persistence_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        return _fail(f"cannot create {settings.persistence_path.parent}: {exc.strerror}", EXIT_FAIL)
    return _serve(settings, assistant)


def _serve(settings: Settings, assistant: Assistant) -> int:
    from telegram.error import InvalidToken, TelegramError

    from bot.telegram_app.app import build_application, polling_kwargs, webhook_kwargs
    from bot.telegram_app.startup import TelegramUnreachable, reach_telegram

    try:
        asyncio.run(reach_telegram(settings))
    except InvalidToken:
        return _fail(
            f"Telegram rejected the token in {TOKEN_ENV}; check it with @BotFather", EXIT_USAGE
        )
    except TelegramUnreachable as exc:
        return _fail(str(exc), EXIT_FAIL)
    app = build_application(settings, assistant)
    mode = f"webhook {settings.webhook.url}" if settings.webhook else "long polling"
    logger.info("starting (%s), state in %s", mode, settings.persistence_path)
    try:
        if settings.webhook:
            app.run_webhook(**webhook_kwargs(settings))
        else:
            app.run_polling(**polling_kwargs())
    except InvalidToken:
        return _fail(
            f"Telegram rejected the token in {TOKEN_ENV}; check it with @BotFather", EXIT_USAGE
        )
    except TelegramError as exc:
        return _fail(f"stopped: {redact(str(exc), settings.secrets())}", EXIT_FAIL)
    logger.info("stopped")
    return EXIT_OK


def _show_own_info_logs() -> None:
    """The CLI logs WARNING and up unless -v; a service should still say that it started,
    which users it refused and who blocked it."""
    own = logging.getLogger(PACKAGE_LOGGER)
    if own.getEffectiveLevel() > logging.INFO:
        own.setLevel(logging.INFO)


class _DropInvalidToken(logging.Filter):
    """PTB logs a rejected token with two chained tracebacks before raising it; `run`
    reports it in one line, so unless debugging (-v) the traceback is noise."""

    def filter(self, record: logging.LogRecord) -> bool:
        from telegram.error import InvalidToken

        error = record.exc_info[1] if record.exc_info else None
        return not isinstance(error, InvalidToken)


def _leave_token_errors_to_us() -> None:
    if logging.getLogger().getEffectiveLevel() > logging.DEBUG:
        logging.getLogger("telegram.ext").addFilter(_DropInvalidToken())


def _fail(message: str, code: int) -> int:
    print(f"factbot telegram: {message}", file=sys.stderr)
    return code
