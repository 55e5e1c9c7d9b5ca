"""A built assistant kept on disk, so `factbot ask` answers without parsing YAML or
building the vocabulary again (and without importing yaml or rapidfuzz at all).

The cache is keyed by the bytes of the fact base, of the lexicon and of the code that
builds and reads it, so any change rebuilds it. A missing, stale, unreadable or corrupt
cache is simply rebuilt; an unwritable cache directory only costs speed. Set
FACTBOT_CACHE_DIR to move it, FACTBOT_NO_CACHE=1 to turn it off.
"""

from __future__ import annotations

import os
import pickle
import sys
import zlib
from pathlib import Path

PACKAGES = ("intents", "bot")
FORMAT = b"factbot-cache-1"


def cache_dir() -> Path:
    explicit = os.environ.get("FACTBOT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factbot"


def _code_files() -> list[Path]:
    root = Path(__file__).resolve().parent.parent
    files: list[Path] = []
    for package in PACKAGES:
        files += sorted(p for p in (root / package).glob("*.py"))
    files.append(root / "intents" / "lexicon.yaml")
    return files


def key_for(facts_bytes: bytes) -> str:
    """Two independent 32-bit checksums and the total size of everything the build reads:
    cheap to compute at every start (hashlib alone costs more to import than this)."""
    parts = [FORMAT, sys.version.encode(), facts_bytes]
    for path in _code_files():
        parts += [path.name.encode(), path.read_bytes()]
    crc = adler = 1
    size = 0
    for part in parts:
        crc = zlib.crc32(part, crc)
        adler = zlib.adler32(part, adler)
        size += len(part)
    return f"{crc:08x}{adler:08x}{size:x}"


def _debug(message: str, *args: object) -> None:
    import logging  # only on the unhappy path: keeps `factbot ask` quick to start

    logging.getLogger(__name__).debug(message, *args)


def load(key: str) -> object | None:
    if os.environ.get("FACTBOT_NO_CACHE"):
        return None
    path = cache_dir() / f"{key}.pickle"
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)  # noqa: S301 - our own file, keyed by content hash
    except FileNotFoundError:
        return None
    except Exception as exc:  # a corrupt or foreign file: rebuild instead
        _debug("ignoring unreadable cache %s: %s", path, exc)
        return None


def save(key: str, value: object) -> None:
    if os.environ.get("FACTBOT_NO_CACHE"):
        return
    import tempfile

    directory = cache_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-", suffix=".pickle")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, directory / f"{key}.pickle")
    except OSError as exc:
        _debug("cannot write cache in %s: %s", directory, exc)
