"""A built assistant as JSON, so the disk cache never unpickles anything.

Why not pickle: loading a pickle runs whatever the file says, and the cache folder may be
one another user can write. Decoding this format runs no code: it only builds containers,
numbers and strings, and instances of factbot's own classes (modules `bot.*` and
`intents.*`) by setting their attributes directly, without calling a constructor or any
method of theirs.

Objects and mutable containers shared by several owners stay shared (written once,
referred to by number), so lazily filled memos behave as in the built original. Anything
else (a function, a compiled pattern, a foreign class) raises `Unsupported` when encoding:
the caller then simply does not cache.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from decimal import Decimal
from typing import Any

PROJECT_PACKAGES = ("bot", "intents")
FACTORIES = {"list": list, "set": set, "dict": dict, "int": int}
SCALARS = (str, int, float, bool, type(None))


class Unsupported(TypeError):
    """A value this format does not hold; nothing is cached."""


def encode(value: Any) -> Any:
    """JSON-able data for an object graph of factbot's own classes and plain values."""
    return _Encoder().encode(value)


def decode(data: Any) -> Any:
    """The object graph `encode` described; `Unsupported` for anything it would not write."""
    return _Decoder().decode(data)


def _is_project_class(cls: type) -> bool:
    return cls.__module__.split(".")[0] in PROJECT_PACKAGES


class _Encoder:
    def __init__(self) -> None:
        self.numbers: dict[int, int] = {}

    def encode(self, value: Any) -> Any:
        kind = type(value)
        if kind in SCALARS:
            return value
        if kind is Decimal:
            return {"$decimal": str(value)}
        if kind is tuple:
            return {"$tuple": [self.encode(v) for v in value]}
        if kind is frozenset:
            return {"$frozenset": [self.encode(v) for v in value]}
        if id(value) in self.numbers:
            return {"$ref": self.numbers[id(value)]}
        number = self.numbers[id(value)] = len(self.numbers)
        if kind is list:
            return {"$list": number, "items": [self.encode(v) for v in value]}
        if kind is set:
            return {"$set": number, "items": [self.encode(v) for v in value]}
        if kind is dict or kind is defaultdict:
            encoded = {
                "$dict": number,
                "items": [[self.encode(k), self.encode(v)] for k, v in value.items()],
            }
            if kind is defaultdict:
                factory = value.default_factory
                if FACTORIES.get(getattr(factory, "__name__", "")) is not factory:
                    raise Unsupported(f"defaultdict of {factory!r}")
                encoded["factory"] = factory.__name__
            return encoded
        if (
            _is_project_class(kind)
            and hasattr(value, "__dict__")
            and not hasattr(kind, "__slots__")
        ):
            attributes = {name: self.encode(v) for name, v in vars(value).items()}
            return {"$object": number, "class": f"{kind.__module__}:{kind.__qualname__}",
                    "attributes": attributes}  # fmt: skip
        raise Unsupported(f"cannot store a {kind.__module__}.{kind.__qualname__}")


class _Decoder:
    def __init__(self) -> None:
        self.objects: dict[int, Any] = {}

    def decode(self, data: Any) -> Any:
        if type(data) in SCALARS:
            return data
        if type(data) is not dict:
            raise Unsupported(f"unexpected {type(data).__name__}")
        if "$decimal" in data:
            return Decimal(str(data["$decimal"]))
        if "$tuple" in data:
            return tuple(self.decode(v) for v in data["$tuple"])
        if "$frozenset" in data:
            return frozenset(self.decode(v) for v in data["$frozenset"])
        if "$ref" in data:
            return self.objects[data["$ref"]]
        if "$list" in data:
            items: list = self._register(data["$list"], [])
            items.extend(self.decode(v) for v in data["items"])
            return items
        if "$set" in data:
            members: set = self._register(data["$set"], set())
            members.update(self.decode(v) for v in data["items"])
            return members
        if "$dict" in data:
            factory = data.get("factory")
            empty = defaultdict(FACTORIES[factory]) if factory is not None else {}
            mapping = self._register(data["$dict"], empty)
            for key, value in data["items"]:
                mapping[self.decode(key)] = self.decode(value)
            return mapping
        if "$object" in data:
            instance = self._register(data["$object"], object.__new__(_project_class(data)))
            for name, value in data["attributes"].items():
                object.__setattr__(instance, str(name), self.decode(value))
            return instance
        raise Unsupported(f"unknown entry {sorted(data)[:3]}")

    def _register(self, number: Any, value: Any) -> Any:
        if type(number) is not int or number in self.objects:
            raise Unsupported(f"bad object number {number!r}")
        self.objects[number] = value
        return value


def _project_class(data: dict) -> type:
    """Only a class defined in factbot's own packages, found by module and name among the
    modules already imported (importing one named by a file could run its top level)."""
    module_name, _, name = str(data.get("class", "")).partition(":")
    if module_name.split(".")[0] not in PROJECT_PACKAGES or not name.isidentifier():
        raise Unsupported(f"class {data.get('class')!r} is not factbot's")
    module = sys.modules.get(module_name)  # already imported by the assistant: no import runs
    cls = getattr(module, name, None)
    if not isinstance(cls, type) or cls.__module__ != module_name or hasattr(cls, "__slots__"):
        raise Unsupported(f"class {data.get('class')!r} is not factbot's")
    return cls
