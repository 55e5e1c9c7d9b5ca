"""A bounded memo in front of `Assistant.ask`.

`ask(question, context)` is a pure function of its arguments (the assistant's contract),
and a bot sees the same few questions again and again: every /start offers the same
examples, and suggestion buttons send the same texts. The core spends 0.4-3 ms a
question; a hit costs a few microseconds, which is what keeps the bot near PTB's own
ceiling (see benchmarks/telegram_throughput.py). Answers are shared between chats and
must be treated as read-only, which the handlers do.
"""

from __future__ import annotations

import json
import logging
from collections import OrderedDict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.answer import Answer
    from bot.assistant import Assistant

logger = logging.getLogger(__name__)
DEFAULT_SIZE = 4096
MAX_CACHED_QUESTION = 500  # longer texts are one-offs: not worth the memory


class CachedAssistant:
    """The assistant's interface, with `ask` memoised on (question, context)."""

    def __init__(self, assistant: Assistant, size: int = DEFAULT_SIZE) -> None:
        self.assistant = assistant
        self.size = size
        self._answers: OrderedDict[tuple[str, str], Answer] = OrderedDict()
        self.hits = self.misses = 0

    def ask(self, question: str, context: dict | None = None) -> Answer:
        key = cache_key(question, context)
        if key is None:
            return self.assistant.ask(question, context)
        answer = self._answers.get(key)
        if answer is not None:
            self._answers.move_to_end(key)
            self.hits += 1
            return answer
        self.misses += 1
        answer = self.assistant.ask(question, context)
        self._answers[key] = answer
        if len(self._answers) > self.size:
            self._answers.popitem(last=False)
        return answer

    # The rest of the interface, unchanged.
    def help_text(self) -> str:
        return self.assistant.help_text()

    def topics(self) -> dict[str, list[str]]:
        return self.assistant.topics()

    def sources_text(self) -> str:
        return self.assistant.sources_text()

    def examples(self, n: int = 3) -> list[str]:
        return self.assistant.examples(n)


def cache_key(question: str, context: dict | None) -> tuple[str, str] | None:
    """A hashable key, or None when the call should not be cached."""
    if not isinstance(question, str) or len(question) > MAX_CACHED_QUESTION:
        return None
    try:
        frozen = json.dumps(context, sort_keys=True, separators=(",", ":")) if context else ""
    except (TypeError, ValueError):
        return None
    return question, frozen
