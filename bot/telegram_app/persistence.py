"""Chat state in one JSON file: written once per save, atomically, privately; survives a
bad file.

Why not PTB's PicklePersistence: unpickling runs code, and the state file may sit where
another local user can write (`--persistence` in a shared folder). The state is plain data
(see `chatstate`), so JSON holds it and a planted file can at worst hold wrong context.

What else it does, each for a failure we can see:
- Per-chat updates change memory only; one write follows the batch (PTB calls
  `update_chat_data` for every changed chat, then `flush` at shutdown). Rewriting the
  whole file per chat would cost N x M and block the event loop for seconds.
- Each chat is kept encoded, so a change is noticed by comparing strings (PTB hands us the
  same dict object every time, which always equals itself) and a write joins strings.
- The file goes through `bot.private_files`: 0600 from the first byte, a random temporary
  name with O_EXCL and no symlink following, renamed over the old file. A file or folder
  another user could write is refused with one warning, and the bot runs without saving.
- An unreadable file is moved aside (`.corrupt`) and the bot starts with empty state; when
  it cannot be moved aside, that is logged and the bot starts anyway.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
from pathlib import Path
from typing import Any

from telegram.ext import BasePersistence, PersistenceInput

from bot.private_files import UnsafeFile, read_private, write_private

logger = logging.getLogger(__name__)
FORMAT = "factbot-telegram-state"
VERSION = 1
CHAT_DATA_ONLY = PersistenceInput(
    bot_data=False, chat_data=True, user_data=False, callback_data=False
)


class CorruptState(ValueError):
    """The state file is not what this module writes."""


class JsonFilePersistence(BasePersistence):
    """Keeps `chat_data` (only) in a JSON file; other kinds of data are not stored."""

    def __init__(self, filepath: Path | str, update_interval: float = 60) -> None:
        super().__init__(store_data=CHAT_DATA_ONLY, update_interval=update_interval)
        self.filepath = Path(filepath)
        self._chats: dict[int, str] | None = None  # chat id -> its data as JSON text
        self._enabled = True
        self._write_scheduled = False

    # --- reading ---------------------------------------------------------------------
    async def get_chat_data(self) -> dict[int, dict[Any, Any]]:
        if self._chats is None:
            self._chats = self._load()
        return {chat: json.loads(text) for chat, text in self._chats.items()}

    def _load(self) -> dict[int, str]:
        try:
            data = read_private(self.filepath)
        except UnsafeFile as exc:
            self._enabled = False
            logger.warning("not using the chat state file: %s; chat context will not "
                           "survive a restart", exc)  # fmt: skip
            return {}
        except OSError as exc:
            logger.error("cannot read chat state %s (%s); starting with no saved context",
                         self.filepath, exc.strerror or exc)  # fmt: skip
            return {}
        if data is None:
            return {}
        try:
            return parse_state(data)
        except CorruptState as exc:
            self._move_aside(exc)
            return {}

    def _move_aside(self, reason: Exception) -> None:
        aside = self.filepath.with_name(self.filepath.name + ".corrupt")
        try:
            os.replace(self.filepath, aside)
        except OSError as exc:
            logger.error("chat state in %s is unreadable (%s) and could not be moved aside "
                         "(%s); starting with no saved context",
                         self.filepath, reason, exc.strerror or exc)  # fmt: skip
            return
        logger.error("chat state in %s was unreadable (%s); moved it to %s and starting "
                     "with no saved context", self.filepath, reason, aside)  # fmt: skip

    # --- writing ---------------------------------------------------------------------
    async def update_chat_data(self, chat_id: int, data: dict[Any, Any]) -> None:
        chats = self._chats if self._chats is not None else {}
        self._chats = chats
        try:
            text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        except (TypeError, ValueError) as exc:
            logger.error("chat %s: state is not plain data, not saved: %s", chat_id, exc)
            return
        if chats.get(chat_id) != text:
            chats[chat_id] = text
            self._schedule_write()

    async def drop_chat_data(self, chat_id: int) -> None:
        if self._chats is not None and self._chats.pop(chat_id, None) is not None:
            self._schedule_write()

    async def refresh_chat_data(self, chat_id: int, chat_data: dict[Any, Any]) -> None:
        """Nothing to refresh: this process is the file's only writer."""

    async def flush(self) -> None:
        self._write()

    def _schedule_write(self) -> None:
        """Write once, after the rest of this save's per-chat updates: PTB has already
        queued them as tasks, and `call_soon` callbacks run in FIFO order after them."""
        if not self._write_scheduled:
            self._write_scheduled = True
            asyncio.get_running_loop().call_soon(self._write)

    def _write(self) -> None:
        self._write_scheduled = False
        if not self._enabled or self._chats is None:
            return
        try:
            write_private(self.filepath, render_state(self._chats))
        except OSError as exc:
            logger.error("could not save chat state to %s: %s", self.filepath, exc)

    # --- what is not stored ------------------------------------------------------------
    async def get_user_data(self) -> dict[int, dict[Any, Any]]:
        return {}

    async def get_bot_data(self) -> dict[Any, Any]:
        return {}

    async def get_callback_data(self) -> None:
        return None

    async def get_conversations(self, name: str) -> dict:
        return {}

    async def update_conversation(self, name: str, key: tuple, new_state: object) -> None:
        """No conversation handlers: nothing to store."""

    async def update_user_data(self, user_id: int, data: dict[Any, Any]) -> None:
        """User data is not stored."""

    async def update_bot_data(self, data: dict[Any, Any]) -> None:
        """Bot data is not stored."""

    async def update_callback_data(self, data: Any) -> None:
        """Callback data is not stored."""

    async def drop_user_data(self, user_id: int) -> None:
        """User data is not stored."""

    async def refresh_user_data(self, user_id: int, user_data: dict[Any, Any]) -> None:
        """User data is not stored."""

    async def refresh_bot_data(self, bot_data: dict[Any, Any]) -> None:
        """Bot data is not stored."""


def render_state(chats: dict[int, str]) -> bytes:
    """The file's bytes from already encoded chats."""
    body = ",".join(f'"{chat}":{text}' for chat, text in chats.items())
    head = json.dumps({"format": FORMAT, "version": VERSION})[:-1]
    return f'{head},"chat_data":{{{body}}}}}\n'.encode()


def parse_state(data: bytes) -> dict[int, str]:
    """Chats of a state file, each re-encoded; `CorruptState` for anything else."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise CorruptState(f"not JSON: {exc}") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise CorruptState("not a factbot chat state file")
    if document.get("version") != VERSION:
        raise CorruptState(f"version {document.get('version')!r} is not {VERSION}")
    chats = document.get("chat_data")
    if not isinstance(chats, dict):
        raise CorruptState("no chat_data mapping")
    out: dict[int, str] = {}
    for key, value in chats.items():
        try:
            chat = int(key)
        except ValueError:
            raise CorruptState(f"chat id {key!r} is not a number") from None
        if not isinstance(value, dict):
            raise CorruptState(f"chat {chat}: data is not a mapping")
        out[chat] = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return out
