"""A built assistant kept on disk, so `factbot ask` starts without parsing YAML or
building the vocabulary again (cold start, benchmarks/cold_start.py: about 200 ms cached
against 360 ms rebuilt).

Trust: the file is JSON (`bot.plain_data`), never a pickle, and it is read only from a
folder and file this user owns that group and others cannot write (`bot.private_files`);
otherwise one warning and no cache. The key is a checksum of the fact base, the lexicon
and the code that builds and reads it, so any change rebuilds it. A missing, stale,
unreadable or corrupt cache is simply rebuilt; an unwritable folder only costs speed.

Tidy: written to a temporary file and renamed (a failed write leaves nothing behind), a
FIFO or other special file at the path is skipped without blocking, and only the
`KEEP` most recently used entries stay. FACTBOT_CACHE_DIR moves it; FACTBOT_NO_CACHE
turns it off when true (1, true, yes, on), and 0, false, no, off or empty leave it on.
"""

from __future__ import annotations

import contextlib
import os
import sys
import zlib
from pathlib import Path

PACKAGES = ("intents", "bot")
FORMAT = b"factbot-cache-2"
SUFFIX = ".json"
KEEP = 3  # entries: a few fact bases or code versions used side by side
MAX_BYTES = 256 * 1024 * 1024
FALSE_WORDS = ("", "0", "false", "no", "off")


def enabled() -> bool:
    return os.environ.get("FACTBOT_NO_CACHE", "").strip().lower() in FALSE_WORDS


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


_refused: set[Path] = set()  # folders already warned about: one warning line a process


def _refuse(directory: Path, reason: Exception) -> None:
    if directory not in _refused:
        _refused.add(directory)
        import logging

        logging.getLogger(__name__).warning("factbot: not using the cache: %s", reason)


def load(key: str) -> object | None:
    if not enabled():
        return None
    import json

    from bot.plain_data import Unsupported, decode
    from bot.private_files import UnsafeFile, read_private

    path = cache_dir() / f"{key}{SUFFIX}"
    try:
        data = read_private(path, MAX_BYTES)
    except UnsafeFile as exc:
        _refuse(path.parent, exc)
        return None
    except OSError as exc:
        _debug("ignoring unreadable cache %s: %s", path, exc)
        return None
    if data is None:
        return None
    try:
        value = decode(json.loads(data))
    except (ValueError, KeyError, TypeError, Unsupported, RecursionError) as exc:
        _debug("ignoring corrupt cache %s: %s", path, exc)
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: kept by the eviction below
    return value


def save(key: str, value: object) -> None:
    if not enabled():
        return
    import json

    from bot.plain_data import Unsupported, encode
    from bot.private_files import UnsafeFile, private_folder, write_private

    directory = cache_dir()
    if directory in _refused:
        return
    try:
        data = json.dumps(encode(value), separators=(",", ":")).encode()
    except (Unsupported, ValueError, RecursionError) as exc:
        _debug("not caching: %s", exc)
        return
    try:
        private_folder(directory)
        write_private(directory / f"{key}{SUFFIX}", data)
    except UnsafeFile as exc:
        _refuse(directory, exc)
        return
    except OSError as exc:
        _debug("cannot write cache in %s: %s", directory, exc)
        return
    evict(directory, keep=KEEP)


def evict(directory: Path, keep: int) -> list[Path]:
    """Remove all but the `keep` most recently used entries, and files of older formats
    (pickles written by earlier versions are deleted, never read). Returns what went."""
    entries, removed = [], []
    for path in directory.iterdir():
        if path.name.endswith(".pickle") or (path.name.startswith(".tmp-")):
            removed.append(path)
        elif path.suffix == SUFFIX and not path.name.startswith("."):
            try:
                entries.append((path.lstat().st_mtime, path))
            except OSError:
                continue
    entries.sort(reverse=True)
    removed += [path for _, path in entries[keep:]]
    for path in removed:
        try:
            path.unlink()
        except OSError as exc:
            _debug("cannot remove old cache entry %s: %s", path, exc)
    return removed
