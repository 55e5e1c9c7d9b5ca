"""Fixtures for the Telegram front end: a fake Bot API on 127.0.0.1 and the real bot,
built by `build_application` exactly as `factbot telegram` builds it, pointed at the fake
through `base_url` as a deployment would point it at a local Bot API server."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bot_api_rules import FloodLimits  # noqa: E402
from fake_bot_api import FakeBotApi  # noqa: E402
from telegram_harness import TOKEN, running  # noqa: E402

from bot import Assistant  # noqa: E402
from bot.telegram_app.app import build_application  # noqa: E402
from bot.telegram_app.config import Settings  # noqa: E402
from bot.telegram_app.limits import Pacing  # noqa: E402

__all__ = ["FAST_PACING", "FAST_RETRIES", "PROXY_VARS", "TOKEN", "TIME_SCALE", "running"]
PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")
# Retries as in production, waits shortened so fault tests stay fast.
FAST_RETRIES = {"backoff": 0.01, "max_backoff": 0.05}
# Telegram's flood limits with every window shrunk 20 times (3 messages a chat per 50 ms,
# 20 a group per 3 s), and the bot's pacing shrunk alike, so tests stay fast.
TIME_SCALE = 0.05
FAST_PACING = Pacing(chat_burst=3, chat_window=1.05 * TIME_SCALE,
                     group_count=19, group_window=61 * TIME_SCALE)  # fmt: skip


@pytest.fixture(autouse=True)
def local_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """httpx honours proxy variables; the bot must talk to 127.0.0.1 directly."""
    for name in PROXY_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


@pytest.fixture(scope="session")
def tg_assistant() -> Assistant:
    return Assistant.load()


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    """The strict fake Bot API; a test fails if the bot sent anything Telegram would have
    refused as malformed, unless it sets `api.expect_rejections`."""
    server = FakeBotApi(TOKEN, flood=FloodLimits(scale=TIME_SCALE))
    await server.start()
    try:
        yield server
    finally:
        await server.stop()
    if not server.expect_rejections:
        assert not server.rejected(), [(c.method, c.description) for c in server.rejected()]


@pytest.fixture
def settings(api: FakeBotApi, tmp_path: Path) -> Settings:
    return Settings(
        token=TOKEN,
        persistence_path=tmp_path / "telegram.json",
        base_url=api.base_url,
        pacing=FAST_PACING,
    )


BotFactory = Callable[..., AbstractAsyncContextManager[Any]]


@pytest.fixture
def bot(settings: Settings, tg_assistant: Assistant) -> BotFactory:
    """`async with bot(user_rate=3) as app:` runs the factbot application."""

    def start(assistant: Any = None, **overrides: Any) -> AbstractAsyncContextManager[Any]:
        app = build_application(
            replace(settings, **overrides), assistant or tg_assistant, **FAST_RETRIES
        )
        return running(app)

    return start
