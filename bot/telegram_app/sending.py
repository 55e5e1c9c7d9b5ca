"""Sending possibly long HTML text to a chat as one or more messages."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import weakref
from collections.abc import Sequence

from telegram import Bot, ReplyParameters, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot.telegram_app.addressing import is_private
from bot.telegram_app.formatting import html_pieces

logger = logging.getLogger(__name__)


class ChatLocks:
    """One lock per chat, so that a chat's replies go out in the order its updates came.

    With concurrent updates, a reply held up by a retry (a 429 waits a second or more)
    would otherwise be overtaken by the reply to the next question in the same chat.
    Handlers take the lock after answering, before their first await, so lock order
    is update order (asyncio locks are FIFO). Unused locks are garbage-collected.
    """

    def __init__(self) -> None:
        self._locks: weakref.WeakValueDictionary[int, asyncio.Lock] = weakref.WeakValueDictionary()

    def __call__(self, chat_id: int) -> asyncio.Lock:
        lock = self._locks.get(chat_id)
        if lock is None:
            lock = self._locks[chat_id] = asyncio.Lock()
        return lock


async def send_pieces(
    bot: Bot,
    chat_id: int,
    pieces: Sequence[str],
    *,
    markup: object = None,
    reply_to: int | None = None,
    thread_id: int | None = None,
) -> None:
    """Send escaped HTML pieces in order; buttons go under the last one, the quote (in groups)
    on the first. Stops at the first failure, which the caller's error handler reports."""
    last = len(pieces) - 1
    for index, piece in enumerate(pieces):
        quote = ReplyParameters(reply_to, allow_sending_without_reply=True)
        await bot.send_message(
            chat_id,
            piece,
            parse_mode=ParseMode.HTML,
            reply_markup=markup if index == last else None,
            reply_parameters=quote if reply_to is not None and index == 0 else None,
            message_thread_id=thread_id,
        )


async def reply_html(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    pieces: Sequence[str],
    markup: object = None,
    locks: ChatLocks | None = None,
) -> None:
    """Answer `update` in its chat: quoting the question in groups (several people may be
    asking), in the same forum topic, never quoting in private chats."""
    chat = update.effective_chat
    if chat is None:
        logger.debug("update %s has no chat to answer in", update.update_id)
        return
    message = update.message
    reply_to = message.message_id if message is not None and not is_private(message) else None
    source = update.effective_message
    in_topic = bool(getattr(source, "is_topic_message", False))  # False if inaccessible
    thread_id = source.message_thread_id if in_topic else None
    async with locks(chat.id) if locks else contextlib.nullcontext():
        await send_pieces(
            context.bot, chat.id, pieces, markup=markup, reply_to=reply_to, thread_id=thread_id
        )


async def reply_text(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    text: str,
    markup: object = None,
    locks: ChatLocks | None = None,
) -> None:
    """Plain text (escaped and split here) as the answer to `update`."""
    await reply_html(update, context, html_pieces(text), markup, locks)
