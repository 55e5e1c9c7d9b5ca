"""Inline keyboards: suggestion buttons and the /facts topic browser."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.telegram_app.formatting import ask_data, button_label, topic_data


def questions_keyboard(offers: Sequence[tuple[str, str]]) -> InlineKeyboardMarkup | None:
    """One button a row per offered (key, question); None when there is nothing to offer."""
    if not offers:
        return None
    rows = [[InlineKeyboardButton(button_label(q), callback_data=ask_data(k))] for k, q in offers]
    return InlineKeyboardMarkup(rows)


def topics_keyboard(titles: Sequence[str]) -> InlineKeyboardMarkup | None:
    if not titles:
        return None
    rows = [
        [InlineKeyboardButton(button_label(title), callback_data=topic_data(index))]
        for index, title in enumerate(titles)
    ]
    return InlineKeyboardMarkup(rows)


def back_to_topics_keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton("« All topics", callback_data=topic_data(None))]]
    )
