"""The Bot API's documented rules, as the fake server enforces them.

Each check returns None when Telegram would accept the parameters, else the 400
description Telegram gives (wording as the real server's, so PTB raises the same
`BadRequest`). Sources: core.telegram.org/bots/api (formatting options, sendMessage,
answerCallbackQuery, answerInlineQuery, setWebhook, InlineKeyboardButton).
"""

from __future__ import annotations

import html
import re
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

MAX_TEXT = 4096  # UTF-16 units after entity parsing: sendMessage, editMessageText
MAX_CAPTION = 1024
MAX_CALLBACK_ANSWER = 200
MAX_CALLBACK_DATA = 64  # bytes
MAX_INLINE_RESULTS = 50
MAX_RESULT_ID = 64  # bytes
WEBHOOK_PORTS = (443, 80, 88, 8443)
SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")
TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"

# Tags Telegram's HTML parse mode accepts, with the attributes each may carry.
TAGS = {
    "b": (), "strong": (), "i": (), "em": (), "u": (), "ins": (), "s": (), "strike": (),
    "del": (), "tg-spoiler": (), "span": ("class",), "a": ("href",), "code": ("class",),
    "pre": (), "blockquote": ("expandable",), "tg-emoji": ("emoji-id",),
}  # fmt: skip
ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")
TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:=\"[^\"]*\"|='[^']*')?)*)\s*>")
ATTR = re.compile(r"([a-zA-Z-]+)(?:=(?:\"[^\"]*\"|'[^']*'))?")


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def parse_html(text: str) -> tuple[str | None, str | None]:
    """(visible text, None) for valid HTML-mode text, else (None, Telegram's error)."""
    out: list[str] = []
    open_tags: list[str] = []
    at = 0
    while at < len(text):
        char = text[at]
        if char == "<":
            match = TAG.match(text, at)
            if match is None:
                return None, _parse_error("Unsupported start tag", text, at)
            closing, name = match.group(1) == "/", match.group(2).lower()
            if name not in TAGS:
                kind = "end" if closing else "start"
                return None, _parse_error(f'Unsupported {kind} tag "{name}"', text, at)
            if closing:
                if not open_tags or open_tags[-1] != name:
                    return None, _parse_error(f'Unmatched end tag "{name}"', text, at)
                open_tags.pop()
            else:
                for attr in ATTR.findall(match.group(3)):
                    if attr not in TAGS[name]:
                        return None, _parse_error(f'Unsupported attribute "{attr}"', text, at)
                open_tags.append(name)
            at = match.end()
        elif char == "&":
            match = ENTITY.match(text, at)
            if match is None:
                return None, _parse_error("Unsupported HTML entity", text, at)
            out.append(html.unescape(match.group()))
            at = match.end()
        elif char == ">":
            return None, _parse_error('Unexpected ">"', text, at)
        else:
            out.append(char)
            at += 1
    if open_tags:
        what = f'Can\'t find end tag corresponding to start tag "{open_tags[-1]}"'
        return None, f"Bad Request: can't parse entities: {what}"
    return "".join(out), None


def _parse_error(what: str, text: str, at: int) -> str:
    offset = len(text[:at].encode("utf-8"))
    return f"Bad Request: can't parse entities: {what} at byte offset {offset}"


def check_text(text: Any, parse_mode: Any, *, limit: int = MAX_TEXT, field_name: str = "text"):
    """The rules for a message text: entities parse, the visible text is 1..limit."""
    if not isinstance(text, str):
        return f"Bad Request: {field_name} is empty"
    visible = text
    if parse_mode == "HTML":
        visible, error = parse_html(text)
        if error:
            return error
    elif parse_mode not in (None, ""):
        return f"Bad Request: unsupported parse_mode {parse_mode!r} in this fake"
    if not visible.strip():
        return f"Bad Request: {field_name} must be non-empty"
    if utf16(visible) > limit:
        return f"Bad Request: {field_name} is too long"
    return None


def check_markup(markup: Any) -> str | None:
    if not markup:
        return None
    rows = markup.get("inline_keyboard") if isinstance(markup, dict) else None
    if not isinstance(rows, list):
        return "Bad Request: can't parse reply keyboard markup JSON object"
    for row in rows:
        for button in row:
            if not str(button.get("text", "")).strip():
                return "Bad Request: text buttons are unallowed in the inline keyboard"
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode("utf-8")) <= MAX_CALLBACK_DATA:
                return "Bad Request: BUTTON_DATA_INVALID"
    return None


def check_inline_results(results: Any) -> str | None:
    if not isinstance(results, list):
        return "Bad Request: results must be an array"
    if len(results) > MAX_INLINE_RESULTS:
        return "Bad Request: RESULTS_TOO_MUCH"
    seen = set()
    for result in results:
        rid = str(result.get("id", ""))
        if not 1 <= len(rid.encode("utf-8")) <= MAX_RESULT_ID:
            return "Bad Request: RESULT_ID_INVALID"
        if rid in seen:
            return "Bad Request: RESULT_ID_DUPLICATE"
        seen.add(rid)
        if not str(result.get("title", "")).strip():
            return "Bad Request: RESULT_TITLE_EMPTY"
        content = result.get("input_message_content") or {}
        error = check_text(
            content.get("message_text"), content.get("parse_mode"), field_name="message text"
        )
        if error:
            return error
        error = check_markup(result.get("reply_markup"))
        if error:
            return error
    return None


def check_webhook(params: dict) -> str | None:
    url = str(params.get("url", ""))
    if url:
        parts = urlsplit(url)
        if parts.scheme != "https":
            return "Bad Request: bad webhook: HTTPS url must be provided for webhook"
        try:
            port = parts.port or 443
        except ValueError:
            return "Bad Request: bad webhook: invalid port"
        if port not in WEBHOOK_PORTS:
            return (
                "Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443"  # noqa: E501
            )
    secret = params.get("secret_token")
    if secret is not None and not SECRET_TOKEN.fullmatch(str(secret)):
        return "Bad Request: secret token contains unallowed characters"
    return None


@dataclass
class FloodLimits:
    """Telegram's flood limits (about 1 message a second per chat with short bursts, 20 a
    minute per group, 30 a second overall). `scale` shrinks every window so tests run
    fast; retry_after is reported in whole seconds, as Telegram does, at least 1."""

    chat_burst: int = 3
    chat_window: float = 1.0  # at most chat_burst messages per chat in this window
    group_count: int = 20
    group_window: float = 60.0
    global_count: int = 30
    global_window: float = 1.0
    scale: float = 1.0
    enabled: bool = True
    _sent: dict[Any, deque] = field(default_factory=dict)

    def check(self, chat_id: int, is_group: bool) -> float | None:
        """Record a message to `chat_id`; seconds to wait if it breaks a limit."""
        if not self.enabled:
            return None
        now = time.monotonic()
        rules = [("*", self.global_count, self.global_window),
                 (("c", chat_id), self.chat_burst, self.chat_window)]  # fmt: skip
        if is_group:
            rules.append((("g", chat_id), self.group_count, self.group_window))
        waits = []
        for key, count, window in rules:
            window *= self.scale
            sent = self._sent.setdefault(key, deque())
            while sent and sent[0] <= now - window:
                sent.popleft()
            if len(sent) >= count:
                waits.append(sent[0] + window - now)
        if waits:
            return max(waits)
        for key, _, _ in rules:
            self._sent[key].append(now)
        return None
