"""Failures and limits end to end: allow-list, per-user limit, blocked users, injected
5xx and 429s, timeouts, handler bugs, webhook mode and a restart in mid-stream."""

from __future__ import annotations

import asyncio
import html
import logging
import socket
from dataclasses import replace

import httpx
from conftest import FAST_RETRIES, TOKEN, running
from fake_bot_api import FakeBotApi

from bot.telegram_app.app import build_application, webhook_kwargs
from bot.telegram_app.config import WebhookSettings
from bot.telegram_app.errors import APOLOGY
from bot.telegram_app.gate import NOT_ALLOWED

RUSSIA = "How much did Russians spend?"
YUAN = "and in yuan?"


def replies_per_chat(api: FakeBotApi, chats) -> dict[int, int]:
    return {chat: len(api.sent(chat)) for chat in chats}


async def test_allow_list_refuses_others_and_ignores_their_group_chatter(api, bot):
    async with bot(allowed_users=frozenset({7})):
        api.message(8, RUSSIA)  # private, not allowed: refused
        api.message(-100, RUSSIA, user_id=8, chat_type="group")  # unaddressed: silent
        api.callback(8, "q:whatever")
        api.inline(8, RUSSIA)
        api.message(7, RUSSIA)
        await api.wait_until(
            lambda: (
                api.sent(7)
                and api.sent(8)
                and api.calls_to("answerCallbackQuery")
                and api.calls_to("answerInlineQuery")
            )
        )
    assert api.sent(8)[0].text == html.escape(NOT_ALLOWED)
    assert "4.3" in api.sent(7)[0].text
    assert not api.sent(-100)
    assert api.calls_to("answerCallbackQuery")[0].params["text"] == NOT_ALLOWED
    assert api.calls_to("answerInlineQuery")[0].params["results"] == []


async def test_per_user_limit_answers_politely_once_then_stays_quiet(api, bot):
    async with bot(user_rate=3):
        for _ in range(6):
            api.message(1, RUSSIA)
        api.message(2, RUSSIA)  # another user is unaffected
        await api.wait_until(lambda: len(api.sent(1)) >= 4 and api.sent(2))
        await asyncio.sleep(0.2)  # would-be extra replies have time to show up
    texts = [c.text for c in api.sent(1)]
    assert len(texts) == 4
    assert sum("4.3" in t for t in texts) == 3
    assert "3 questions a minute" in texts[3]
    assert len(api.sent(2)) == 1


async def test_a_user_who_blocked_the_bot_is_logged_and_skipped(api, bot, caplog):
    api.block_chat(2)
    caplog.set_level(logging.WARNING, logger="bot.telegram_app")
    async with bot():
        for chat in (1, 2, 3):
            api.message(chat, RUSSIA)
        await api.wait_until(lambda: api.sent(1) and api.sent(3) and api.calls_to("sendMessage", 2))
        await asyncio.sleep(0.1)
    assert [c.status for c in api.calls_to("sendMessage", 2)] == [403]  # no retry, no apology
    assert any("blocked" in r.getMessage() and "chat 2" in r.getMessage() for r in caplog.records)


async def test_injected_500s_and_429s_lose_and_duplicate_nothing(api, bot, tg_assistant, caplog):
    for method in ("getMe", "deleteWebhook", "getUpdates"):
        api.fail(method, 500, times=2)
    api.fail("setMyCommands", 500, times=50)  # the menu never registers; the bot runs on
    api.fail("sendMessage", 500, times=5)
    api.fail("sendMessage", 429, times=1, retry_after=1, chat_id=3)
    api.fail("sendMessage", 502, times=2, chat_id=4)
    first = tg_assistant.ask(RUSSIA)
    expected = [html.escape(first.text), html.escape(tg_assistant.ask(YUAN, first.context).text)]
    chats = range(1, 11)
    async with bot():
        for chat in chats:
            api.message(chat, RUSSIA)
            api.message(chat, YUAN)
        await api.wait_until(lambda: all(len(api.sent(c)) >= 2 for c in chats), timeout=10)
        await asyncio.sleep(0.2)
    for chat in chats:  # each answered once, in the order asked
        assert [c.text for c in api.sent(chat)] == expected
    calls = api.calls_to("sendMessage", 3)
    at = next(i for i, call in enumerate(calls) if call.status == 429)
    throttled, retried = calls[at], calls[at + 1]
    assert retried.text == throttled.text
    assert retried.at - throttled.at >= 0.9  # retry_after honoured
    assert any("command menu" in r.getMessage() for r in caplog.records)


async def test_a_timed_out_send_is_not_repeated(api, settings, tg_assistant):
    api.delay("sendMessage", 0.6)  # delivered, but the answer to the bot comes too late
    app = build_application(settings, tg_assistant, read_timeout=0.2, **FAST_RETRIES)
    async with running(app):
        api.message(1, RUSSIA)
        await api.wait_until(lambda: api.sent(1))
        await asyncio.sleep(0.8)
    assert len(api.calls_to("sendMessage")) == 1  # neither resent nor apologised


