"""Read `facts.yaml` into a validated `FactBase`, reporting every problem as file:line.

Every field is type-checked before it is used, so whatever a fact base holds, loading
ends in a `FactBase` the assistant can run or in a `FactBaseError`, never in a crash later
(`factbot check` accepts exactly what the other commands can run). The YAML itself is
read with bounded work by `intents.yaml_reader`. Messages name YAML's kinds of value
("a list", "text"), never Python's.
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal, InvalidOperation
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
from intents.yaml_reader import LinedDict, LinedList, read_yaml

SINGULAR = {"sources": "source", "entities": "entity"}
_THOUSANDS = re.compile(r"^-?\d{1,3}(,\d{3})+(\.\d+)?$")
# Figures the arithmetic and the number formatting handle exactly (Decimal's 28 digits
# must hold a ratio of the largest to the smallest, written with two decimals).
LARGEST = Decimal(10) ** 15
SMALLEST = Decimal(10) ** -6
MAX_TEXT = 10_000  # characters in one text field

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
    "period", "source", "clause", "of", "equals", "formula", "found_by", "unnamed",
}  # fmt: skip
FOUND_BY = ("words", "keywords")  # a statement is found by its own words too, or not
BODY_KEYS = {
    "sources": {"name", "aliases", "kinds"},
    "entities": {"name", "aliases", "topic", "parent", "kinds"},
}
SUPPORTED_VERSIONS = (1,)


def kind_of(value: Any) -> str:
    """What a YAML author calls this value."""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, datetime.date):
        return "a date"
    return "an unsupported value"


def shown(value: Any) -> str:
    """A value quoted in a message: short, one line, no internals of containers."""
    if isinstance(value, (list, dict)):
        return kind_of(value)
    text = repr(value) if isinstance(value, str) else str(value)
    text = text.replace("\n", " ")
    return text if len(text) <= 60 else text[:57] + "..."


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
    return _Builder(str(path), read_yaml(path)).build()


class _Builder:
    """Turns the raw document into model objects while collecting problems."""

    def __init__(self, path: str, document: Any) -> None:
        self.path = path
        self.doc = document
        self.problems: list[Problem] = []

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))

    def build(self) -> FactBase:
        if not isinstance(self.doc, LinedDict):
            self.problem(1, "the fact base must be a mapping with 'facts', 'entities', 'sources'")
            raise FactBaseError(self.problems)
        for key, dup_line in self.doc.duplicates:
            self.problem(dup_line, f"section {shown(key)} given twice")
        version = self.doc.get(K_VERSION)
        if isinstance(version, bool) or version not in SUPPORTED_VERSIONS:
            self.problem(
                self.doc.line_of(K_VERSION),
                f"version {shown(version)} is not supported (supported: 1)",
            )
        counts = self._counts()
        kinds = self._kinds_of_counts(counts)
        sources = {s.id: s for s in self._named(K_SOURCES, Source)}
        entities = {e.id: e for e in self._named(K_ENTITIES, Entity)}
        facts = self._facts(set(counts))
        base = FactBase(self.path, facts, entities, sources, tuple(counts), count_kinds=kinds)
        self.problems.extend(check_references(base))
        if self.problems:
            raise FactBaseError(sorted(self.problems, key=lambda p: p.line))
        base.topics = _topics(base)
        return base

    def _counts(self) -> list[str]:
        units = self.doc.get(K_UNITS)
        if units is None:
            return []
        line = self.doc.line_of(K_UNITS)
        if not isinstance(units, LinedDict):
            self.problem(line, f"'units' must be a mapping, not {kind_of(units)}")
            return []
        counts = units.get("counts", [])
        if not isinstance(counts, list) or not all(_is_text(c) for c in counts):
            self.problem(units.line_of("counts"), "units.counts must be a list of nouns")
            return []
        return counts

    def _kinds_of_counts(self, counts: list[str]) -> dict[str, str]:
        """units.kinds: what each counted noun counts ("people: [users, buyers]", "places:
        [countries, zones]"), so a share of users in countries is refused while users per
        country is still a ratio. Optional; a noun may be of one kind only."""
        units = self.doc.get(K_UNITS)
        if not isinstance(units, LinedDict) or "kinds" not in units:
            return {}
        kinds = units.get("kinds")
        line = units.line_of("kinds")
        if not isinstance(kinds, LinedDict):
            self.problem(line, f"units.kinds must be a mapping, not {kind_of(kinds)}")
            return {}
        noun_kind: dict[str, str] = {}
        for kind, nouns in kinds.items():
            at = kinds.line_of(kind)
            if not isinstance(nouns, list) or not all(_is_text(n) for n in nouns):
                self.problem(at, f"units.kinds.{kind} must be a list of counted nouns")
                continue
            for noun in nouns:
                if noun not in counts:
                    self.problem(at, f"units.kinds.{kind}: {shown(noun)} is not in units.counts")
                elif noun in noun_kind:
                    self.problem(at, f"units.kinds: {shown(noun)} is of two kinds")
                else:
                    noun_kind[noun] = str(kind)
        return noun_kind

    def _named(self, key: str, kind: type) -> list:
        section = self.doc.get(key)
        line = self.doc.line_of(key)
        if not isinstance(section, LinedDict):
            self.problem(line, f"'{key}' must be a mapping of id -> details")
            return []
        items = []
        noun = SINGULAR.get(key, key)
        for name, dup_line in section.duplicates:
            self.problem(dup_line, f"{noun} {shown(name)}: given twice")
        for item_id, body in section.items():
            item_line = section.line_of(item_id)
            if not _is_text(item_id):
                self.problem(item_line, f"{noun} id {shown(item_id)} must be text")
                continue
            owner = f"{noun} '{item_id}'"
            name = body.get("name") if isinstance(body, LinedDict) else None
            if not _is_text(name) or not str(name).strip():
                self.problem(item_line, f"{owner}: needs a 'name'")  # a blank one names nothing
                continue
            self._unknown_keys(body, BODY_KEYS[key], owner)
            aliases = self._strings(body, "aliases", owner)
            extra = {"kinds": self._strings(body, "kinds", owner)}
            if kind is Entity:
                extra |= {
                    "topic": self._text(body, "topic", owner) or "",
                    "parent": self._text(body, "parent", owner),
                }
            items.append(kind(item_id, body["name"], aliases, line=item_line, **extra))
        return items

    def _unknown_keys(self, body: LinedDict, known: set[str], owner: str) -> None:
        for key in body:
            if key not in known:
                self.problem(
                    body.line_of(key),
                    f"{owner}: unknown field {shown(key)} (known: {', '.join(sorted(known))})",
                )
        for key, dup_line in body.duplicates:
            self.problem(dup_line, f"{owner}: field {shown(key)} given twice")

    def _text(self, body: LinedDict, field: str, owner: str) -> str | None:
        """An optional text field: absent is None, anything but text is a problem."""
        raw = body.get(field)
        if raw is None:
            return None
        if not _is_text(raw):
            self.problem(
                body.line_of(field), f"{owner}: '{field}' must be text, not {kind_of(raw)}"
            )
            return None
        return raw

    def _strings(self, body: LinedDict, field: str, owner: str) -> tuple[str, ...]:
        """A list of words; a bare string is a mistake worth a file:line problem."""
        raw = body.get(field)
        if raw is None:
            return ()
        line = body.line_of(field)
        if not isinstance(raw, LinedList):
            example = f", e.g. [{shown(raw)[1:-1]}]" if isinstance(raw, str) else ""
            self.problem(line, f"{owner}: '{field}' must be a list{example}, not {kind_of(raw)}")
            return ()
        bad = [item for item in raw if not _is_text(item) and not _is_plain_number(item)]
        if bad:
            self.problem(line, f"{owner}: '{field}' must list words, not {kind_of(bad[0])}")
            return ()
        return tuple(str(item) for item in raw)

    def _facts(self, counts: set[str]) -> dict[str, Fact]:
        raw = self.doc.get(K_FACTS)
        if not isinstance(raw, LinedList):
            self.problem(self.doc.line_of(K_FACTS), "'facts' must be a list")
            return {}
        facts: dict[str, Fact] = {}
        for body, item_line in zip(raw, raw.lines, strict=True):
            if not isinstance(body, LinedDict):
                self.problem(item_line, f"a fact must be a mapping, not {kind_of(body)}")
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

    def _fact(self, body: LinedDict, counts: set[str]) -> Fact | None:
        line = body.line
        fact_id = body.get("id")
        if not _is_text(fact_id) or not fact_id:
            what = "" if fact_id is None else f" ('id' must be text, not {kind_of(fact_id)})"
            self.problem(body.line_of("id"), f"fact without an 'id'{what}")
            return None
        owner = f"fact '{fact_id}'"

        def bad(field: str, message: str) -> None:
            self.problem(body.line_of(field), f"{owner}: {message}")

        self._unknown_keys(body, FACT_KEYS, owner)
        for required in ("entity", "measure", "source"):
            value = body.get(required)
            if value is None or value == "":
                bad(required, f"missing '{required}'")
            elif not _is_text(value):
                bad(required, f"'{required}' must be text, not {kind_of(value)}")
        formula = self._formula(body, bad)
        value = None if formula else self._value(body, bad)
        unit = self._unit(body, counts, value, bad)
        qualifier = self._choice(body, "qualifier", QUALIFIERS, bad)
        clause = self._text(body, "clause", owner)
        if formula is None and "formula" not in body and clause is None and "clause" not in body:
            bad("clause", "missing 'clause' (the sentence of the article the figure comes from)")
        period = self._period(body, bad)
        of, equals = self._text(body, "of", owner), self._text(body, "equals", owner)
        keywords = self._strings(body, "keywords", owner)
        unnamed = self._strings(body, "unnamed", owner)
        found_by = self._choice(body, "found_by", FOUND_BY, bad) or "words"
        # Built even with problems (a bad field is None or empty), so that references to
        # this fact are not reported as unknown; the base is discarded anyway.
        return Fact(
            id=fact_id,
            entity=_text_or_empty(body.get("entity")),
            measure=_text_or_empty(body.get("measure")),
            source=_text_or_empty(body.get("source")),
            keywords=keywords,
            value=value,
            unit=unit,
            qualifier=qualifier,
            period=period,
            clause=clause,
            of=of,
            equals=equals,
            formula=formula,
            found_by=found_by,
            unnamed=unnamed,
            line=line,
        )

    def _choice(self, body: LinedDict, field: str, known: Any, bad: Any) -> str | None:
        raw = body.get(field)
        if raw is None:
            return None
        if not _is_text(raw):
            bad(field, f"{field} must be one of {', '.join(known)}, not {kind_of(raw)}")
            return None
        if raw not in known:
            bad(field, f"{field} {shown(raw)} is unknown (known: {', '.join(known)})")
            return None
        return raw

    def _period(self, body: LinedDict, bad: Any) -> str | None:
        raw = body.get("period")
        if raw is None:
            return None
        if _is_text(raw) or _is_plain_number(raw) and isinstance(raw, int):
            return str(raw)
        if isinstance(raw, datetime.date) and not isinstance(raw, datetime.datetime):
            return raw.isoformat()
        bad("period", f"'period' must be text, a year or a date, not {kind_of(raw)}")
        return None

    def _formula(self, body: LinedDict, bad: Any) -> Formula | None:
        text = body.get("formula")
        if text is None:
            return None
        if not _is_text(text):
            bad("formula", f"'formula' must be text such as share_of(a, b), not {kind_of(text)}")
            return None
        match = FORMULA_PATTERN.match(text)
        if not match:
            bad("formula", f"formula {shown(text)} is not of the form operation(fact_id, fact_id)")
            return None
        op, first, second = match.groups()
        if op not in OPERATIONS:
            bad("formula", f"operation '{op}' is unknown (known: {', '.join(OPERATIONS)})")
            return None
        return Formula(op, (first, second))

    def _value(self, body: LinedDict, bad: Any) -> Decimal | str | None:
        if "value" not in body:
            bad("value", "needs a 'value' or a 'formula'")
            return None
        raw = body["value"]
        if isinstance(raw, str) and "unit" not in body:
            if not raw.strip() or len(raw) > MAX_TEXT:
                bad("value", "a statement must be non-empty text")
                return None
            return raw  # a statement, such as a name or a list of languages
        if not (_is_plain_number(raw) or isinstance(raw, str)):
            bad("value", f"value must be a number or a statement, not {kind_of(raw)}")
            return None
        text = str(raw).strip()
        if "," in text and not _THOUSANDS.match(text):
            bad("value", f"value {shown(raw)} is not a number (use a dot for decimals: 4.3)")
            return None
        try:
            number = Decimal(text.replace(",", ""))
        except InvalidOperation:
            bad("value", f"value {shown(raw)} is not a number")
            return None
        if not number.is_finite():
            bad("value", f"value {shown(raw)} is not a finite number")
            return None
        scale = self._choice(body, "scale", tuple(SCALES), bad)
        if scale is None and body.get("scale") is not None:
            return None
        if scale is not None:
            number *= SCALES[scale]
        if number and not SMALLEST <= abs(number) <= LARGEST:
            bad("value", f"value {shown(raw)} is out of range (between 0.000001 and 10^15)")
            return None
        return number

    def _unit(self, body: LinedDict, counts: set[str], value: Any, bad: Any) -> str | None:
        unit = body.get("unit")
        if unit is None:
            if isinstance(value, Decimal):
                bad("unit", "a number needs a 'unit'")
            return None
        known = ", ".join([*BASE_UNITS, *sorted(counts)])
        if not _is_text(unit):
            bad("unit", f"unit must be one of {known}, not {kind_of(unit)}")
            return None
        if unit not in BASE_UNITS and unit not in counts:
            bad("unit", f"unit {shown(unit)} is unknown (known: {known})")
            return None
        return unit


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and len(value) <= MAX_TEXT


def _text_or_empty(value: Any) -> str:
    return value if _is_text(value) else ""


def _is_plain_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _topics(base: FactBase) -> dict[str, list[str]]:
    topics: dict[str, list[str]] = {}
    for fact in base.facts.values():
        entity = base.entities[fact.entity]
        topics.setdefault(entity.topic or entity.name, []).append(fact.id)
    return topics
