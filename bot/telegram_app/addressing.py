"""Is a message meant for the bot, and what is the question in it?

In a private chat every text is a question. In a group the bot speaks only when spoken
to: a reply to one of its messages, a mention (`@botname ...`), or `/ask`. Works on
duck-typed `telegram.Message` objects, so this module imports nothing from telegram.
"""

from __future__ import annotations

import re
from typing import Any

PRIVATE = "private"


def is_private(message: Any) -> bool:
    return getattr(message.chat, "type", None) == PRIVATE


def addressed_question(message: Any, bot_id: int, bot_username: str | None) -> str | None:
    """The question text if `message` is addressed to the bot, else None.

    The mention itself is removed, so "@factbot how much did Russians spend?" asks
    "how much did Russians spend?". An empty string means "addressed, but no question".
    """
    mentioned, text = _strip_mentions(message, message.text or "", bot_id, bot_username)
    if is_private(message) or mentioned or _replies_to_bot(message, bot_id):
        return text
    return None


def _replies_to_bot(message: Any, bot_id: int) -> bool:
    replied = getattr(message, "reply_to_message", None)
    author = getattr(replied, "from_user", None) if replied else None
    return bool(author and author.id == bot_id)


def _strip_mentions(
    message: Any, text: str, bot_id: int, bot_username: str | None
) -> tuple[bool, str]:
    """Remove `@botname` and text mentions of the bot; say whether there were any."""
    mentioned = False
    if bot_username:
        pattern = re.compile(rf"(?<!\w)@{re.escape(bot_username)}\b", re.IGNORECASE)
        text, count = pattern.subn("", text)
        mentioned = count > 0
    for entity, chunk in _text_mentions(message).items():
        if getattr(entity.user, "id", None) == bot_id and chunk in text:
            text = text.replace(chunk, "", 1)
            mentioned = True
    return mentioned, " ".join(text.split())


def _text_mentions(message: Any) -> dict:
    parse = getattr(message, "parse_entities", None)
    return parse(["text_mention"]) if parse else {}


def command_argument(message: Any) -> str:
    """Text after `/ask` (or `/ask@botname`), keeping the user's own spacing inside."""
    text = message.text or ""
    parts = text.split(maxsplit=1)
    return parts[1].strip() if len(parts) > 1 else ""
