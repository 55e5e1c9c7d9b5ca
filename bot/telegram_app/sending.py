"""Sending possibly long HTML text to a chat as one or more messages, through the chat's
queue in the outbox (so a handler never waits for Telegram's flood control)."""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence

from telegram import Bot, CallbackQuery, ReplyParameters, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.telegram_app.addressing import is_private
from bot.telegram_app.formatting import html_pieces
from bot.telegram_app.outbox import Outbox, Send

logger = logging.getLogger(__name__)


def piece_sends(
    bot: Bot,
    chat_id: int,
    pieces: Sequence[str],
    *,
    markup: object = None,
    reply_to: int | None = None,
    thread_id: int | None = None,
) -> list[Send]:
    """One send per escaped HTML piece; buttons go under the last one, the quote (in
    groups) on the first."""
    last = len(pieces) - 1
    quote = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None
    return [
        functools.partial(
            bot.send_message,
            chat_id,
            piece,
            parse_mode=ParseMode.HTML,
            reply_markup=markup if index == last else None,
            reply_parameters=quote if index == 0 else None,
            message_thread_id=thread_id,
        )
        for index, piece in enumerate(pieces)
    ]


async def reply_html(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    pieces: Sequence[str],
    markup: object = None,
    outbox: Outbox | None = None,
) -> None:
    """Queue the answer to `update` in its chat: quoting the question in groups (several
    people may be asking), in the same forum topic, never quoting in private chats."""
    chat = update.effective_chat
    if chat is None:
        logger.debug("update %s has no chat to answer in", update.update_id)
        return
    message = update.message
    reply_to = message.message_id if message is not None and not is_private(message) else None
    source = update.effective_message
    in_topic = bool(getattr(source, "is_topic_message", False))  # False if inaccessible
    thread_id = source.message_thread_id if in_topic else None
    sends = piece_sends(
        context.bot, chat.id, pieces, markup=markup, reply_to=reply_to, thread_id=thread_id
    )
    if outbox is None:  # no queue (tests of single handlers): send in place
        for send in sends:
            await send()
        return
    outbox.put(chat.id, sends, group=chat.type != "private", update_id=update.update_id)


async def reply_text(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    text: str,
    markup: object = None,
    outbox: Outbox | None = None,
) -> None:
    """Plain text (escaped and split here) as the answer to `update`."""
    await reply_html(update, context, html_pieces(text), markup, outbox)


def query_expired(exc: BadRequest) -> bool:
    """Telegram's answer to a callback or inline query answered too late (or twice)."""
    text = str(exc).lower()
    return "query is too old" in text or "query id is invalid" in text


async def answer_query(
    query: CallbackQuery, update_id: int, text: str | None = None, alert: bool = False
) -> bool:
    """Answer a button press (stops the client's spinner); first thing, exactly once.

    A press that waited too long (the bot was down or busy) can no longer be answered;
    that is logged and False returned, and the caller still answers in the chat."""
    try:
        await query.answer(text, show_alert=alert)
    except BadRequest as exc:
        if not query_expired(exc):
            raise
        logger.info("update %s: button press expired before it was answered", update_id)
        return False
    return True
