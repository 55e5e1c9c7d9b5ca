"""Turning the assistant's plain text into Telegram messages and button data.

Pure string functions (no telegram import). Telegram's limits: a message is at most
4,096 characters after entity parsing, counted in UTF-16 code units, so we split the
plain text first and escape each piece (escaping does not change the parsed length);
callback data is at most 64 bytes, so buttons carry a short key, never the question.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections.abc import Mapping, Sequence

MAX_MESSAGE = 4096
MAX_CALLBACK_BYTES = 64
MAX_BUTTON_LABEL = 60
MAX_INLINE_TITLE = 100

ASK_PREFIX = "q:"  # q:<key of an offered question>
TOPIC_PREFIX = "t:"  # t:<topic index>, or t:* for the list of topics
ALL_TOPICS = "*"


def utf16_len(text: str) -> int:
    """Length as Telegram counts it: characters outside the BMP count twice."""
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """Split `text` into pieces of at most `limit` UTF-16 units, at a line break or a space
    when there is one in the second half of a piece; blank pieces (which Telegram rejects)
    are dropped, and an all-blank text gives one placeholder piece."""
    pieces: list[str] = []
    rest = text
    while utf16_len(rest) > limit:
        cut = _fit(rest, limit)
        for sep in ("\n", " "):
            at = rest.rfind(sep, 0, cut)
            if at >= cut // 2:
                cut = at + 1
                break
        pieces.append(rest[:cut])
        rest = rest[cut:]
    pieces.append(rest)
    kept = [p for p in pieces if p.strip()]
    return kept or ["…"]


def _fit(text: str, limit: int) -> int:
    """How many characters of `text` fit in `limit` UTF-16 units (at least one)."""
    units = 0
    for index, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > limit:
            return max(1, index)
    return len(text)


def escape(text: str) -> str:
    """HTML-escape user or fact text for parse_mode=HTML."""
    return html.escape(text)


def html_pieces(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """Plain text -> escaped messages, each within Telegram's length limit."""
    return [escape(piece) for piece in split_text(text, limit)]


def truncate(text: str, limit: int) -> str:
    """`text` cut to `limit` UTF-16 units with an ellipsis when it is longer."""
    if utf16_len(text) <= limit:
        return text
    return text[: _fit(text, limit - 1)].rstrip() + "…"


def with_question(question: str, text: str) -> str:
    """Prefix an answer with its question, for answers to a pressed button (where the chat
    does not otherwise show what was asked)."""
    return f"Q: {question}\n\n{text}"


def question_key(question: str) -> str:
    """A short, stable key for an offered question: 11 URL-safe characters."""
    digest = hashlib.sha256(question.encode("utf-8")).digest()[:8]
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def ask_data(key: str) -> str:
    return _checked(ASK_PREFIX + key)


def topic_data(index: int | None) -> str:
    return _checked(TOPIC_PREFIX + (ALL_TOPICS if index is None else str(index)))


def _checked(data: str) -> str:
    if len(data.encode("utf-8")) > MAX_CALLBACK_BYTES:
        raise ValueError(f"callback data over {MAX_CALLBACK_BYTES} bytes: {data[:20]!r}...")
    return data


def parse_callback(data: str | None) -> tuple[str, str] | None:
    """`"q:abc"` -> ("q", "abc"); anything else (old or forged data) -> None."""
    if not data:
        return None
    for prefix in (ASK_PREFIX, TOPIC_PREFIX):
        if data.startswith(prefix) and len(data) > len(prefix):
            return prefix[:-1], data[len(prefix) :]
    return None


def button_label(question: str) -> str:
    return truncate(question, MAX_BUTTON_LABEL)


def inline_title(text: str) -> str:
    """First line of an answer, short enough for an inline result's title."""
    return truncate(text.split("\n", 1)[0], MAX_INLINE_TITLE)


def inline_description(text: str) -> str:
    lines = text.split("\n")
    return truncate(" ".join(lines[1:]).strip(), 200)


# --- fixed texts ---------------------------------------------------------------------
COMMAND_HELP = (
    ("start", "what I know, with examples"),
    ("help", "how to ask"),
    ("facts", "browse the topics I know"),
    ("sources", "where the figures come from"),
    ("why", "calculation and sources of my last answer"),
    ("ask", "ask a question (needed in groups)"),
)


def start_html(help_text: str) -> str:
    return (
        f"{escape(help_text)}\n\n"
        "Type a question, or press one of these to start. /help shows the commands."
    )


def help_html(help_text: str, username: str | None) -> str:
    commands = "\n".join(f"/{name} - {escape(what)}" for name, what in COMMAND_HELP)
    lines = [escape(help_text), "", commands, ""]
    ask = f"/ask@{username}" if username else "/ask"
    lines.append(
        escape(
            f"In a group, reply to one of my messages, mention me, or send {ask} followed by "
            "your question. Groups keep bots in privacy mode, where a plain message, or a "
            f"bare /ask when several bots are present, may never reach me; {ask} always does."
        )
    )
    if username:
        lines.append(f"In any chat, type @{escape(username)} and a question to share an answer.")
    return "\n".join(lines)


def topics_html(titles: Sequence[str]) -> str:
    if not titles:
        return "I have no topics loaded."
    return f"I know about {len(titles)} topics. Pick one to see what I can answer:"


def topic_html(title: str, lines: Sequence[str]) -> str:
    """One topic as a bulleted list; cut (with "…") rather than split, since it is shown by
    editing one message."""
    out, used = [f"<b>{escape(title)}</b>"], utf16_len(title)
    for line in lines:
        item = f"• {line}"
        if used + 1 + utf16_len(item) > MAX_MESSAGE - 2:
            out.append("…")
            break
        out.append(escape(item))
        used += 1 + utf16_len(item)
    return "\n".join(out)


def sources_html(sources_text: str) -> str:
    return "The facts come from these sources, as quoted in the article:\n" + escape(sources_text)


def topic_titles(topics: Mapping[str, Sequence[str]]) -> list[str]:
    """Topic titles in the assistant's order; button data refers to them by index."""
    return list(topics)
