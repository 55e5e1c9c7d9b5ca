"""Lines in and JSON Lines out, whatever bytes a script sends.

Why bytes: reading stdin as text lets the locale decide. One invalid UTF-8 byte then
kills a whole batch (UTF-8 locale) or is echoed as text that is not valid JSON (other
locales), and universal newlines split a line at a lone CR, so answers stop lining up with
questions. Here a line ends at LF only (a CRLF ending is dropped, a CR inside is kept),
invalid UTF-8 becomes U+FFFD, and a very long line is cut at `MAX_LINE_BYTES` with the
rest read and dropped, so memory stays bounded. Output is always UTF-8 JSON, one object
a line, flushed as it is written.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

MAX_LINE_BYTES = 400_000  # the assistant reads at most 100,000 characters anyway


def read_lines(stream: IO[bytes], limit: int = MAX_LINE_BYTES) -> Iterator[str]:
    """Each line of a byte stream, decoded; exactly one item per input line."""
    while True:
        chunk = stream.readline(limit)
        if not chunk:
            return
        if not chunk.endswith(b"\n") and len(chunk) >= limit:
            rest = chunk
            while rest and not rest.endswith(b"\n"):  # drop the rest of a long line
                rest = stream.readline(limit)
        yield decode_line(chunk)


def decode_line(raw: bytes) -> str:
    if raw.endswith(b"\n"):
        raw = raw[:-1]
    if raw.endswith(b"\r"):
        raw = raw[:-1]
    return raw.decode("utf-8", errors="replace")


def clean_text(text: str) -> str:
    """Text from argv (undecodable bytes arrive as lone surrogates) made valid Unicode."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", errors="replace")


def text_lines(stream: IO[str] | IO[bytes]) -> Iterator[str]:
    """Lines of stdin: from its bytes when it has them, else of a text stream (tests)."""
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        yield from read_lines(buffer)
        return
    for line in stream:
        yield decode_line(line.encode("utf-8", "surrogateescape"))  # type: ignore[union-attr]


def write_json_line(stream: IO[str], payload: Any) -> None:
    """One JSON object and a newline, as UTF-8 whatever the locale, flushed."""
    text = json.dumps(payload, ensure_ascii=False) + "\n"
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        stream.write(text)
        stream.flush()
        return
    stream.flush()
    buffer.write(text.encode("utf-8", errors="replace"))
    buffer.flush()
