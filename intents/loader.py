"""Read `facts.yaml` into a validated `FactBase`, reporting every problem as file:line."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

from intents.errors import FactBaseError, Problem
from intents.facts import (
    BASE_UNITS,
    FORMULA_PATTERN,
    OPERATIONS,
    QUALIFIERS,
    SCALES,
    Entity,
    Fact,
    FactBase,
    Formula,
    Source,
)
from intents.validation import check_references

LINE_KEY = "__line__"
LINES_KEY = "__lines__"
DUPLICATES_KEY = "__duplicates__"
META_KEYS = (LINE_KEY, LINES_KEY, DUPLICATES_KEY)
SINGULAR = {"sources": "source", "entities": "entity"}
_THOUSANDS = re.compile(r"^-?\d{1,3}(,\d{3})+(\.\d+)?$")

# YAML keys, named once.
K_VERSION, K_UNITS, K_SOURCES, K_ENTITIES, K_FACTS = (
    "version",
    "units",
    "sources",
    "entities",
    "facts",
)
FACT_KEYS = {
    "id", "entity", "measure", "keywords", "value", "scale", "unit", "qualifier",
    "period", "source", "clause", "of", "equals", "formula",
}  # fmt: skip
SUPPORTED_VERSIONS = (1,)


class LinedList(list):
    """A YAML sequence that remembers the line of each item."""

    lines: list[int]


@lru_cache(maxsize=1)
def _line_loader() -> type:
    """A safe loader (the C one where present) that remembers the line of every mapping, of
    each of its keys and of each sequence item, and notes keys given twice (PyYAML keeps
    the last silently). Built on first use so that importing factbot does not import yaml."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class LineLoader(base):  # type: ignore[misc, valid-type]
        def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
            mapping = super().construct_mapping(node, deep=True)
            lines: dict = {}
            duplicates = []
            for key_node, _ in node.value:
                if key_node.value in lines:
                    duplicates.append((key_node.value, key_node.start_mark.line + 1))
                lines[key_node.value] = key_node.start_mark.line + 1
            mapping[LINE_KEY] = node.start_mark.line + 1
            mapping[LINES_KEY] = lines
            mapping[DUPLICATES_KEY] = duplicates
            return mapping

        def construct_lined_seq(self, node: yaml.SequenceNode):  # noqa: ANN201 - generator
            items = LinedList()
            items.lines = [child.start_mark.line + 1 for child in node.value]
            yield items
            items.extend(self.construct_sequence(node, deep=True))

    LineLoader.add_constructor("tag:yaml.org,2002:seq", LineLoader.construct_lined_seq)
    return LineLoader


def shipped_path() -> Path:
    """The fact base shipped with factbot: the copy a build puts inside the package, or,
    in a source checkout or an editable install, the repository's own `facts.yaml`.

    Never a file from the working directory: a `facts.yaml` that happens to lie there must
    not silently replace the article's facts (another base comes only from an explicit
    path)."""
    package = Path(__file__).resolve().parent
    packaged = package / "data" / "facts.yaml"
    checkout = package.parent / "facts.yaml"
    if not packaged.is_file() and checkout.is_file():
        return checkout
    return packaged


def load_fact_base(path: str | Path | None = None) -> FactBase:
    """Load and validate; raises `FactBaseError` listing every problem."""
    path = Path(path) if path is not None else shipped_path()
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FactBaseError([Problem(name, 0, f"cannot read fact base: {exc}")]) from None
    import yaml

    try:
        document = yaml.load(text, Loader=_line_loader())  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 0
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise FactBaseError([Problem(name, line, f"YAML syntax error: {reason}")]) from None
    return _Builder(name, document).build()


