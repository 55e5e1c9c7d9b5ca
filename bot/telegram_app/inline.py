"""Inline mode: `@botname question` in any chat offers the answer as an article to send.

Inline queries have no chat, so no follow-up context: each is asked fresh. An empty
query offers the example questions; an unanswered one also offers its suggestions.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot.telegram_app.formatting import (
    MAX_MESSAGE,
    escape,
    inline_description,
    inline_title,
    question_key,
    truncate,
    with_question,
)

if TYPE_CHECKING:
    from bot.assistant import Assistant

logger = logging.getLogger(__name__)
MAX_RESULTS = 50  # Telegram's limit per answer
CACHE_SECONDS = 300  # answers depend only on the query text


class InlineAnswers:
    """Callable handler; `personal=True` (allow-listed bots) stops Telegram from serving
    one user's cached results to another user."""

    def __init__(self, assistant: Assistant, personal: bool = False) -> None:
        self.assistant = assistant
        self.personal = personal

    async def __call__(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.inline_query
        text = " ".join(query.query.split())
        results = self.results(text)
        await query.answer(
            results[:MAX_RESULTS],
            cache_time=0 if self.personal else CACHE_SECONDS,
            is_personal=self.personal,
        )

    def results(self, text: str) -> list[InlineQueryResultArticle]:
        questions = [text] if text else self.assistant.examples(3)
        articles: dict[str, InlineQueryResultArticle] = {}
        for question in questions:
            answer = self.assistant.ask(question)
            articles.setdefault(question_key(question), article(question, answer.text))
            if text and not answer.answered:
                for suggestion in answer.suggestions:
                    key = question_key(suggestion)
                    if key not in articles:
                        articles[key] = article(suggestion, self.assistant.ask(suggestion).text)
        return list(articles.values())


def article(question: str, answer_text: str) -> InlineQueryResultArticle:
    """One result: titled with the answer's first line; sends question and answer."""
    body = truncate(with_question(question, answer_text), MAX_MESSAGE)
    return InlineQueryResultArticle(
        id=question_key(question),
        title=inline_title(answer_text) or question,
        description=inline_description(answer_text) or None,
        input_message_content=InputTextMessageContent(escape(body), parse_mode=ParseMode.HTML),
    )
