"""Reading a fact base's YAML with bounded work, remembering the line of everything.

Why not `yaml.safe_load`: a safe loader still expands aliases (an 850-byte alias bomb
took 8.5 GB and two minutes), recurses once per nesting level (a few hundred levels give
a RecursionError), and loses line numbers. Here the parser's events are consumed one at
a time, so the limits below are enforced before anything large is built:

- the file is at most `MAX_BYTES`; one YAML document;
- anchors and aliases (`&name`, `*name`, and so `<<` merges) are refused: a fact base
  never needs them, and refusing is simpler and safer than capping expansion;
- nesting is at most `MAX_DEPTH` deep and the document at most `MAX_NODES` values;
- only the standard tags (text, numbers, booleans, null, dates, lists, mappings).

Mappings and lists come back as `LinedDict` / `LinedList`: plain containers that carry
their own line and the line of each key or item as attributes, never as extra keys (so
no internal name can leak into a message). Every problem is a `FactBaseError`.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from intents.errors import FactBaseError, Problem

MAX_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 32
MAX_NODES = 2_000_000
MAP_TAG = "tag:yaml.org,2002:map"
SEQ_TAG = "tag:yaml.org,2002:seq"
SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}


class LinedDict(dict):
    """A YAML mapping: `line` of the mapping, `lines[key]` of each key, and keys given
    twice as (key, line) in `duplicates` (YAML keeps the last one silently)."""

    line: int = 0
    lines: dict
    duplicates: list

    def line_of(self, key: Any) -> int:
        return self.lines.get(key, self.line)


class LinedList(list):
    """A YAML sequence: `line` of the sequence and `lines[i]` of each item."""

    line: int = 0
    lines: list


def read_yaml(path: Path) -> Any:
    """The document in `path`, or `FactBaseError` naming file:line."""
    name = str(path)
    text = _read_text(path, name)
    import yaml

    loader = _loader_class()(text)
    try:
        return _Builder(loader, name).document()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark else 0
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise FactBaseError([Problem(name, line, f"YAML syntax error: {reason}")]) from None
    finally:
        loader.dispose()


def _read_text(path: Path, name: str) -> str:
    def fail(message: str) -> FactBaseError:
        return FactBaseError([Problem(name, 0, message)])

    try:
        with open(path, "rb", opener=_nonblocking) as handle:
            if not _is_regular(handle.fileno()):
                raise fail("cannot read fact base: not a regular file")
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise fail(f"cannot read fact base: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise fail(f"the fact base is larger than {MAX_BYTES:,} bytes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FactBaseError([Problem(name, line, "the fact base is not UTF-8 text")]) from None


def _nonblocking(path: str, flags: int) -> int:
    """Opening a FIFO named as the fact base must not hang."""
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


def _is_regular(fd: int) -> bool:
    import stat

    return stat.S_ISREG(os.fstat(fd).st_mode)


@lru_cache(maxsize=1)
def _loader_class() -> type:
    """The C parser where present: it only produces events here; values are built below.
    Built on first use so that importing factbot does not import yaml."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Builder:
    """Builds the document from parser events with an explicit stack (no recursion)."""

    def __init__(self, loader: Any, name: str) -> None:
        self.loader = loader
        self.name = name
        self.nodes = 0

    def fail(self, event: Any, message: str) -> FactBaseError:
        return FactBaseError([Problem(self.name, event.start_mark.line + 1, message)])

    def document(self) -> Any:
        import yaml

        events = self.loader
        root: list[Any] = []
        stack: list[Any] = []  # containers being filled, innermost last
        pending_keys: list[Any] = []  # for each mapping on the stack: its key, or _NO_KEY
        documents = 0
        while events.check_event():
            event = events.get_event()
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise self.fail(event, "the fact base must be one YAML document (no ---)")
                continue
            if isinstance(event, yaml.AliasEvent):
                raise self.fail(event, f"YAML aliases (*{event.anchor}) are not supported")
            if isinstance(event, yaml.NodeEvent) and event.anchor is not None:
                raise self.fail(event, f"YAML anchors (&{event.anchor}) are not supported")
            if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                done = stack.pop()
                pending_keys.pop()
                self._place(done, event, stack, pending_keys, root)
                continue
            if not isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
                continue  # stream and document boundaries
            self.nodes += 1
            if self.nodes > MAX_NODES:
                raise self.fail(event, f"the fact base has more than {MAX_NODES} values")
            if isinstance(event, yaml.ScalarEvent):
                value = self._scalar(event)
                self._place(value, event, stack, pending_keys, root)
                continue
            if len(stack) >= MAX_DEPTH:
                raise self.fail(event, f"nesting deeper than {MAX_DEPTH} levels")
            self._check_collection_tag(event)
            container: LinedDict | LinedList
            if isinstance(event, yaml.MappingStartEvent):
                container = LinedDict()
                container.lines, container.duplicates = {}, []
            else:
                container = LinedList()
                container.lines = []
            container.line = event.start_mark.line + 1
            stack.append(container)
            pending_keys.append(_NO_KEY)
        return root[0] if root else None

    def _place(self, value: Any, event: Any, stack: list, keys: list, root: list) -> None:
        """Put a finished value into its parent: a list item, a mapping key or value."""
        line = event.start_mark.line + 1
        if not stack:
            root.append(value)
            return
        parent = stack[-1]
        if isinstance(parent, LinedList):
            parent.append(value)
            parent.lines.append(line if not isinstance(value, (LinedDict, LinedList)) else
                                value.line)  # fmt: skip
            return
        if keys[-1] is _NO_KEY:
            if isinstance(value, (LinedDict, LinedList)):
                raise self.fail(event, "a mapping key must be a plain value, not a list or mapping")
            if value in parent.lines:
                parent.duplicates.append((value, line))
            parent.lines[value] = line
            keys[-1] = value
            return
        parent[keys[-1]] = value
        keys[-1] = _NO_KEY

    def _scalar(self, event: Any) -> Any:
        import yaml

        if event.value == "<<" and event.implicit[0]:
            raise self.fail(event, "YAML merge keys (<<) are not supported")
        tag = event.tag
        if tag is None or tag == "!":
            tag = self.loader.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag not in SCALAR_TAGS:
            raise self.fail(event, f"YAML tag {tag} is not supported")
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            return self.loader.construct_object(node, deep=True)
        except (ValueError, OverflowError) as exc:
            raise self.fail(event, f"cannot read value {event.value[:40]!r}: {exc}") from None

    def _check_collection_tag(self, event: Any) -> None:
        import yaml

        expected = MAP_TAG if isinstance(event, yaml.MappingStartEvent) else SEQ_TAG
        if event.tag not in (None, "!", expected):
            raise self.fail(event, f"YAML tag {event.tag} is not supported")


_NO_KEY = object()
