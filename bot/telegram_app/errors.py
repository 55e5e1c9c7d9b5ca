"""The global error handler: log with the update id, tell the user briefly when it helps.

- Forbidden (the user blocked the bot, or it was removed from the group): logged and
  skipped; there is nobody to tell.
- Network trouble that outlived the request's retries, and flood waits too long to sit
  out: logged without an apology, which would likely fail too, or arrive after a
  reply that did get through (a timed-out send may have been delivered).
- Anything else is a bug or a rejected request: logged with its traceback, and the user
  gets a short plain-text apology (plain, in case our HTML was what Telegram rejected).
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import ContextTypes

logger = logging.getLogger(__name__)

APOLOGY = "Sorry, something went wrong while answering that. Please try again."


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    error = context.error
    update_id = getattr(update, "update_id", None)
    chat = update.effective_chat if isinstance(update, Update) else None
    chat_id = chat.id if chat else None
    if isinstance(error, Forbidden):
        logger.warning(
            "update %s: chat %s blocked the bot or removed it (%s); skipped",
            update_id,
            chat_id,
            error,
        )
        return
    if isinstance(error, (NetworkError, RetryAfter)):
        logger.warning(
            "update %s: chat %s: Telegram unreachable after retries: %s", update_id, chat_id, error
        )
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
        logger.warning("update %s: could not apologise: %s", update.update_id, exc)
