"""Broken copies of the real facts.yaml (made by small text edits, so they stay realistic)
must be reported as `file:line: message`, every problem at once, naming the field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from intents.errors import FactBaseError, Problem
from intents.facts import BASE_UNITS
from intents.loader import load_fact_base

ROOT = Path(__file__).resolve().parent.parent
FACTS_YAML = ROOT / "facts.yaml"


# --- editing the real file -----------------------------------------------------------------
class Draft:
    """The text of facts.yaml, edited line by line; lines are 1-based as in messages."""

    def __init__(self) -> None:
        self.lines = FACTS_YAML.read_text(encoding="utf-8").splitlines(keepends=True)

    def _index(self, pattern: str, start: int = 0, stop: int | None = None) -> int:
        for i in range(start, len(self.lines) if stop is None else stop):
            if re.match(pattern, self.lines[i]):
                return i
        raise AssertionError(f"no line matching {pattern!r} in facts.yaml")

    def _block(self, fact_id: str) -> tuple[int, int]:
        start = self._index(rf"\s*- id: {re.escape(fact_id)}\s*$")
        stop = start + 1
        while stop < len(self.lines) and not re.match(r"\s*- id:|\S", self.lines[stop]):
            stop += 1
        return start, stop

    def fact_line(self, fact_id: str) -> int:
        return self._block(fact_id)[0] + 1

    def field_line(self, fact_id: str, field: str) -> int:
        start, stop = self._block(fact_id)
        return self._index(rf"\s+{field}:", start + 1, stop) + 1

    def raw(self, fact_id: str, field: str) -> str:
        line = self.lines[self.field_line(fact_id, field) - 1]
        return line.split(":", 1)[1].strip()

    def set(self, fact_id: str, field: str, raw: str) -> int:
        """Give the field a new raw YAML value; returns its line."""
        number = self.field_line(fact_id, field)
        indent = re.match(r"\s*", self.lines[number - 1]).group()
        self.lines[number - 1] = f"{indent}{field}: {raw}\n"
        return number

    def delete(self, fact_id: str, field: str) -> None:
        del self.lines[self.field_line(fact_id, field) - 1]

    def replace_line(self, number: int, old: str, new: str) -> None:
        assert old in self.lines[number - 1]
        self.lines[number - 1] = self.lines[number - 1].replace(old, new, 1)

    def top_level_line(self, section: str, key: str) -> int:
        """The line of `key:` inside a top-level mapping such as `entities:`."""
        start = self._index(rf"{section}:\s*$")
        return self._index(rf"  {re.escape(key)}:\s*$", start + 1) + 1

    def write(self, tmp_path: Path) -> Path:
        path = tmp_path / "facts.yaml"
        path.write_text("".join(self.lines), encoding="utf-8")
        return path


def problems_of(path: Path) -> list[Problem]:
    """Load a broken file; the error lists every problem as `file:line: message`."""
    with pytest.raises(FactBaseError) as caught:
        load_fact_base(path)
    error = caught.value
    lines = str(error).split("\n")
    assert len(lines) == len(error.problems) >= 1
    for text, problem in zip(lines, error.problems, strict=True):
        assert problem.path == str(path)
        assert text == f"{path}:{problem.line}: {problem.message}"
        assert "Traceback" not in text
    return error.problems


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def _referenced(base) -> set[str]:
    ids = set()
    for fact in base.facts.values():
        ids |= set(fact.formula.args if fact.formula else ())
        ids |= {fact.of, fact.equals} - {None}
    return ids


def _text_fact(base, draft: Draft, unreferenced: bool = True) -> str:
    """A statement fact whose value is a plain, unquoted one-line YAML scalar."""
    referenced = _referenced(base) if unreferenced else set()
    for fact in base.facts.values():
        raw = draft.raw(fact.id, "value") if fact.is_text else ""
        if fact.is_text and fact.id not in referenced and raw and raw[0] not in "\"'[{":
            return fact.id
    raise AssertionError("no unquoted statement fact in facts.yaml")


# --- the real file is fine ---------------------------------------------------------------------
def test_unedited_copy_loads(tmp_path, base):
    copy = load_fact_base(Draft().write(tmp_path))
    assert set(copy.facts) == set(base.facts)


# --- one problem each ------------------------------------------------------------------------
def test_yaml_syntax_error_names_its_line(tmp_path, base):
    draft = Draft()
    fact_id = _text_fact(base, draft)
    line = draft.set(fact_id, "value", "note: " + draft.raw(fact_id, "value"))  # stray colon
    path = draft.write(tmp_path)
    problem = only(problems_of(path))
    assert problem.line == line
    assert problem.message.startswith("YAML syntax error")


def test_unknown_unit_lists_the_known_units(tmp_path, stated):
    draft = Draft()
    fact = stated(28000, "respondents", "survey")
    line = draft.set(fact.id, "unit", "people")
    problem = only(problems_of(draft.write(tmp_path)))
    assert problem.line == line
    assert f"fact '{fact.id}'" in problem.message
    assert "unit 'people' is unknown" in problem.message
    counts = yaml.safe_load(FACTS_YAML.read_text(encoding="utf-8"))["units"]["counts"]
    known = problem.message.split("known:", 1)[1]
    for unit in (*BASE_UNITS, *counts):
        assert re.search(rf"(?<![\w%]){re.escape(unit)}(?![\w%])", known), unit


@pytest.mark.parametrize("raw", ["4.3bn", "4.3.1", "about 4.3", ".nan"])
def test_bad_number_names_the_value(tmp_path, stated, raw):
    draft = Draft()
    fact = stated("4.3e9", "USD", "russia")
    line = draft.set(fact.id, "value", raw)
    problem = only(problems_of(draft.write(tmp_path)))
    assert problem.line == line
    assert f"fact '{fact.id}'" in problem.message
    assert "value" in problem.message and "number" in problem.message


def test_duplicate_id_names_both_lines(tmp_path, base):
    draft = Draft()
    first = next(iter(base.facts.values()))
    second = _text_fact(base, draft)  # nothing refers to it, so renaming it breaks nothing else
    first_line, second_line = draft.fact_line(first.id), draft.fact_line(second)
    assert first_line < second_line
    draft.replace_line(second_line, second, first.id)
    problem = only(problems_of(draft.write(tmp_path)))
    assert problem.line == second_line
    assert f"'{first.id}'" in problem.message and "duplicate id" in problem.message
    assert str(first_line) in problem.message


def test_formula_naming_an_unknown_fact(tmp_path, base):
    draft = Draft()
    fact = next(f for f in base.facts.values() if f.formula)
    kept, typo = fact.formula.args[0], fact.formula.args[1][:-1]  # a dropped last letter
    assert typo not in base.facts
    line = draft.set(fact.id, "formula", f"{fact.formula.op}({kept}, {typo})")
    problem = only(problems_of(draft.write(tmp_path)))
    assert problem.line in (draft.fact_line(fact.id), line)
    assert f"fact '{fact.id}'" in problem.message
    assert f"formula names unknown fact '{typo}'" in problem.message


def test_cycle_between_two_formulas(tmp_path, base):
    draft = Draft()
    outer, inner = next(
        (f, base.facts[arg])
        for f in base.facts.values()
        if f.formula
        for arg in f.formula.args
        if base.facts[arg].formula
    )
    # inner feeds outer; make outer feed inner too
    line = draft.set(
        inner.id, "formula", f"{inner.formula.op}({inner.formula.args[0]}, {outer.id})"
    )
    problem = only(problems_of(draft.write(tmp_path)))
    assert "formula cycle" in problem.message
    assert outer.id in problem.message and inner.id in problem.message
    assert problem.line in (draft.fact_line(outer.id), draft.fact_line(inner.id), line)


def test_missing_source_field(tmp_path, stated):
    draft = Draft()
    fact = stated("6.3e12", "CNY", "china")
    draft.delete(fact.id, "source")
    problem = only(problems_of(draft.write(tmp_path)))
    assert problem.line == draft.fact_line(fact.id)
    assert f"fact '{fact.id}'" in problem.message and "missing 'source'" in problem.message


def test_unknown_source_id(tmp_path, base, stated):
    draft = Draft()
    fact = stated("4.3e9", "USD", "russia")
    typo = fact.source[:-1]
    assert typo not in base.sources
    line = draft.set(fact.id, "source", typo)
    problem = only(problems_of(draft.write(tmp_path)))
    assert problem.line in (draft.fact_line(fact.id), line)
    assert f"fact '{fact.id}'" in problem.message
    assert f"source '{typo}' is unknown" in problem.message
    for source_id in base.sources:
        assert source_id in problem.message.split("known:", 1)[1]


def test_several_problems_are_reported_at_once(tmp_path, base, stated):
    draft = Draft()
    unit_fact = stated(28000, "respondents", "survey")
    number_fact = stated("4.3e9", "USD", "russia")
    source_fact = stated("26.1e12", "CNY", "china")
    formula_fact = next(f for f in base.facts.values() if f.formula)
    typo = formula_fact.formula.args[1][:-1]
    expected = {
        draft.set(unit_fact.id, "unit", "people"): "unit 'people' is unknown",
        draft.set(number_fact.id, "value", "4.3bn"): "'4.3bn' is not a number",
        draft.set(source_fact.id, "source", "ministry"): "source 'ministry' is unknown",
        draft.set(
            formula_fact.id,
            "formula",
            f"{formula_fact.formula.op}({formula_fact.formula.args[0]}, {typo})",
        ): f"unknown fact '{typo}'",
    }
    fact_lines = {
        draft.fact_line(f.id): draft.field_line(f.id, field)
        for f, field in ((source_fact, "source"), (formula_fact, "formula"))
    }
    problems = problems_of(draft.write(tmp_path))
    assert len(problems) == len(expected), [str(p) for p in problems]
    assert [p.line for p in problems] == sorted(p.line for p in problems)
    for problem in problems:
        line = fact_lines.get(problem.line, problem.line)  # references may name the fact's line
        assert expected[line] in problem.message


def test_missing_file_is_one_clean_line(tmp_path):
    path = tmp_path / "nowhere" / "facts.yaml"
    problem = only(problems_of(path))
    assert "cannot read" in problem.message
    assert "\n" not in str(problem)


# --- bugs found --------------------------------------------------------------------------------
def test_keywords_written_as_a_string(tmp_path, stated):
    draft = Draft()
    fact = stated(32, "countries", "survey")
    line = draft.set(fact.id, "keywords", "countries")
    path = draft.write(tmp_path)
    try:
        loaded = load_fact_base(path)
    except FactBaseError as exc:
        assert any(p.line == line and "keywords" in p.message for p in exc.problems)
    else:
        assert loaded.facts[fact.id].keywords == ("countries",)


def test_source_aliases_written_as_a_string(tmp_path, stated):
    draft = Draft()
    source_id = stated("4.3e9", "USD", "russia").source
    start = draft.top_level_line("sources", source_id)
    line = next(n for n in range(start + 1, start + 4) if "aliases:" in draft.lines[n - 1])
    name = yaml.safe_load(draft.lines[line - 1])["aliases"][0]
    draft.lines[line - 1] = f"    aliases: {name}\n"
    try:
        loaded = load_fact_base(draft.write(tmp_path))
    except FactBaseError as exc:
        assert any(p.line == line and "aliases" in p.message for p in exc.problems)
    else:
        assert loaded.sources[source_id].aliases == (name,)


def test_unknown_entity_parent_has_a_line(tmp_path, base):
    draft = Draft()
    child = next(e for e in base.entities.values() if e.parent)
    start = draft.top_level_line("entities", child.id)
    parent_line = next(
        n for n in range(start + 1, start + 8) if re.match(r"\s+parent:", draft.lines[n - 1])
    )
    draft.replace_line(parent_line, child.parent, child.parent + "x")
    problem = only(problems_of(draft.write(tmp_path)))
    assert f"parent '{child.parent}x' is unknown" in problem.message
    assert problem.line in (start, parent_line)


def test_stray_item_in_facts_has_a_line(tmp_path, stated):
    draft = Draft()
    fact = stated(32, "countries", "survey")
    line = draft.fact_line(fact.id)
    draft.lines.insert(line - 1, f"  - {fact.id}\n")
    problem = only(problems_of(draft.write(tmp_path)))
    assert "must be a mapping" in problem.message
    assert problem.line == line


def test_decimal_comma_is_not_a_thousands_separator(tmp_path, stated):
    draft = Draft()
    fact = stated("4.3e9", "USD", "russia")
    line = draft.set(fact.id, "value", "4,3")
    problem = only(problems_of(draft.write(tmp_path)))
    assert problem.line == line and "value" in problem.message


def test_thousands_separator_is_accepted(tmp_path, stated):
    draft = Draft()
    fact = stated(28000, "respondents", "survey")
    draft.set(fact.id, "value", '"28,000"')
    assert load_fact_base(draft.write(tmp_path)).facts[fact.id].value == 28000


def test_field_given_twice(tmp_path, stated):
    draft = Draft()
    fact = stated("4.3e9", "USD", "russia")
    line = draft.field_line(fact.id, "value")
    draft.lines.insert(line, "    value: 43\n")
    problem = only(problems_of(draft.write(tmp_path)))
    assert "value" in problem.message and problem.line in (line, line + 1)


def test_entity_without_a_name_is_called_an_entity(tmp_path, base):
    draft = Draft()
    entity = next(iter(base.entities.values()))
    line = draft.top_level_line("entities", entity.id)
    draft.replace_line(line + 1, "name:", "nam:")
    problems = problems_of(draft.write(tmp_path))
    first = next(p for p in problems if p.line == line)
    assert f"entity '{entity.id}': needs a 'name'" in first.message


def test_source_without_a_name(tmp_path, stated):
    draft = Draft()
    source_id = stated("4.3e9", "USD", "russia").source
    line = draft.top_level_line("sources", source_id)
    draft.replace_line(line + 1, "name:", "nam:")
    problems = problems_of(draft.write(tmp_path))
    assert any(
        p.line == line and f"source '{source_id}': needs a 'name'" in p.message for p in problems
    )


def test_unknown_found_by_lists_the_choices(tmp_path, base):
    draft = Draft()
    fact_id = next(f.id for f in base.facts.values() if f.found_by == "keywords")
    line = draft.set(fact_id, "found_by", "magic")
    problem = only(problems_of(draft.write(tmp_path)))
    assert problem.line == line
    assert "found_by 'magic' is unknown" in problem.message
    assert "words" in problem.message and "keywords" in problem.message


# --- what each count counts -----------------------------------------------------------------
def _kinds_line(draft: Draft, kind: str) -> int:
    return draft._index(rf"\s+{kind}: \[") + 1


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("countries, zones", "countries, zones, parcels", "'parcels' is not in units.counts"),
        ("countries, zones", "countries, zones, users", "'users' is of two kinds"),
    ],
)
def test_a_kind_of_count_names_counted_nouns_once(tmp_path, old, new, message):
    draft = Draft()
    line = _kinds_line(draft, "places")
    draft.replace_line(line, old, new)
    problem = only(problems_of(draft.write(tmp_path)))
    assert problem.line == line and message in problem.message, problem


def test_kinds_of_counts_must_be_a_mapping(tmp_path):
    draft = Draft()
    line = draft._index(r"\s+kinds:") + 1
    draft.lines[line - 1] = "  kinds: people\n"
    draft.lines[line : line + 2] = []  # the two kinds under it
    problem = only(problems_of(draft.write(tmp_path)))
    assert problem.line == line and "units.kinds must be a mapping" in problem.message
