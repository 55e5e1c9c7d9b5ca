"""What the bot remembers per chat, kept in PTB's `chat_data` (and so in the JSON state file).

Only plain data goes in: the follow-up context (JSON-serialisable by contract), the text
`/why` shows, and the questions behind the buttons we offered. The state file holds JSON
(see `persistence`), so anything else would not survive a restart.

Reads and writes happen without an `await` in between, so with concurrent updates two
messages of one chat still see each other's context in the order they are handled.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, MutableMapping
from typing import Any

from bot.telegram_app.formatting import question_key

CONTEXT = "context"
WHY = "why"
OFFERS = "offers"
MAX_OFFERS = 48  # buttons of the last dozen or so answers stay pressable

ChatData = MutableMapping[str, Any]


def context_of(chat_data: ChatData | None) -> dict | None:
    """The context to pass to the next `ask()` in this chat, if any."""
    if chat_data is None:
        return None
    context = chat_data.get(CONTEXT)
    return context if isinstance(context, dict) and context else None


def remember_answer(chat_data: ChatData | None, context: dict, why: str) -> None:
    """Keep what the next follow-up and `/why` need."""
    if chat_data is None:
        return
    chat_data[CONTEXT] = copy.deepcopy(context)  # answers may be shared (cache.py)
    chat_data[WHY] = why


def why_of(chat_data: ChatData | None) -> str | None:
    if chat_data is None:
        return None
    why = chat_data.get(WHY)
    return why if isinstance(why, str) else None


def offer(chat_data: ChatData | None, questions: Iterable[str]) -> list[tuple[str, str]]:
    """Register questions shown as buttons; returns (key, question) pairs for the keyboard.

    Oldest offers are forgotten first; pressing a forgotten button gets a polite
    "expired" instead of a wrong answer.
    """
    pairs = [(question_key(q), q) for q in questions]
    if chat_data is None:
        return pairs
    offers = chat_data.setdefault(OFFERS, {})
    for key, question in pairs:
        offers.pop(key, None)  # re-insert so a re-offered question counts as new
        offers[key] = question
    while len(offers) > MAX_OFFERS:
        offers.pop(next(iter(offers)))
    return pairs


def offered(chat_data: ChatData | None, key: str) -> str | None:
    """The question behind a button's key, if this chat was offered it recently."""
    if chat_data is None:
        return None
    question = chat_data.get(OFFERS, {}).get(key)
    return question if isinstance(question, str) else None
