"""Conversation handlers: thin callbacks that ask the assistant, format and send.

All answering happens in `Assistant.ask`; this module only picks the question out of the
update, keeps the chat's follow-up context, and turns suggestions into buttons.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from telegram import CallbackQuery, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.telegram_app import chatstate
from bot.telegram_app.addressing import addressed_question, command_argument
from bot.telegram_app.formatting import (
    help_html,
    parse_callback,
    sources_html,
    start_html,
    topic_html,
    topic_titles,
    topics_html,
    with_question,
)
from bot.telegram_app.keyboards import (
    back_to_topics_keyboard,
    questions_keyboard,
    topics_keyboard,
)
from bot.telegram_app.outbox import Outbox
from bot.telegram_app.sending import answer_query, reply_html, reply_text

if TYPE_CHECKING:
    from bot.assistant import Assistant

logger = logging.getLogger(__name__)
Context = ContextTypes.DEFAULT_TYPE

NO_WHY = "Ask me something first; /why then shows the calculation and sources behind it."
NO_QUESTION = "Ask me a question about the article, for example one of these:"
EXPIRED = "That button has expired; please type the question instead."
UNKNOWN_COMMAND = "I don't know that command. /help lists mine, or just type a question."


class Handlers:
    """Callbacks bound to one assistant, built once at start-up and injected here."""

    def __init__(self, assistant: Assistant, outbox: Outbox | None = None) -> None:
        self.assistant = assistant
        self.topics = assistant.topics()
        self.titles = topic_titles(self.topics)
        self.outbox = outbox

    # --- commands -----------------------------------------------------------------------
    async def start(self, update: Update, context: Context) -> None:
        """/start: what the bot knows, and three example questions as buttons."""
        offers = chatstate.offer(context.chat_data, self.assistant.examples(3))
        text = start_html(self.assistant.help_text())
        await self._send_html(update, context, text, questions_keyboard(offers))

    async def help(self, update: Update, context: Context) -> None:
        text = help_html(self.assistant.help_text(), context.bot.username)
        await self._send_html(update, context, text)

    async def facts(self, update: Update, context: Context) -> None:
        """/facts: topic buttons; pressing one shows what the bot knows about it."""
        keyboard = topics_keyboard(self.titles)
        await self._send_html(update, context, topics_html(self.titles), keyboard)

    async def sources(self, update: Update, context: Context) -> None:
        text = sources_html(self.assistant.sources_text())
        await self._send_html(update, context, text)

    async def why(self, update: Update, context: Context) -> None:
        """/why: the working and source clauses of this chat's last answer."""
        await self._send_text(update, context, chatstate.why_of(context.chat_data) or NO_WHY)

    async def ask(self, update: Update, context: Context) -> None:
        """/ask <question>: the way to ask in groups without mentioning the bot."""
        await self.answer(update, context, command_argument(update.effective_message))

    async def unknown_command(self, update: Update, context: Context) -> None:
        await self._send_text(update, context, UNKNOWN_COMMAND)

    async def _send_html(
        self, update: Update, context: Context, text: str, markup: object = None
    ) -> None:
        """One HTML message, in this chat's reply order."""
        await reply_html(update, context, [text], markup, self.outbox)

    async def _send_text(
        self, update: Update, context: Context, text: str, markup: object = None
    ) -> None:
        """Plain text, escaped and split, in this chat's reply order."""
        await reply_text(update, context, text, markup, self.outbox)

    # --- questions ----------------------------------------------------------------------
    async def text(self, update: Update, context: Context) -> None:
        """Any text: answered in private chats, in groups only when addressed."""
        bot = context.bot
        question = addressed_question(update.effective_message, bot.id, bot.username)
        if question is not None:
            await self.answer(update, context, question)

    async def answer(
        self, update: Update, context: Context, question: str, *, echo: bool = False
    ) -> None:
        """Ask, remember the context for follow-ups, reply with suggestions as buttons."""
        if not question:
            offers = chatstate.offer(context.chat_data, self.assistant.examples(3))
            await self._send_text(update, context, NO_QUESTION, questions_keyboard(offers))
            return
        chat_data = context.chat_data
        answer = self.assistant.ask(question, chatstate.context_of(chat_data))
        chatstate.remember_answer(chat_data, answer.context, answer.explain())
        offers = chatstate.offer(chat_data, answer.suggestions)
        text = with_question(question, answer.text) if echo else answer.text
        await self._send_text(update, context, text, questions_keyboard(offers))

    # --- buttons ------------------------------------------------------------------------
    async def button(self, update: Update, context: Context) -> None:
        """A pressed inline button: a suggested question, or the /facts browser. The press
        is answered first, once; a press too old to answer still gets its question
        answered in the chat."""
        query = update.callback_query
        parsed = parse_callback(query.data)
        question = None
        if parsed is not None and parsed[0] == "q":
            question = chatstate.offered(context.chat_data, parsed[1])
        notice = EXPIRED if parsed is not None and parsed[0] == "q" and question is None else None
        await answer_query(query, update.update_id, notice)
        if parsed is not None and parsed[0] == "t":
            self._show_topic(update, query, parsed[1])
        elif question is not None:
            await self.answer(update, context, question, echo=True)

    def _show_topic(self, update: Update, query: CallbackQuery, value: str) -> None:
        """Edit the /facts message in place: one topic's facts, or back to the list."""
        if value.isdigit() and int(value) < len(self.titles):
            title = self.titles[int(value)]
            text, keyboard = topic_html(title, self.topics[title]), back_to_topics_keyboard()
        else:
            text, keyboard = topics_html(self.titles), topics_keyboard(self.titles)

        async def edit() -> None:
            try:
                await query.edit_message_text(
                    text, parse_mode=ParseMode.HTML, reply_markup=keyboard
                )
            except BadRequest as exc:
                if "not modified" not in str(exc).lower():  # the same button pressed twice
                    raise

        chat = update.effective_chat
        if chat is None or self.outbox is None:  # under an inline-mode message: no queue
            asyncio.get_running_loop().create_task(edit())
            return
        self.outbox.put(chat.id, [edit], group=chat.type != "private", update_id=update.update_id)