class BrokenAssistant:
    def __init__(self, real) -> None:
        self.real = real

    def ask(self, question, context=None):
        raise RuntimeError("bug in the core")

    def __getattr__(self, name):
        return getattr(self.real, name)


async def test_a_handler_bug_is_logged_with_the_update_id_and_apologised_for(
    api, bot, tg_assistant, caplog
):
    async with bot(assistant=BrokenAssistant(tg_assistant)):
        update_id = api.message(1, RUSSIA)
        await api.wait_until(lambda: api.sent(1))
    (reply,) = api.sent(1)
    assert reply.text == APOLOGY
    failure = next(r for r in caplog.records if r.name == "bot.telegram_app.errors")
    assert f"update {update_id}" in failure.getMessage()
    assert failure.exc_info and "bug in the core" in str(failure.exc_info[1])


async def test_restart_mid_stream_answers_every_update_exactly_once(api, bot):
    chats = range(1, 9)
    async with bot():
        for chat in chats:
            api.message(chat, RUSSIA)
        await api.wait_until(lambda: sum(len(api.sent(c)) for c in chats) >= 3)
        for chat in chats:  # arrive while the bot is stopping
            api.message(chat, YUAN)
    stopped_with = sum(len(api.sent(c)) for c in chats)
    for chat in chats:  # arrive while it is down
        api.message(chat, "/why")
    async with bot():  # same persistence file, same server-side offsets
        await api.wait_until(lambda: all(len(api.sent(c)) >= 3 for c in chats), timeout=10)
        await asyncio.sleep(0.3)
    assert replies_per_chat(api, chats) == dict.fromkeys(chats, 3)
    assert stopped_with >= 3
    for chat in chats:  # the follow-up context and /why survived the restart
        first, follow, why = (c.text for c in api.sent(chat))
        assert "4.3" in first and "yuan" in follow and "Sources:" in why


async def test_follow_up_context_survives_a_restart(api, bot, tg_assistant):
    first = tg_assistant.ask(RUSSIA)
    async with bot():
        api.message(1, RUSSIA)
        await api.wait_until(lambda: api.sent(1))
    async with bot():
        api.message(1, YUAN)
        await api.wait_until(lambda: len(api.sent(1)) == 2)
    assert api.sent(1)[1].text == html.escape(tg_assistant.ask(YUAN, first.context).text)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_webhook_mode_checks_the_secret_and_answers(api, settings, tg_assistant):
    port = free_port()
    hook = WebhookSettings(  # public URL behind a proxy; served here on 127.0.0.1:port
        url="https://bot.example.org:8443/factbot",
        url_path="factbot",
        listen="127.0.0.1",
        port=port,
        secret_token="s3cret_hook",
    )
    app = build_application(replace(settings, webhook=hook), tg_assistant, **FAST_RETRIES)
    update = {"update_id": 1, "message": api.message_payload(1, RUSSIA)}
    await app.initialize()
    await app.updater.start_webhook(**webhook_kwargs(replace(settings, webhook=hook)))
    await app.start()
    try:
        async with httpx.AsyncClient(trust_env=False) as client:
            local = f"http://127.0.0.1:{port}/factbot"
            forged = await client.post(local, json=update)
            real = await client.post(
                local, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret_hook"}
            )
        await api.wait_until(lambda: api.sent(1))
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
    assert forged.status_code == 403 and real.status_code == 200
    assert api.calls_to("setWebhook")[0].params["url"] == hook.url
    assert api.calls_to("setWebhook")[0].params["secret_token"] == "s3cret_hook"
    assert len(api.sent(1)) == 1 and "4.3" in api.sent(1)[0].text


def test_token_constant_is_well_formed() -> None:
    from bot.telegram_app.config import parse_token

    assert parse_token(TOKEN) == TOKEN


async def test_throttle_paces_sends_without_losing_any(api, bot):
    async with bot(throttle=True) as app:
        assert app.bot.rate_limiter is not None
        for chat in (1, 2, 3):
            api.message(chat, RUSSIA)
        await api.wait_until(lambda: all(api.sent(c) for c in (1, 2, 3)))
    assert [len(api.sent(c)) for c in (1, 2, 3)] == [1, 1, 1]


async def test_inline_results_stay_personal_on_a_private_bot(api, bot):
    async with bot(allowed_users=frozenset({7})):
        api.inline(7, RUSSIA)
        await api.wait_until(lambda: api.calls_to("answerInlineQuery"))
    call = api.calls_to("answerInlineQuery")[0]
    assert call.params["is_personal"] == "true" and call.params["cache_time"] == "0"
    assert len(call.params["results"]) == 1
