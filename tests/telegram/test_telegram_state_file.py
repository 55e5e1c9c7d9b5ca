"""The chat-state file: plain JSON, private, written once per save, and never trusted when
someone else could have written it; a bad file never stops the bot."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import pickle
from pathlib import Path

import pytest

from bot.telegram_app import persistence as persistence_module
from bot.telegram_app.persistence import JsonFilePersistence

RUSSIA = "How much did Russians spend?"
YUAN = "and in yuan?"


class Planted:
    """Unpickling this runs code: it creates the marker file."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


async def test_a_save_of_many_chats_writes_the_file_once(tmp_path, monkeypatch) -> None:
    writes = []
    original = persistence_module.write_private
    monkeypatch.setattr(persistence_module, "write_private",
                        lambda path, data: (writes.append(1), original(path, data)))  # fmt: skip
    path = tmp_path / "state.json"
    store = JsonFilePersistence(path)
    await store.get_chat_data()
    await asyncio.gather(*(store.update_chat_data(i, {"context": {"n": i}}) for i in range(50)))
    await asyncio.sleep(0)
    assert len(writes) == 1
    await store.update_chat_data(3, {"context": {"n": 3}})  # unchanged: no write
    await asyncio.sleep(0)
    assert len(writes) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state.json"]  # no temporary left
    assert path.stat().st_mode & 0o777 == 0o600
    reloaded = await JsonFilePersistence(path).get_chat_data()
    assert reloaded[49] == {"context": {"n": 49}} and len(reloaded) == 50


async def test_a_chat_whose_dict_changes_in_place_is_saved_again(tmp_path) -> None:
    """PTB passes the same dict object on every save: changes must still be written."""
    path = tmp_path / "state.json"
    store = JsonFilePersistence(path)
    await store.get_chat_data()
    data = {"why": "first"}
    await store.update_chat_data(1, data)
    await asyncio.sleep(0)
    data["why"] = "second"
    await store.update_chat_data(1, data)
    await asyncio.sleep(0)
    assert json.loads(path.read_text())["chat_data"] == {"1": {"why": "second"}}


async def test_a_planted_pickle_is_never_run_and_is_moved_aside(tmp_path, caplog) -> None:
    marker = tmp_path / "pwned"
    path = tmp_path / "telegram.json"
    path.write_bytes(pickle.dumps(Planted(marker)))
    os.chmod(path, 0o600)
    caplog.set_level(logging.ERROR)
    assert await JsonFilePersistence(path).get_chat_data() == {}
    assert not marker.exists()
    assert (tmp_path / "telegram.json.corrupt").exists() and not path.exists()
    assert "unreadable" in caplog.text


@pytest.mark.parametrize("folder_mode", [0o770, 0o777, 0o1777])
async def test_a_folder_others_can_write_is_refused_with_one_warning(
    tmp_path, caplog, folder_mode
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, folder_mode)
    path = shared / "telegram.json"
    path.write_text('{"format": "factbot-telegram-state", "version": 1, '
                    '"chat_data": {"1": {"why": "planted"}}}')  # fmt: skip
    os.chmod(path, 0o600)
    caplog.set_level(logging.WARNING)
    store = JsonFilePersistence(path)
    assert await store.get_chat_data() == {}  # the planted context is not read
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "writable by group or others" in warnings[0].getMessage()
    await store.update_chat_data(2, {"why": "mine"})
    await store.flush()
    assert "planted" in path.read_text() and "mine" not in path.read_text()  # nor written


async def test_a_state_file_others_can_write_is_refused(tmp_path, caplog) -> None:
    path = tmp_path / "telegram.json"
    path.write_text('{"format": "factbot-telegram-state", "version": 1, "chat_data": {}}')
    os.chmod(path, 0o666)
    caplog.set_level(logging.WARNING)
    assert await JsonFilePersistence(path).get_chat_data() == {}
    assert "writable by group or others" in caplog.text


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs chown")
async def test_a_state_file_owned_by_another_user_is_refused(tmp_path, caplog) -> None:
    path = tmp_path / "telegram.json"
    path.write_text('{"format": "factbot-telegram-state", "version": 1, "chat_data": {}}')
    os.chmod(path, 0o600)
    os.chown(path, 65534, 65534)
    caplog.set_level(logging.WARNING)
    assert await JsonFilePersistence(path).get_chat_data() == {}
    assert "owned by another user" in caplog.text


async def test_a_fifo_or_symlink_at_the_state_path_neither_hangs_nor_is_followed(
    tmp_path, caplog
) -> None:
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo, 0o600)
    caplog.set_level(logging.WARNING)
    loading = JsonFilePersistence(fifo).get_chat_data()
    assert await asyncio.wait_for(loading, timeout=5) == {}
    assert "not a regular file" in caplog.text
    victim = tmp_path / "victim"
    victim.write_text("keep me")
    link = tmp_path / "link.json"
    link.symlink_to(victim)
    store = JsonFilePersistence(link)
    assert await store.get_chat_data() == {}
    assert "symbolic link" in caplog.text
    assert victim.read_text() == "keep me"


async def test_chat_state_is_private_from_its_first_byte(tmp_path, monkeypatch) -> None:
    """Even with a permissive umask, the temporary file holding chat data is 0600 while
    the data is written into it."""
    modes = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (modes.append(os.fstat(fd).st_mode & 0o777),
                                                 real_fsync(fd)))  # fmt: skip
    old = os.umask(0)
    try:
        store = JsonFilePersistence(tmp_path / "telegram.json")
        await store.get_chat_data()
        await store.update_chat_data(1, {"why": "chat 1 asked about Russians"})
        await store.flush()
    finally:
        os.umask(old)
    assert modes and set(modes) == {0o600}
    assert (tmp_path / "telegram.json").stat().st_mode & 0o777 == 0o600


async def test_bot_starts_when_a_corrupt_state_file_cannot_be_moved_aside(
    api, bot, settings, caplog
) -> None:
    path = settings.persistence_path
    path.write_bytes(b"\x00 not json at all")
    os.chmod(path, 0o600)
    blocker = path.with_name(path.name + ".corrupt")
    blocker.mkdir()  # a folder in the way: the rename fails, even for root
    (blocker / "keep").write_text("x")
    caplog.set_level(logging.ERROR)
    async with bot():
        api.message(1, RUSSIA)
        await api.wait_until(lambda: api.sent(1))
    assert "4.3" in api.sent(1)[0].text
    assert "could not be moved aside" in caplog.text


async def test_follow_up_context_survives_a_restart_in_the_json_file(api, bot, settings) -> None:
    async with bot():
        api.message(5, RUSSIA)
        await api.wait_until(lambda: api.sent(5))
    saved = json.loads(settings.persistence_path.read_text(encoding="utf-8"))
    assert saved["format"] == "factbot-telegram-state" and "5" in saved["chat_data"]
    async with bot():
        api.message(5, YUAN)
        await api.wait_until(lambda: len(api.sent(5)) == 2)
    assert "yuan" in api.sent(5)[1].text and "4.3" in api.sent(5)[1].text
