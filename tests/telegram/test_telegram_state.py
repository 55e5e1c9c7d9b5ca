"""The answer cache and the chat-state file, without the network."""

from __future__ import annotations

import asyncio
import logging
import pickle

from conftest import TOKEN
from telegram import Bot
from telegram.ext import PersistenceInput, PicklePersistence

from bot.answer import Answer
from bot.telegram_app.cache import MAX_CACHED_QUESTION, CachedAssistant, cache_key
from bot.telegram_app.persistence import BatchedPicklePersistence


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


def persistence(path) -> BatchedPicklePersistence:
    store = PersistenceInput(bot_data=False, user_data=False, callback_data=False)
    persistence = BatchedPicklePersistence(path, store_data=store)
    persistence.set_bot(Bot(TOKEN))
    return persistence


async def test_a_save_of_many_chats_writes_the_file_once(tmp_path, monkeypatch) -> None:
    writes = []
    original = PicklePersistence._dump_singlefile
    monkeypatch.setattr(PicklePersistence, "_dump_singlefile",
                        lambda self: (writes.append(1), original(self)))  # fmt: skip
    store = persistence(tmp_path / "state.pickle")
    await store.get_chat_data()
    await asyncio.gather(*(store.update_chat_data(i, {"context": {"n": i}}) for i in range(50)))
    await asyncio.sleep(0)
    assert len(writes) == 1
    await store.update_chat_data(3, {"context": {"n": 3}})  # unchanged: no write
    await asyncio.sleep(0)
    assert len(writes) == 1
    assert not list(tmp_path.glob("*.tmp"))  # written aside, then renamed
    assert (tmp_path / "state.pickle").stat().st_mode & 0o777 == 0o600
    reloaded = persistence(tmp_path / "state.pickle")
    assert (await reloaded.get_chat_data())[49] == {"context": {"n": 49}}


async def test_an_unreadable_state_file_is_moved_aside(tmp_path, caplog) -> None:
    path = tmp_path / "state.pickle"
    path.write_bytes(b"\x80\x05 this is not a pickle")
    caplog.set_level(logging.ERROR)
    assert await persistence(path).get_chat_data() == {}
    assert (tmp_path / "state.pickle.corrupt").exists() and not path.exists()
    assert "unreadable" in caplog.text


async def test_flush_writes_the_state_atomically(tmp_path) -> None:
    path = tmp_path / "state.pickle"
    store = persistence(path)
    await store.get_chat_data()
    store.chat_data[1] = {"why": "because"}
    await store.flush()
    with path.open("rb") as handle:
        assert pickle.load(handle)["chat_data"] == {1: {"why": "because"}}
