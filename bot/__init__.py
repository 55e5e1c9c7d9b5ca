"""factbot: answers questions about one article's facts, with sources and arithmetic."""

from bot.answer import Answer
from bot.assistant import Assistant
from intents.errors import FactBaseError

__all__ = ["Answer", "Assistant", "FactBaseError"]
