"""The door every update passes first (handler group -1): allow-list, then per-user limit.

Raising `ApplicationHandlerStop` here keeps the update from every answering handler.
Refusals are sent only to updates addressed to the bot, so a private bot in a group does
not answer every chatter, and a flooding user is told once per window, not per message.
A failed refusal is logged and the update still stopped: PTB would otherwise carry on to
the next handler group and answer it.
"""

from __future__ import annotations

import logging
import math

from telegram import Bot, Update
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.telegram_app.addressing import addressed_question, is_private
from bot.telegram_app.errors import describe_error
from bot.telegram_app.formatting import COMMAND_HELP, html_pieces
from bot.telegram_app.limits import AllowList, RateLimiter
from bot.telegram_app.outbox import Outbox
from bot.telegram_app.sending import answer_query, reply_html

logger = logging.getLogger(__name__)

NOT_ALLOWED = "Sorry, this is a private bot and you are not on its list of users."


def slow_down_text(per_minute: int, retry_in: float) -> str:
    return (
        f"You're asking faster than I can answer well: up to {per_minute} questions a "
        f"minute. Please try again in {max(1, math.ceil(retry_in))} s."
    )


OWN_COMMANDS = frozenset(name for name, _ in COMMAND_HELP)


def is_addressed(update: Update, bot: Bot) -> bool:
    """Whether the bot would answer this update at all (and so may refuse it).

    In groups, `/cmd@otherbot` is another bot's, and so is a bare command that is not
    one of ours (several bots may share a group)."""
    if update.callback_query is not None or update.inline_query is not None:
        return True
    message = update.message
    if message is None:
        return False
    if is_private(message):
        return True
    text = message.text or ""
    if text.startswith("/"):
        command, _, target = text.split(maxsplit=1)[0][1:].partition("@")
        if target:
            return target.lower() == (bot.username or "").lower()
        return command.lower() in OWN_COMMANDS
    return addressed_question(message, bot.id, bot.username) is not None


class Gate:
    def __init__(
        self, allow: AllowList, limiter: RateLimiter, outbox: Outbox | None = None
    ) -> None:
        self.allow = allow
        self.limiter = limiter
        self.outbox = outbox  # shared with the handlers: refusals queue behind answers

    async def __call__(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        user = update.effective_user
        if not self.allow.permits(user.id if user else None):
            logger.info(
                "update %s: user %s is not allowed", update.update_id, user.id if user else None
            )
            if is_addressed(update, context.bot):
                await self._tell(update, context, NOT_ALLOWED, alert=True)
            raise ApplicationHandlerStop
        if update.inline_query is not None or not is_addressed(update, context.bot):
            return  # inline queries come per keystroke; unaddressed messages are ignored
        chat = update.effective_chat
        key = user.id if user else (chat.id if chat else 0)
        decision = self.limiter.check(key)
        if decision.allowed:
            return
        logger.info(
            "update %s: user %s over %d/min", update.update_id, key, self.limiter.per_window
        )
        # A button press is always answered, or its spinner hangs; messages are told once.
        if update.callback_query is not None or decision.notify:
            text = slow_down_text(self.limiter.per_window, decision.retry_in)
            await self._tell(update, context, text, alert=False)
        raise ApplicationHandlerStop

    async def _tell(
        self, update: Update, context: ContextTypes.DEFAULT_TYPE, text: str, alert: bool
    ) -> None:
        try:
            if update.inline_query is not None:
                await update.inline_query.answer([], cache_time=0, is_personal=True)
            elif update.callback_query is not None:
                await answer_query(update.callback_query, update.update_id, text, alert)
            else:
                await reply_html(update, context, html_pieces(text), outbox=self.outbox)
        except TelegramError as exc:
            kind, detail = describe_error(exc)
            logger.warning("update %s: could not send a refusal: %s: %s",
                           update.update_id, kind, detail)  # fmt: skip
