"""Files factbot keeps for one user, such as the Telegram chat state.

Why so careful: such a file may live in a shared place (a team folder, a container
volume, the system temporary folder), and another local user could plant or swap it, or
read chat ids and questions while it is written. So:

- a file or folder owned by another user, or writable by group or others, is refused
  (`UnsafeFile`, a one-line reason) and never read;
- reading opens without following symlinks and without blocking (a FIFO planted at the
  path would hang `open` forever), accepts regular files only, and caps the size;
- writing creates a randomly named temporary file with O_EXCL|O_NOFOLLOW and mode 0600,
  so it is private from its first byte and cannot be redirected by a planted symlink,
  then renames it over the target; a failed write leaves no temporary file behind;
- folders factbot creates are 0700.

Only bytes go in and out: callers store plain data (JSON), never pickles.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


class UnsafeFile(OSError):
    """A file or folder factbot will not trust; str() is one line naming it."""


def _unsafe(path: Path, status: os.stat_result) -> str | None:
    if hasattr(os, "geteuid") and status.st_uid != os.geteuid():
        return f"{path} is owned by another user"
    if status.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return f"{path} is writable by group or others"
    return None


def check_folder(folder: Path) -> None:
    """Raise `UnsafeFile` unless `folder` is a folder only its owner, this user, can change."""
    status = os.stat(folder)
    if not stat.S_ISDIR(status.st_mode):
        raise UnsafeFile(f"{folder} is not a folder")
    reason = _unsafe(folder, status)
    if reason:
        raise UnsafeFile(reason)


def private_folder(folder: Path) -> None:
    """Create `folder` (0700) if missing, then check it."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    check_folder(folder)


def read_private(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes | None:
    """The bytes of `path`, or None when it does not exist; `UnsafeFile` for a file (or
    folder) someone else could have written, a symlink, a non-regular or oversized file."""
    check_folder(path.parent)
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _CLOEXEC)
    except FileNotFoundError:
        return None
    except OSError as exc:
        if os.path.islink(path):
            raise UnsafeFile(f"{path} is a symbolic link") from None
        raise exc
    with os.fdopen(fd, "rb") as handle:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise UnsafeFile(f"{path} is not a regular file")
        reason = _unsafe(path, status)
        if reason:
            raise UnsafeFile(reason)
        if status.st_size > max_bytes:
            raise UnsafeFile(f"{path} is larger than {max_bytes} bytes")
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise UnsafeFile(f"{path} is larger than {max_bytes} bytes")
    return data


def write_private(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically; the file is 0600 from its first byte."""
    check_folder(path.parent)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC
    fd = os.open(temporary, flags, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