class _Builder:
    """Turns the raw document into model objects while collecting problems."""

    def __init__(self, path: str, document: Any) -> None:
        self.path = path
        self.doc = document
        self.problems: list[Problem] = []

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))

    def build(self) -> FactBase:
        if not isinstance(self.doc, dict):
            self.problem(1, "the fact base must be a mapping with 'facts', 'entities', 'sources'")
            raise FactBaseError(self.problems)
        for key, dup_line in self.doc.get(DUPLICATES_KEY, ()):
            self.problem(dup_line, f"section '{key}' given twice")
        version = self.doc.get(K_VERSION)
        if version not in SUPPORTED_VERSIONS:
            self.problem(
                self.doc[LINES_KEY].get(K_VERSION, 1),
                f"version {version!r} is not supported (supported: 1)",
            )
        counts = self._counts()
        sources = {s.id: s for s in self._named(K_SOURCES, Source)}
        entities = {e.id: e for e in self._named(K_ENTITIES, Entity)}
        facts = self._facts(set(counts))
        base = FactBase(self.path, facts, entities, sources, tuple(counts))
        self.problems.extend(check_references(base))
        if self.problems:
            raise FactBaseError(sorted(self.problems, key=lambda p: p.line))
        base.topics = _topics(base)
        return base

    def _counts(self) -> list[str]:
        units = self.doc.get(K_UNITS) or {}
        counts = units.get("counts", []) if isinstance(units, dict) else []
        if not isinstance(counts, list) or not all(isinstance(c, str) for c in counts):
            self.problem(
                self.doc[LINES_KEY].get(K_UNITS, 1), "units.counts must be a list of nouns"
            )
            return []
        return counts

    def _named(self, key: str, kind: type) -> list:
        section = self.doc.get(key)
        line = self.doc[LINES_KEY].get(key, 1)
        if not isinstance(section, dict):
            self.problem(line, f"'{key}' must be a mapping of id -> details")
            return []
        items = []
        noun = SINGULAR.get(key, key)
        for name, dup_line in section.get(DUPLICATES_KEY, ()):
            self.problem(dup_line, f"{noun} '{name}': given twice")
        for item_id, body in section.items():
            if item_id in META_KEYS:
                continue
            item_line = section[LINES_KEY].get(item_id, line)
            if not isinstance(body, dict) or not isinstance(body.get("name"), str):
                self.problem(item_line, f"{noun} '{item_id}': needs a 'name'")
                continue
            aliases = self._strings(body, "aliases", f"{noun} '{item_id}'")
            extra = (
                {"topic": str(body.get("topic", "")), "parent": body.get("parent")}
                if kind is Entity
                else {}
            )
            items.append(kind(str(item_id), body["name"], aliases, line=item_line, **extra))
        return items

    def _strings(self, body: dict, field: str, owner: str) -> tuple[str, ...]:
        """A list of words; a bare string is a mistake worth a file:line problem."""
        raw = body.get(field)
        if raw is None:
            return ()
        if not isinstance(raw, list):
            line = body[LINES_KEY].get(field, body[LINE_KEY])
            self.problem(line, f"{owner}: '{field}' must be a list, e.g. [{raw}]")
            return ()
        return tuple(str(item) for item in raw)

    def _facts(self, counts: set[str]) -> dict[str, Fact]:
        raw = self.doc.get(K_FACTS)
        if not isinstance(raw, list):
            self.problem(self.doc[LINES_KEY].get(K_FACTS, 1), "'facts' must be a list")
            return {}
        facts: dict[str, Fact] = {}
        lines = getattr(raw, "lines", [0] * len(raw))
        for body, item_line in zip(raw, lines, strict=False):
            if not isinstance(body, dict):
                self.problem(item_line, f"a fact must be a mapping, got {type(body).__name__}")
                continue
            fact = self._fact(body, counts)
            if fact is None:
                continue
            if fact.id in facts:
                first = facts[fact.id].line
                self.problem(fact.line, f"fact '{fact.id}': duplicate id (first at line {first})")
                continue
            facts[fact.id] = fact
        return facts

    def _fact(self, body: dict, counts: set[str]) -> Fact | None:
        line, lines = body[LINE_KEY], body[LINES_KEY]
        fact_id = body.get("id")
        if not isinstance(fact_id, str) or not fact_id:
            self.problem(line, "fact without an 'id'")
            return None

        def bad(field: str, message: str) -> None:
            self.problem(lines.get(field, line), f"fact '{fact_id}': {message}")

        for key in body:
            if key not in FACT_KEYS and key not in META_KEYS:
                bad(key, f"unknown field '{key}' (known: {', '.join(sorted(FACT_KEYS))})")
        for key, dup_line in body[DUPLICATES_KEY]:
            self.problem(dup_line, f"fact '{fact_id}': field '{key}' given twice")
        for required in ("entity", "measure", "source"):
            if not isinstance(body.get(required), str) or not body.get(required):
                bad(required, f"missing '{required}'")
        formula = self._formula(body, bad)
        value = None if formula else self._value(body, bad)
        unit = self._unit(body, counts, value, bad)
        qualifier = body.get("qualifier")
        if qualifier is not None and qualifier not in QUALIFIERS:
            bad("qualifier", f"qualifier '{qualifier}' is unknown (known: {', '.join(QUALIFIERS)})")
        if formula is None and not isinstance(body.get("clause"), str):
            bad("clause", "missing 'clause' (the sentence of the article the figure comes from)")
        period = body.get("period")
        return Fact(
            id=fact_id,
            entity=str(body.get("entity", "")),
            measure=str(body.get("measure", "")),
            source=str(body.get("source", "")),
            keywords=self._strings(body, "keywords", f"fact '{fact_id}'"),
            value=value,
            unit=unit,
            qualifier=qualifier,
            period=None if period is None else str(period),
            clause=body.get("clause"),
            of=body.get("of"),
            equals=body.get("equals"),
            formula=formula,
            line=line,
        )

    def _formula(self, body: dict, bad: Any) -> Formula | None:
        text = body.get("formula")
        if text is None:
            return None
        match = FORMULA_PATTERN.match(str(text))
        if not match:
            bad("formula", f"formula {text!r} is not of the form operation(fact_id, fact_id)")
            return None
        op, first, second = match.groups()
        if op not in OPERATIONS:
            bad("formula", f"operation '{op}' is unknown (known: {', '.join(OPERATIONS)})")
            return None
        return Formula(op, (first, second))

    def _value(self, body: dict, bad: Any) -> Decimal | str | None:
        if "value" not in body:
            bad("value", "needs a 'value' or a 'formula'")
            return None
        raw = body["value"]
        if isinstance(raw, bool) or raw is None:
            bad("value", f"value {raw!r} is not a number or a statement")
            return None
        if isinstance(raw, str) and "unit" not in body:
            return raw  # a statement, such as a name or a list of languages
        text = str(raw).strip()
        if "," in text and not _THOUSANDS.match(text):
            bad("value", f"value {raw!r} is not a number (use a dot for decimals: 4.3)")
            return None
        try:
            number = Decimal(text.replace(",", ""))
        except InvalidOperation:
            bad("value", f"value {raw!r} is not a number")
            return None
        if not number.is_finite():
            bad("value", f"value {raw!r} is not a finite number")
            return None
        scale = body.get("scale")
        if scale is None:
            return number
        if scale not in SCALES:
            bad("scale", f"scale '{scale}' is unknown (known: {', '.join(SCALES)})")
            return number
        return number * SCALES[scale]

    def _unit(self, body: dict, counts: set[str], value: Any, bad: Any) -> str | None:
        unit = body.get("unit")
        if unit is None:
            if isinstance(value, Decimal):
                bad("unit", "a number needs a 'unit'")
            return None
        if unit not in BASE_UNITS and unit not in counts:
            known = ", ".join([*BASE_UNITS, *sorted(counts)])
            bad("unit", f"unit '{unit}' is unknown (known: {known})")
            return None
        return str(unit)


def _topics(base: FactBase) -> dict[str, list[str]]:
    topics: dict[str, list[str]] = {}
    for fact in base.facts.values():
        entity = base.entities[fact.entity]
        topics.setdefault(entity.topic or entity.name, []).append(fact.id)
    return topics
