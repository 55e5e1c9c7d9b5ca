"""Reaching Telegram before serving: a bounded, logged back-off, then a clear exit.

PTB's own start-up retries, stacked on the request retries, made an unreachable API cost
minutes of silence. Here `getMe` is tried `start_attempts` times, each bounded by
START_ATTEMPT_TIMEOUT, with waits doubling from `start_backoff`; every failure is one log
line ("attempt 2 of 5 failed (network: ...); next in 2.0 s"). With the defaults the bot
gives up within a minute (Settings.start_budget). A rejected token is not retried.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import Bot
from telegram.error import InvalidToken, TelegramError
from telegram.request import HTTPXRequest

from bot.telegram_app.config import START_ATTEMPT_TIMEOUT, Settings
from bot.telegram_app.errors import describe_error

logger = logging.getLogger(__name__)


class TelegramUnreachable(RuntimeError):
    """str() is one line for the user, without the token."""


async def reach_telegram(settings: Settings) -> None:
    """Return once getMe succeeds; raise InvalidToken or TelegramUnreachable."""
    half = START_ATTEMPT_TIMEOUT / 2
    request = HTTPXRequest(connect_timeout=half, read_timeout=half, write_timeout=half)
    options = {"base_url": settings.base_url} if settings.base_url else {}
    bot = Bot(settings.token, request=request, **options)
    attempts, last = settings.start_attempts, ""
    try:
        for attempt in range(1, attempts + 1):
            try:
                await asyncio.wait_for(bot.get_me(), START_ATTEMPT_TIMEOUT)
                return
            except InvalidToken:
                raise
            except (TelegramError, TimeoutError) as exc:
                kind, detail = (
                    describe_error(exc)
                    if isinstance(exc, TelegramError)
                    else ("timed out", f"no answer in {START_ATTEMPT_TIMEOUT:g} s")
                )
                last = f"{kind}: {detail}"
            if attempt == attempts:
                break
            wait = settings.start_backoff * 2 ** (attempt - 1)
            logger.warning("reaching Telegram: attempt %d of %d failed (%s); next in %.1f s",
                           attempt, attempts, last, wait)  # fmt: skip
            await asyncio.sleep(wait)
    finally:
        await request.shutdown()
    raise TelegramUnreachable(f"could not reach Telegram after {attempts} attempts ({last})")
