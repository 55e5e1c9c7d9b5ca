"""Every message to a chat leaves through that chat's own queue.

Telegram limits messages per chat (about one a second, short bursts allowed), per group
(about 20 a minute) and overall, and answers a message over a limit with 429 and a
`retry_after` of up to a minute. A handler that waited for that inside its update slot,
or under a lock other chats need, would stall every chat (8 slots fill with one busy
group's updates in seconds). So handlers only *queue* their replies and return; one task
per chat sends them in order, paces them under the chat's limits before Telegram has to
say so, and sits out a 429 alone: other chats' tasks carry on. The only shared thing,
the HTTP connection slots, is held for the duration of one request, never for a wait.

A send that failed for a reason other than flood control is reported (one log line,
see `errors.describe_error`) and the rest of that reply dropped; the chat's next reply
still goes out. `drain` lets a clean stop deliver everything queued.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import warnings
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field

from telegram.error import RetryAfter, TelegramError

from bot.telegram_app.errors import describe_error
from bot.telegram_app.limits import Pacing

logger = logging.getLogger(__name__)

Send = Callable[[], Awaitable[object]]


@dataclass
class _Reply:
    pieces: Sequence[Send]
    update_id: int | None


@dataclass
class _Chat:
    group: bool
    queue: deque[_Reply] = field(default_factory=deque)
    sent: deque[float] = field(default_factory=deque)  # completion times, newest last
    task: asyncio.Task | None = None


class Outbox:
    def __init__(self, pacing: Pacing | None = None, connections: int = 8) -> None:
        self.pacing = pacing or Pacing()
        self._slots = asyncio.Semaphore(connections)
        self._chats: dict[int, _Chat] = {}
        self.flood_waits = 0  # 429s sat out, for tests and the benchmark

    def put(
        self, chat_id: int, pieces: Sequence[Send], *, group: bool, update_id: int | None
    ) -> None:
        """Queue one reply (its messages in order); returns at once."""
        chat = self._chats.get(chat_id)
        if chat is None:
            chat = self._chats[chat_id] = _Chat(group)
        chat.queue.append(_Reply(pieces, update_id))
        if chat.task is None or chat.task.done():
            chat.task = asyncio.get_running_loop().create_task(self._run(chat_id, chat))

    def pending(self) -> int:
        return sum(len(chat.queue) for chat in self._chats.values())

    async def drain(self, timeout: float = 30.0) -> None:
        """Wait (bounded) until every queued reply was sent or given up."""
        tasks = [c.task for c in self._chats.values() if c.task and not c.task.done()]
        if tasks:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.gather(*tasks, return_exceptions=True), timeout)

    async def _run(self, chat_id: int, chat: _Chat) -> None:
        while chat.queue:
            reply = chat.queue.popleft()
            for send in reply.pieces:
                if not await self._deliver(chat_id, chat, send, reply.update_id):
                    break  # the rest of this reply would read wrongly without it
        if not chat.sent or chat.sent[-1] < time.monotonic() - self._longest_window():
            self._chats.pop(chat_id, None)  # nothing left to pace against: forget it

    async def _deliver(self, chat_id: int, chat: _Chat, send: Send, update_id: int | None) -> bool:
        for attempt in range(self.pacing.max_flood_retries + 1):
            await asyncio.sleep(self._pace(chat))
            try:
                async with self._slots:
                    await send()
            except RetryAfter as exc:
                wait = flood_wait(exc)
                if attempt >= self.pacing.max_flood_retries or wait > self.pacing.max_flood_wait:
                    _report(exc, update_id, chat_id, "dropped")
                    return False
                self.flood_waits += 1
                logger.info("chat %s: flood control, waiting %.1f s", chat_id, wait)
                await asyncio.sleep(wait)  # this chat's task only: nothing shared is held
                continue
            except TelegramError as exc:
                _report(exc, update_id, chat_id, "not delivered")
                return False
            except Exception:
                logger.exception("update %s: chat %s: sending failed", update_id, chat_id)
                return False
            chat.sent.append(time.monotonic())
            return True
        return False

    def _pace(self, chat: _Chat) -> float:
        """Seconds to wait so the next message stays inside this chat's limits."""
        now = time.monotonic()
        longest = self._longest_window()
        while chat.sent and chat.sent[0] <= now - longest:
            chat.sent.popleft()
        wait = 0.0
        rules = [(self.pacing.chat_burst, self.pacing.chat_window)]
        if chat.group:
            rules.append((self.pacing.group_count, self.pacing.group_window))
        for count, window in rules:
            if count <= 0:
                continue
            recent = [t for t in chat.sent if t > now - window]
            if len(recent) >= count:
                wait = max(wait, recent[-count] + window - now)
        return wait

    def _longest_window(self) -> float:
        return max(self.pacing.chat_window, self.pacing.group_window)


def flood_wait(exc: RetryAfter) -> float:
    """`retry_after` in seconds (PTB 22 warns that the int becomes a timedelta)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = exc.retry_after
    total = getattr(value, "total_seconds", None)
    return float(total()) if total else float(value)


def _report(exc: Exception, update_id: int | None, chat_id: int, outcome: str) -> None:
    kind, detail = describe_error(exc)
    logger.warning(
        "update %s: chat %s: reply %s: %s: %s", update_id, chat_id, outcome, kind, detail
    )
