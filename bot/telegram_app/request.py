"""An HTTPXRequest that retries what is safe to retry.

PTB retries nothing inside handlers: a 500 or a 429 on sendMessage loses that reply.
This class retries, per request and without pausing other chats:

- HTTP 5xx, with exponential backoff: Telegram did not process the call;
- HTTP 429, after the `retry_after` Telegram asks for (flood control), unless that is
  longer than `max_retry_after`, when PTB's `RetryAfter` is raised for the error handler.
  Not for messages to chats (`sendMessage`, `editMessageText`): their 429 is raised at
  once, and the chat's queue in the outbox sits it out without holding a connection
  slot; and a query's answer waits at most `max_query_wait` (queries expire);
- a failure to connect (the request never left): any method;
- other network errors and timeouts only for idempotent methods (`get*`, `set*`,
  `delete*`). A timed-out `sendMessage` may have been delivered, and resending it gave
  duplicate replies in our measurements, so it is reported, not repeated.

getUpdates timeouts are left to PTB's polling loop, which already repeats them.
Log lines name the Bot API method, never the URL, which contains the token.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
from typing import Any

import httpx
from telegram.error import NetworkError
from telegram.request import HTTPXRequest, RequestData

logger = logging.getLogger(__name__)

NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
IDEMPOTENT_PREFIXES = ("get", "set", "delete")
TOO_MANY_REQUESTS = 429
QUEUED_METHODS = ("sendMessage", "editMessageText")  # flood waits belong to the outbox
QUERY_METHODS = ("answerCallbackQuery", "answerInlineQuery")


class RetryingRequest(HTTPXRequest):
    def __init__(
        self,
        *args: Any,
        max_retries: int = 5,
        backoff: float = 0.25,
        max_backoff: float = 8.0,
        max_retry_after: float = 60.0,
        max_query_wait: float = 1.0,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.max_query_wait = max_query_wait
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_retry_after = max_retry_after

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        **timeouts: Any,
    ) -> tuple[int, bytes]:
        endpoint = url.rsplit("/", 1)[-1]
        attempt = 0
        while True:
            try:
                code, payload = await super().do_request(url, method, request_data, **timeouts)
            except NetworkError as exc:  # TimedOut is a NetworkError too
                if attempt >= self.max_retries or not may_resend(endpoint, exc):
                    raise
                delay, why = self.backoff_delay(attempt), type(exc).__name__
            else:
                delay = self.retry_delay(code, payload, attempt, endpoint)
                if delay is None:
                    return code, payload
                why = f"HTTP {code}"
            attempt += 1
            logger.warning(
                "%s: %s; retry %d/%d in %.2fs", endpoint, why, attempt, self.max_retries, delay
            )
            await asyncio.sleep(delay)

    def retry_delay(
        self, code: int, payload: bytes, attempt: int, endpoint: str = ""
    ) -> float | None:
        """Seconds to wait before retrying a response, or None to hand it to PTB as is."""
        if attempt >= self.max_retries:
            return None
        if code == TOO_MANY_REQUESTS:
            wait = retry_after(payload)
            if wait is None:
                return self.backoff_delay(attempt)
            if endpoint in QUEUED_METHODS:
                return None
            limit = self.max_query_wait if endpoint in QUERY_METHODS else self.max_retry_after
            return wait if wait <= limit else None
        if 500 <= code <= 599:
            return self.backoff_delay(attempt)
        return None

    def backoff_delay(self, attempt: int) -> float:
        """Exponential backoff with a little jitter, so many chats do not retry in step."""
        base = min(self.max_backoff, self.backoff * 2**attempt)
        return base * random.uniform(0.8, 1.0)


def may_resend(endpoint: str, exc: NetworkError) -> bool:
    """Whether repeating the call after `exc` cannot make Telegram act twice."""
    if isinstance(exc.__cause__, NOT_SENT):
        return True
    if endpoint == "getUpdates":
        return False  # PTB's polling loop repeats it without our help
    return endpoint.startswith(IDEMPOTENT_PREFIXES)


def retry_after(payload: bytes) -> float | None:
    """`parameters.retry_after` of a Bot API error body, in seconds, if present."""
    try:
        body = json.loads(payload)
        value = body.get("parameters", {}).get("retry_after")
        return max(0.0, float(value)) if value is not None else None
    except (ValueError, TypeError, AttributeError):
        return None
