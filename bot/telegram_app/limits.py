"""Who may ask, and how often: the allow-list and the per-user question limit.

Pure and clock-injected so that tests need neither a network nor sleeping. The limiter
is in memory only: after a restart everyone starts with a full allowance, which errs
on the side of answering.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

WINDOW_SECONDS = 60.0
SWEEP_EVERY = 1024  # checks between sweeps of idle users, so memory stays bounded


@dataclass(frozen=True)
class Decision:
    allowed: bool
    retry_in: float = 0.0  # seconds until the next question would be accepted
    notify: bool = False  # first refusal in this window: tell the user once, not per message


class RateLimiter:
    """Sliding-window limit of `per_window` events per key; `per_window=0` disables it."""

    def __init__(
        self,
        per_window: int,
        window: float = WINDOW_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_window = per_window
        self.window = window
        self.clock = clock
        self._events: dict[int, deque[float]] = {}
        self._warned: dict[int, float] = {}
        self._checks = 0

    def check(self, key: int) -> Decision:
        """Record an attempt by `key` and say whether it may proceed."""
        if self.per_window <= 0:
            return Decision(True)
        now = self.clock()
        self._maybe_sweep(now)
        events = self._events.setdefault(key, deque())
        while events and events[0] <= now - self.window:
            events.popleft()
        if len(events) < self.per_window:
            events.append(now)
            self._warned.pop(key, None)
            return Decision(True)
        retry_in = max(0.0, events[0] + self.window - now)
        first = key not in self._warned
        self._warned[key] = now
        return Decision(False, retry_in=retry_in, notify=first)

    def _maybe_sweep(self, now: float) -> None:
        self._checks += 1
        if self._checks % SWEEP_EVERY:
            return
        idle = [k for k, ev in self._events.items() if not ev or ev[-1] <= now - self.window]
        for key in idle:
            self._events.pop(key, None)
            self._warned.pop(key, None)


@dataclass(frozen=True)
class AllowList:
    """`users=None` admits everyone; otherwise only those ids (updates with no user: none)."""

    users: frozenset[int] | None = None

    @property
    def restricted(self) -> bool:
        return self.users is not None

    def permits(self, user_id: int | None) -> bool:
        if self.users is None:
            return True
        return user_id is not None and user_id in self.users


@dataclass(frozen=True)
class Pacing:
    """Limits the bot keeps to on its own: `chat_burst` messages per chat each
    `chat_window` seconds, `group_count` per group each `group_window`. The defaults sit
    just inside Telegram's; `off()` for benchmarks against a server without limits."""

    chat_burst: int = 3
    chat_window: float = 1.05
    group_count: int = 19
    group_window: float = 61.0
    max_flood_wait: float = 65.0  # a longer retry_after drops the reply (logged)
    max_flood_retries: int = 3

    @classmethod
    def off(cls) -> Pacing:
        return cls(chat_burst=0, group_count=0)
