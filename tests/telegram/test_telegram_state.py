"""The answer cache, without the network (the state file: test_telegram_state_file.py)."""

from __future__ import annotations

from bot.answer import Answer
from bot.telegram_app.cache import MAX_CACHED_QUESTION, CachedAssistant, cache_key


class CountingAssistant:
    def __init__(self) -> None:
        self.calls = 0

    def ask(self, question, context=None):
        self.calls += 1
        return Answer(question=question, answered=True, text=f"{question} {context}")

    def examples(self, n=3):
        return ["e"] * n


def test_cache_answers_repeats_once_per_question_and_context() -> None:
    core = CountingAssistant()
    cached = CachedAssistant(core, size=2)
    first = cached.ask("q", {"a": [1]})
    assert cached.ask("q", {"a": [1]}) is first
    assert cached.ask("q", None).text == "q None"  # another context: another answer
    assert core.calls == 2 and (cached.hits, cached.misses) == (1, 2)
    cached.ask("r")  # evicts the least recently used ("q", {"a": [1]})
    cached.ask("q", {"a": [1]})
    assert core.calls == 4
    assert cached.examples(2) == ["e", "e"]


def test_cache_skips_what_it_cannot_key() -> None:
    assert cache_key("q", {"b": 1, "a": 2}) == cache_key("q", {"a": 2, "b": 1})
    assert cache_key("x" * (MAX_CACHED_QUESTION + 1), None) is None
    assert cache_key("q", {"not json": object()}) is None
    core = CountingAssistant()
    cached = CachedAssistant(core)
    cached.ask("q", {"s": {1, 2}})
    cached.ask("q", {"s": {1, 2}})
    assert core.calls == 2
