"""Naming failures for the log, and the global error handler.

PTB's `BadRequest` and `TimedOut` are subclasses of `NetworkError`, so an `except
NetworkError` that comes first calls every rejected request (a parse error, an expired
query) "unreachable". `describe_error` tests the specific kinds first and returns a kind a
maintainer can act on, with the Bot API's own description; the token never appears
(log handlers redact it too, see security.py).

The handler:
- forbidden (the user blocked the bot, or it was removed from the group): logged, skipped;
- flood control and network trouble that outlived the retries: logged, no apology (it
  would likely fail too, or arrive after a reply that did get through);
- a bad request: logged with Telegram's description, no apology (the request was ours);
- anything else is a bug: logged with its traceback, and the user gets a short plain-text
  apology.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import (
    BadRequest,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import ContextTypes

from bot.telegram_app.security import redact

logger = logging.getLogger(__name__)

APOLOGY = "Sorry, something went wrong while answering that. Please try again."


def describe_error(error: BaseException) -> tuple[str, str]:
    """(kind, description): "bad request", "forbidden", "flood control", "timed out",
    "network", "invalid token", "telegram error" or "bug"."""
    detail = redact(str(error) or type(error).__name__)
    if isinstance(error, InvalidToken):
        return "invalid token", "Telegram rejected the bot token"
    if isinstance(error, Forbidden):
        return "forbidden", detail
    if isinstance(error, RetryAfter):
        return "flood control", detail
    if isinstance(error, BadRequest):
        return "bad request", detail
    if isinstance(error, TimedOut):
        return "timed out", detail
    if isinstance(error, NetworkError):
        return "network", detail
    if isinstance(error, TelegramError):
        return "telegram error", detail
    return "bug", f"{type(error).__name__}: {detail}"


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    error = context.error
    update_id = getattr(update, "update_id", None)
    chat = update.effective_chat if isinstance(update, Update) else None
    chat_id = chat.id if chat else None
    kind, detail = describe_error(error) if error else ("bug", "unknown")
    if kind != "bug":
        logger.warning("update %s: chat %s: %s: %s", update_id, chat_id, kind, detail)
        return
    logger.error("update %s: chat %s: handling failed", update_id, chat_id, exc_info=error)
    if isinstance(update, Update):
        await _apologise(update, context)


async def _apologise(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    try:
        if update.effective_chat is not None:
            await context.bot.send_message(update.effective_chat.id, APOLOGY)
        elif update.callback_query is not None:  # a button under an inline-mode message
            await update.callback_query.answer(APOLOGY)
    except TelegramError as exc:
        kind, detail = describe_error(exc)
        logger.warning("update %s: could not apologise: %s: %s", update.update_id, kind, detail)
