"""Keep the bot token out of every log line and traceback.

The token is part of every Bot API URL (`.../bot<TOKEN>/sendMessage`), so any library
that logs a URL leaks it: httpx does at INFO, PTB's ExtBot at DEBUG, and a rejected
token is quoted in `InvalidToken`'s message. We silence httpx below WARNING and, as a
second line of defence, put a redacting filter on the root handlers, which sees every
record that propagates, whatever logger emitted it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

logger = logging.getLogger(__name__)

REDACTED = "<redacted>"
# `bot<id>:<secret>` inside URLs, and a bare `<id>:<secret>` anywhere.
URL_TOKEN_RE = re.compile(r"bot[0-9]+:[A-Za-z0-9_-]+")
BARE_TOKEN_RE = re.compile(r"(?<![A-Za-z0-9_-])[0-9]{5,20}:[A-Za-z0-9_-]{30,100}")
QUIET_LOGGERS = ("httpx", "httpcore")


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with each secret and anything shaped like a bot token replaced."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    text = URL_TOKEN_RE.sub("bot" + REDACTED, text)
    return BARE_TOKEN_RE.sub(REDACTED, text)


class RedactingFilter(logging.Filter):
    """Rewrites a record's message, traceback and stack so no secret survives formatting.

    The traceback is formatted here (and cached in `exc_text`, which formatters reuse)
    because the exception message itself may quote the token.
    """

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = tuple(s for s in secrets if s)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message, self.secrets)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self.secrets)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, self.secrets)
        return True


def install_redaction(secrets: Iterable[str], root: logging.Logger | None = None) -> None:
    """Quiet URL-logging libraries and filter every handler of the root logger.

    Called by `run` after the CLI configured logging; adds a stderr handler if nothing
    did, so the filter always sits between records and output.
    """
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    root = root or logging.getLogger()
    if not root.handlers:
        logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    redactor = RedactingFilter(secrets)
    for handler in root.handlers:
        handler.addFilter(redactor)
