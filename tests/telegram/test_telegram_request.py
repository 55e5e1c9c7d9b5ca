"""RetryingRequest through PTB's real Bot client against the fake Bot API: what is
retried (5xx, 429 after retry_after, connection refused) and what is not (4xx, a
timed-out sendMessage that may have been delivered)."""

from __future__ import annotations

import socket
import time

import pytest
from conftest import FAST_RETRIES, TOKEN
from telegram import Bot
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut

from bot.telegram_app.request import RetryingRequest, may_resend, retry_after


def make_bot(base_url: str, **options) -> Bot:
    return Bot(TOKEN, base_url=base_url, request=RetryingRequest(**{**FAST_RETRIES, **options}))


async def test_5xx_is_retried_until_it_succeeds(api):
    api.fail("sendMessage", 500, times=2)
    api.fail("sendMessage", 503, times=1)
    async with make_bot(api.base_url) as bot:
        await bot.send_message(1, "hi")
    assert [c.status for c in api.calls_to("sendMessage")] == [500, 500, 503, 200]


async def test_429_waits_retry_after_then_succeeds(api):
    api.fail("setMyCommands", 429, times=1, retry_after=1)
    async with make_bot(api.base_url) as bot:
        started = time.monotonic()
        await bot.set_my_commands([("start", "start")])
        waited = time.monotonic() - started
    assert [c.status for c in api.calls_to("setMyCommands")] == [429, 200]
    assert waited >= 0.95


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
async def test_a_429_on_a_chat_message_is_raised_at_once_for_the_outbox(api):
    """The wait belongs to the chat's queue, which holds no connection slot meanwhile."""
    api.fail("sendMessage", 429, times=1, retry_after=5)
    async with make_bot(api.base_url) as bot:
        started = time.monotonic()
        with pytest.raises(RetryAfter):
            await bot.send_message(1, "hi")
        assert time.monotonic() - started < 1
    assert len(api.calls_to("sendMessage")) == 1


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
async def test_a_query_answer_does_not_sit_out_a_long_flood_wait(api):
    api.fail("answerCallbackQuery", 429, times=1, retry_after=3)
    async with make_bot(api.base_url) as bot:
        with pytest.raises(RetryAfter):
            await bot.answer_callback_query("cb1")


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # PTB's RetryAfter int->timedelta
async def test_a_flood_wait_too_long_to_sit_out_is_raised(api):
    api.fail("setMyCommands", 429, times=1, retry_after=120)
    async with make_bot(api.base_url, max_retry_after=5) as bot:
        with pytest.raises(RetryAfter):
            await bot.set_my_commands([("start", "start")])


async def test_retries_are_bounded(api):
    api.fail("sendMessage", 500, times=100)
    async with make_bot(api.base_url, max_retries=3) as bot:
        with pytest.raises(NetworkError):
            await bot.send_message(1, "hi")
    assert len(api.calls_to("sendMessage")) == 4


async def test_client_errors_are_not_retried(api):
    api.expect_rejections = True
    api.fail("sendMessage", 400, times=1)
    async with make_bot(api.base_url) as bot:
        with pytest.raises(BadRequest):
            await bot.send_message(1, "hi")
    assert len(api.calls_to("sendMessage")) == 1


async def test_a_timed_out_send_message_is_not_resent(api):
    api.delay("sendMessage", 0.5)
    async with make_bot(api.base_url, read_timeout=0.1) as bot:
        with pytest.raises(TimedOut):
            await bot.send_message(1, "hi")
    assert len(api.calls_to("sendMessage")) == 1


async def test_connection_refused_is_retried_then_reported():
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    request = RetryingRequest(max_retries=2, backoff=0.01)
    await request.initialize()
    try:
        started = time.monotonic()
        with pytest.raises(NetworkError):
            await request.post(f"http://127.0.0.1:{port}/bot{TOKEN}/sendMessage")
        assert time.monotonic() - started >= 0.02  # two backoffs were waited
    finally:
        await request.shutdown()


@pytest.mark.parametrize(
    ("endpoint", "cause", "expected"),
    [
        ("sendMessage", "connect", True),  # never left: safe for anything
        ("sendMessage", "read", False),  # may have been delivered
        ("editMessageText", "read", False),
        ("getMe", "read", True),
        ("setMyCommands", "read", True),
        ("deleteWebhook", "read", True),
        ("getUpdates", "read", False),  # PTB's polling loop repeats it
    ],
)
def test_which_failures_may_be_resent(endpoint, cause, expected):
    import httpx

    error = NetworkError("boom")
    error.__cause__ = httpx.ConnectError("x") if cause == "connect" else httpx.ReadError("x")
    assert may_resend(endpoint, error) is expected


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (b'{"ok":false,"parameters":{"retry_after":3}}', 3.0),
        (b'{"ok":false,"parameters":{"retry_after":-1}}', 0.0),
        (b'{"ok":false}', None),
        (b"not json", None),
        (b"[]", None),
    ],
)
def test_retry_after_is_read_from_the_error_body(payload, expected):
    assert retry_after(payload) == expected
