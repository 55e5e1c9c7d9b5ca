"""Running a PTB Application inside an existing event loop, the way `run_polling` runs it
(initialize, post_init, start polling, start; on exit stop polling, stop, shut down).
Shared by the tests and benchmarks/telegram_throughput.py."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from bot.telegram_app.app import polling_kwargs

# A well-formed token only the fake Bot API accepts; tests check it never reaches a log.
TOKEN = "424242:TESTsecretTOKEN_never_in_logs_0123456789"


@asynccontextmanager
async def running(app: Any) -> AsyncIterator[Any]:
    """Start `app` as `run_polling` does and stop it as SIGTERM does, in the current loop."""
    await app.initialize()
    try:
        if app.post_init:
            await app.post_init(app)
        await app.updater.start_polling(**polling_kwargs())
        await app.start()
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()
    finally:
        await app.shutdown()
