"""PicklePersistence that writes once per save, atomically, and survives a bad file.

Three changes to PTB's PicklePersistence (single file), each for a failure we can see:
- PTB rewrites the whole pickle for every chat whose data changed since the last save
  (`on_flush=False`), so saving N changed chats out of M costs N x M and, with
  thousands of chats, blocks the event loop for seconds. Here per-chat updates change
  memory only and one write follows the batch (still every `update_interval` seconds
  and at shutdown).
- PTB writes the file in place; a crash mid-write leaves a truncated pickle. Here it is
  written to a temporary file (readable by its owner only) and renamed over the old one.
- PTB refuses to start on an unreadable pickle. Follow-up context is a convenience, so
  the file is moved aside (`.corrupt`), logged, and the bot starts with empty state.
"""

from __future__ import annotations

import asyncio
import logging
import os
from typing import Any

from telegram.ext import PicklePersistence

logger = logging.getLogger(__name__)


class BatchedPicklePersistence(PicklePersistence):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["on_flush"] = True  # update_* only touch memory; we decide when to write
        super().__init__(*args, **kwargs)
        self._write_scheduled = False

    async def update_chat_data(self, chat_id: int, data: dict) -> None:
        before = self.chat_data.get(chat_id) if self.chat_data is not None else None
        await super().update_chat_data(chat_id, data)
        if before != data:
            self._schedule_write()

    async def drop_chat_data(self, chat_id: int) -> None:
        await super().drop_chat_data(chat_id)
        self._schedule_write()

    def _schedule_write(self) -> None:
        """Write once, after the rest of this save's per-chat updates: PTB has already
        queued them as tasks, and `call_soon` callbacks run in FIFO order after them."""
        if not self._write_scheduled:
            self._write_scheduled = True
            asyncio.get_running_loop().call_soon(self._write)

    def _write(self) -> None:
        self._write_scheduled = False
        self._dump_singlefile()

    def _dump_singlefile(self) -> None:
        """PTB's writer aimed at a temporary file, then an atomic rename. Swapping
        `filepath` is safe: nothing else runs between the swap and the restore."""
        final = self.filepath
        self.filepath = final.with_name(final.name + ".tmp")
        try:
            super()._dump_singlefile()
            os.chmod(self.filepath, 0o600)  # chat ids and questions: owner only
            os.replace(self.filepath, final)
        except OSError as exc:
            logger.error("could not save chat state to %s: %s", final, exc)
        finally:
            self.filepath = final

    def _load_singlefile(self) -> None:
        try:
            super()._load_singlefile()
        except TypeError as exc:  # PTB's wrapper for any unpickling failure
            aside = self.filepath.with_name(self.filepath.name + ".corrupt")
            os.replace(self.filepath, aside)
            logger.error("chat state in %s was unreadable (%s); moved it to %s and "
                         "starting with no saved context", self.filepath, exc, aside)  # fmt: skip
            super()._load_singlefile()  # the file is gone now: empty state
