"""A fake Telegram Bot API server on 127.0.0.1 for tests and the benchmark.

It speaks enough of the Bot API for python-telegram-bot's real client: getMe,
getUpdates (Telegram's offset semantics: an update is confirmed, and never handed out
again, once a later offset is requested; long polls are honoured but capped short),
sendMessage, editMessageText, answerCallbackQuery, answerInlineQuery, setMyCommands,
deleteWebhook, setWebhook, getWebhookInfo, close and logOut. Every call is recorded.

The Bot API's documented rules are enforced (bot_api_rules.py): HTML entity parsing and
UTF-16 text lengths, callback data and inline result limits, callback and inline queries
that expire and may be answered once, per-chat, per-group and global flood limits
answered with 429 `retry_after`, setWebhook URL, port and secret rules. A rejected call
is recorded with its 400 and description; the tests' fixture fails any test in which
the bot sent something Telegram would have rejected, unless the test expects it.

Faults are injected per method: scripted (the next N calls fail with a status), per chat
(403 for a chat that blocked the bot), random (seeded rates), or slow (a delay before
the response, after the call took effect, as a timed-out but delivered send does).

    api = FakeBotApi(token)
    await api.start()                     # api.base_url -> http://127.0.0.1:PORT/bot
    api.message(chat_id=1, text="hello")  # queue an update
    await api.wait_until(lambda: api.sent(chat_id=1))
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from bot_api_rules import (
    MAX_CALLBACK_ANSWER,
    TOO_OLD,
    FloodLimits,
    check_inline_results,
    check_markup,
    check_text,
    check_webhook,
)
from fake_payloads import BOT_USERNAME, Payloads

__all__ = ["BOT_USERNAME", "Call", "FakeBotApi"]

JSON_FIELDS = {
    "reply_markup",
    "results",
    "commands",
    "allowed_updates",
    "entities",
    "reply_parameters",
    "link_preview_options",
    "scope",
    "button",
}
INT_FIELDS = {"chat_id", "offset", "limit", "timeout", "message_id", "message_thread_id"}
CHAT_METHODS = {"sendMessage", "editMessageText"}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    status: int
    at: float = field(default_factory=time.perf_counter)
    description: str = ""

    @property
    def chat_id(self) -> int | None:
        return self.params.get("chat_id")

    @property
    def text(self) -> str:
        return self.params.get("text", "")


@dataclass
class Fault:
    method: str
    status: int
    times: int
    retry_after: int | None = None
    chat_id: int | None = None


class FakeBotApi:
    def __init__(
        self,
        token: str,
        *,
        max_poll_wait: float = 0.2,
        seed: int = 0,
        flood: FloodLimits | None = None,
        callback_ttl: float = 15.0,
        inline_ttl: float = 10.0,
    ) -> None:
        self.token = token
        self.flood = flood or FloodLimits()
        self.callback_ttl = callback_ttl
        self.inline_ttl = inline_ttl
        self.queries: dict[str, tuple[float, float]] = {}  # id -> (asked at, ttl)
        self.answered_queries: set[str] = set()
        self.messages: dict[tuple[int, int], tuple[str, Any]] = {}  # (chat, id) -> shown
        self.expect_rejections = False
        self.bot_id = int(token.split(":", 1)[0])
        self.max_poll_wait = max_poll_wait
        self.calls: list[Call] = []
        self.faults: list[Fault] = []
        self.blocked: set[int] = set()
        self.delays: dict[str, float] = {}
        self.random_rates: dict[int, float] = {}
        self.random_retry_after = 1
        self.rng = random.Random(seed)
        self.on_delivered: Callable[[Call], None] | None = None
        self.available_at: dict[int, float] = {}
        self.handed_out: dict[int, int] = {}  # update id -> times returned by getUpdates
        self.webhook_url = ""
        self.payloads = Payloads(self.bot_id)
        self._pending: list[dict] = []
        self._next_update = 1
        self._changed: asyncio.Event | None = None
        self._runner: web.AppRunner | None = None
        self._closing = False
        self.port = 0

    # --- lifecycle ----------------------------------------------------------------------
    async def start(self) -> None:
        self._changed = asyncio.Event()
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        self._closing = True
        self._notify()  # end pending long polls now rather than at their timeout
        if self._runner:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    # --- updates ------------------------------------------------------------------------
    def push(self, kind: str, payload: dict) -> int:
        update_id = self._next_update
        self._next_update += 1
        self._pending.append({"update_id": update_id, kind: payload})
        self.available_at[update_id] = time.perf_counter()
        self._notify()
        return update_id

    def message(self, chat_id: int, text: str, **options: Any) -> int:
        """Queue a text message as Telegram would deliver it, entities included; options:
        user_id, chat_type ("private", "group", "supergroup"), reply_to_bot."""
        return self.push("message", self.payloads.message(chat_id, text, **options))

    def message_payload(self, chat_id: int, text: str, **options: Any) -> dict:
        return self.payloads.message(chat_id, text, **options)

    def callback(self, chat_id: int, data: str, *, age: float = 0.0, **options: Any) -> int:
        """Queue a button press (options: user_id, message_id); `age` seconds old (a press
        made while the bot was down)."""
        query_id = f"cb{self._next_update}"
        self.queries[query_id] = (time.monotonic() - age, self.callback_ttl)
        return self.push(
            "callback_query", self.payloads.callback(query_id, chat_id, data, **options)
        )

    def inline(self, user_id: int, query: str, *, age: float = 0.0) -> int:
        query_id = f"iq{self._next_update}"
        self.queries[query_id] = (time.monotonic() - age, self.inline_ttl)
        return self.push("inline_query", self.payloads.inline(query_id, user_id, query))

    # --- fault injection ----------------------------------------------------------------
    def fail(
        self,
        method: str,
        status: int,
        times: int = 1,
        *,
        retry_after: int | None = None,
        chat_id: int | None = None,
    ) -> None:
        self.faults.append(Fault(method, status, times, retry_after, chat_id))

    def block_chat(self, chat_id: int) -> None:
        self.blocked.add(chat_id)

    def delay(self, method: str, seconds: float) -> None:
        self.delays[method] = seconds

    def random_faults(self, rates: dict[int, float], *, retry_after: int = 1) -> None:
        """Fail each call with these probabilities per status, e.g. {500: .05, 429: .02}."""
        self.random_rates = dict(rates)
        self.random_retry_after = retry_after

    # --- inspection ---------------------------------------------------------------------
    def calls_to(self, method: str, chat_id: int | None = None) -> list[Call]:
        return [
            c
            for c in self.calls
            if c.method == method and (chat_id is None or c.chat_id == chat_id)
        ]

    def sent(self, chat_id: int | None = None) -> list[Call]:
        """sendMessage calls that succeeded: the replies users actually received."""
        return [c for c in self.calls_to("sendMessage", chat_id) if c.status == 200]

    def rejected(self) -> list[Call]:
        """Calls Telegram would have refused as malformed (400)."""
        return [c for c in self.calls if c.status == 400]

    def throttled(self, chat_id: int | None = None) -> list[Call]:
        return [c for c in self.calls if c.status == 429 and chat_id in (None, c.chat_id)]

    def pending_ids(self) -> list[int]:
        return [u["update_id"] for u in self._pending]

    async def wait_until(self, predicate: Callable[[], Any], timeout: float = 5.0) -> None:
        """Wait until predicate() is truthy (checked after every call and update)."""
        deadline = time.monotonic() + timeout
        while not predicate():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(
                    f"condition not met within {timeout}s; calls: "
                    f"{[(c.method, c.status) for c in self.calls[-10:]]}"
                )
            self._changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), min(remaining, 0.05))

    def _notify(self) -> None:
        if self._changed is not None:
            self._changed.set()

    # --- HTTP ---------------------------------------------------------------------------
    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await _params(request)
        if request.match_info["token"] != self.token:
            return self._record(method, params, _error(401, "Unauthorized"))
        if method in self.delays:
            response = self._respond(method, params)
            await asyncio.sleep(self.delays[method])
            return response
        if method == "getUpdates":
            return self._record(method, params, await self._get_updates(params))
        return self._respond(method, params)

    def _respond(self, method: str, params: dict) -> web.Response:
        return self._record(
            method, params, self._fault(method, params) or self._dispatch(method, params)
        )

    def _record(self, method: str, params: dict, response: web.Response) -> web.Response:
        description = ""
        if response.status != 200 and response.body:
            description = json.loads(response.body).get("description", "")
        call = Call(method, params, response.status, description=description)
        self.calls.append(call)
        if call.status == 200 and self.on_delivered is not None:
            self.on_delivered(call)
        self._notify()
        return response

    def _fault(self, method: str, params: dict) -> web.Response | None:
        chat_id = params.get("chat_id")
        for fault in self.faults:
            if fault.times > 0 and fault.method == method and fault.chat_id in (None, chat_id):
                fault.times -= 1
                return _error(
                    fault.status, _DESCRIPTIONS.get(fault.status, "Error"), fault.retry_after
                )
        if method in CHAT_METHODS and chat_id in self.blocked:
            return _error(403, "Forbidden: bot was blocked by the user")
        roll = self.rng.random()
        for status, rate in self.random_rates.items():
            if roll < rate:
                return _error(
                    status,
                    _DESCRIPTIONS.get(status, "Error"),
                    self.random_retry_after if status == 429 else None,
                )
            roll -= rate
        return None

    def _dispatch(self, method: str, params: dict) -> web.Response:
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            return _error(404, "Not Found: method not found")
        check = getattr(self, f"_check_{method}", None)
        refusal = check(params) if check else None
        if refusal is not None:
            return refusal
        return _ok(handler(params))

    # --- the Bot API's rules ------------------------------------------------------------
    def _check_sendMessage(self, params: dict) -> web.Response | None:
        error = check_text(params.get("text"), params.get("parse_mode"))
        error = error or check_markup(params.get("reply_markup"))
        return _error(400, error) if error else self._flood(params["chat_id"])

    def _check_editMessageText(self, params: dict) -> web.Response | None:
        error = check_text(params.get("text"), params.get("parse_mode"))
        error = error or check_markup(params.get("reply_markup"))
        if error:
            return _error(400, error)
        key = (params.get("chat_id"), params.get("message_id"))
        if self.messages.get(key) == (params.get("text"), params.get("reply_markup")):
            return _error(400, "Bad Request: message is not modified: specified new message "
                          "content and reply markup are exactly the same")  # fmt: skip
        return self._flood(params["chat_id"])

    def _check_answerCallbackQuery(self, params: dict) -> web.Response | None:
        if len(str(params.get("text", ""))) > MAX_CALLBACK_ANSWER:
            return _error(400, "Bad Request: MESSAGE_TOO_LONG")
        return self._query(params.get("callback_query_id"))

    def _check_answerInlineQuery(self, params: dict) -> web.Response | None:
        error = check_inline_results(params.get("results"))
        return _error(400, error) if error else self._query(params.get("inline_query_id"))

    def _check_setWebhook(self, params: dict) -> web.Response | None:
        error = check_webhook(params)
        return _error(400, error) if error else None

    def _query(self, query_id: Any) -> web.Response | None:
        """A query may be answered once, within its time to live."""
        asked = self.queries.get(str(query_id))
        if asked is None or query_id in self.answered_queries:
            return _error(400, TOO_OLD)
        at, ttl = asked
        if time.monotonic() - at > ttl:
            return _error(400, TOO_OLD)
        self.answered_queries.add(str(query_id))
        return None

    def _flood(self, chat_id: int) -> web.Response | None:
        group = self.payloads.chat(chat_id).get("type") != "private"
        wait = self.flood.check(chat_id, group)
        if wait is None:
            return None
        retry = max(1, math.ceil(wait))
        return _error(429, f"Too Many Requests: retry after {retry}", retry)

    async def _get_updates(self, params: dict) -> web.Response:
        fault = self._fault("getUpdates", params)
        if fault is not None:
            return fault
        offset = params.get("offset")
        if offset is not None:
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
        wait = min(float(params.get("timeout") or 0), self.max_poll_wait)
        deadline = time.monotonic() + wait
        while not self._pending and not self._closing and time.monotonic() < deadline:
            self._changed.clear()
            try:
                await asyncio.wait_for(self._changed.wait(), deadline - time.monotonic())
            except TimeoutError:
                break
        batch = self._pending[: int(params.get("limit") or 100)]
        for update in batch:
            self.handed_out[update["update_id"]] = self.handed_out.get(update["update_id"], 0) + 1
        return _ok(batch)

    # --- methods ------------------------------------------------------------------------
    def _api_getMe(self, params: dict) -> dict:
        return self.payloads.me

    def _api_sendMessage(self, params: dict) -> dict:
        sent = self.payloads.sent(params["chat_id"], params.get("text", ""))
        shown = (params.get("text"), params.get("reply_markup"))
        self.messages[(params["chat_id"], sent["message_id"])] = shown
        return sent

    def _api_editMessageText(self, params: dict) -> dict:
        message_id = params.get("message_id")
        shown = (params.get("text"), params.get("reply_markup"))
        self.messages[(params["chat_id"], message_id)] = shown
        return self.payloads.sent(params["chat_id"], params.get("text", ""), message_id)

    def _api_setWebhook(self, params: dict) -> bool:
        self.webhook_url = params.get("url", "")
        return True

    def _api_deleteWebhook(self, params: dict) -> bool:
        self.webhook_url = ""
        return True

    def _api_getWebhookInfo(self, params: dict) -> dict:
        return {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
        }

    def _api_answerCallbackQuery(self, params: dict) -> bool:
        return True

    _api_answerInlineQuery = _api_answerCallbackQuery
    _api_setMyCommands = _api_answerCallbackQuery
    _api_close = _api_answerCallbackQuery
    _api_logOut = _api_answerCallbackQuery


_DESCRIPTIONS = {
    400: "Bad Request",
    403: "Forbidden: bot was blocked by the user",
    429: "Too Many Requests: retry later",
    500: "Internal Server Error",
    502: "Bad Gateway",
}


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


def _error(status: int, description: str, retry_after: int | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return web.json_response(body, status=status)


async def _params(request: web.Request) -> dict[str, Any]:
    """Form, multipart or JSON parameters, decoded the way Telegram reads them."""
    if request.content_type == "application/json":
        raw = await request.json() if request.can_read_body else {}
        return dict(raw)
    form = await request.post()
    params: dict[str, Any] = {}
    for key, value in form.items():
        if not isinstance(value, str):
            continue
        if key in JSON_FIELDS:
            params[key] = json.loads(value)
        elif key in INT_FIELDS and re.fullmatch(r"-?\d+", value):
            params[key] = int(value)
        else:
            params[key] = value
    return params
