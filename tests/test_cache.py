"""The on-disk cache of the built assistant: plain JSON that answers exactly as a fresh
build does, never trusted from someone else, never blocking, tidy and bounded."""

from __future__ import annotations

import json
import os
import pickle
from pathlib import Path

import pytest
from installed import ROOT, run_factbot

from bot import cache
from bot.assistant import Assistant
from bot.evaluation import load_labels
from bot.plain_data import Unsupported, decode, encode

FACTS_YAML = ROOT / "facts.yaml"
QUESTION = "How much did Russians spend?"


class Planted:
    """Unpickling this runs code: it creates the marker file."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


def _key() -> str:
    return cache.key_for(FACTS_YAML.read_bytes())


def _env(folder: Path, **extra: str) -> dict[str, str]:
    return {"FACTBOT_CACHE_DIR": str(folder), "FACTBOT_NO_CACHE": "", **extra}


def test_the_cached_assistant_answers_every_labelled_question_as_a_fresh_build(assistant):
    restored = decode(json.loads(json.dumps(encode(assistant))))
    assert isinstance(restored, Assistant) and restored is not assistant
    data = load_labels(ROOT / "tests" / "questions.yaml")
    for label in data["questions"]:
        question = str(label["q"])
        fresh, cached = assistant.ask(question), restored.ask(question)
        assert cached.to_dict() == fresh.to_dict(), question
        assert cached.explain() == fresh.explain(), question
    for conversation in data["conversations"]:
        fresh_context = cached_context = None
        for turn in conversation["turns"]:
            fresh = assistant.ask(turn["q"], fresh_context)
            cached = restored.ask(turn["q"], cached_context)
            assert cached.to_dict() == fresh.to_dict(), turn["q"]
            fresh_context, cached_context = fresh.context, cached.context


def test_decoding_builds_only_factbots_own_classes():
    for name in ("os:system", "subprocess:Popen", "builtins:eval", "bot.__main__:main"):
        with pytest.raises(Unsupported):
            decode({"$object": 0, "class": name, "attributes": {}})
    with pytest.raises(Unsupported):
        encode(lambda: None)


def test_second_run_uses_the_cache_and_writes_only_its_own_json(tmp_path):
    folder = tmp_path / "cache"
    first = run_factbot("ask", QUESTION, env=_env(folder), stdin="")
    assert first.returncode == 0 and "$4.3 billion" in first.stdout
    (entry,) = folder.iterdir()
    assert entry.name == f"{_key()}.json" and entry.stat().st_mode & 0o777 == 0o600
    assert folder.stat().st_mode & 0o777 == 0o700
    json.loads(entry.read_bytes())  # plain data
    second = run_factbot("-v", "ask", QUESTION, env=_env(folder), stdin="")
    assert second.stdout == first.stdout
    assert "ignoring" not in second.stderr and "not using" not in second.stderr


def test_a_planted_pickle_is_never_run(tmp_path):
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    marker = tmp_path / "pwned"
    for name in (f"{_key()}.json", f"{_key()}.pickle"):
        (folder / name).write_bytes(pickle.dumps(Planted(marker)))
        os.chmod(folder / name, 0o600)
    result = run_factbot("ask", QUESTION, env=_env(folder), stdin="")
    assert result.returncode == 0 and "$4.3 billion" in result.stdout
    assert not marker.exists()
    assert not list(folder.glob("*.pickle"))  # old-format files are removed, unread


@pytest.mark.parametrize("mode", [0o777, 0o1777, 0o770])
def test_a_folder_others_can_write_is_refused_with_one_warning_line(tmp_path, mode):
    folder = tmp_path / "shared"
    folder.mkdir()
    os.chmod(folder, mode)
    result = run_factbot("ask", QUESTION, env=_env(folder), stdin="")
    assert result.returncode == 0 and "$4.3 billion" in result.stdout
    lines = result.stderr.decode() if isinstance(result.stderr, bytes) else result.stderr
    assert len(lines.splitlines()) == 1 and "writable by group or others" in lines
    assert list(folder.iterdir()) == []


def test_a_file_others_can_write_is_not_read(tmp_path):
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    planted = folder / f"{_key()}.json"
    planted.write_text(json.dumps({"$object": 0, "class": "os:system", "attributes": {}}))
    os.chmod(planted, 0o666)
    result = run_factbot("ask", QUESTION, env=_env(folder), stdin="")
    assert result.returncode == 0 and "$4.3 billion" in result.stdout
    assert "writable by group or others" in result.stderr


def test_a_fifo_at_the_cache_path_does_not_block(tmp_path):
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    os.mkfifo(folder / f"{_key()}.json", 0o600)
    result = run_factbot("ask", QUESTION, env=_env(folder), stdin="", timeout=30)
    assert result.returncode == 0 and "$4.3 billion" in result.stdout


def test_a_failed_write_leaves_no_temporary_file(tmp_path, monkeypatch, assistant):
    folder = tmp_path / "cache"
    monkeypatch.setenv("FACTBOT_CACHE_DIR", str(folder))
    monkeypatch.setenv("FACTBOT_NO_CACHE", "")
    blocker = folder / "k.json"
    blocker.mkdir(parents=True)  # a folder in the way: the rename fails
    (blocker / "x").write_text("x")
    os.chmod(folder, 0o700)
    cache.save("k", assistant)
    assert sorted(p.name for p in folder.iterdir()) == ["k.json"]


def test_old_entries_are_removed(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTBOT_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("FACTBOT_NO_CACHE", "")
    for number in range(cache.KEEP + 3):
        cache.save(f"key{number}", {"n": number})
        os.utime(tmp_path / f"key{number}.json", (number, number))  # older first
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == [f"key{n}.json" for n in range(3, cache.KEEP + 3)]
    assert cache.load("key5") == {"n": 5}


@pytest.mark.parametrize(
    ("value", "cached"),
    [
        ("", True),
        ("0", True),
        ("false", True),
        ("No", True),
        ("off", True),
        ("1", False),
        ("true", False),
        ("yes", False),
    ],  # fmt: skip
)
def test_factbot_no_cache_is_a_boolean(tmp_path, value, cached):
    folder = tmp_path / "cache"
    result = run_factbot("ask", QUESTION, env=_env(folder, FACTBOT_NO_CACHE=value), stdin="")
    assert result.returncode == 0 and "$4.3 billion" in result.stdout
    entries = list(folder.iterdir()) if folder.exists() else []
    assert bool(entries) is cached
