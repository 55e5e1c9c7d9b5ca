"""Whatever a fact base holds, factbot either refuses it cleanly (every line
`file:line: message`, no internals) or runs it: every question answered without the
assistant's last-resort apology, and `factbot check` agrees with the other commands."""

from __future__ import annotations

import contextlib
import datetime
import io
import json
import logging
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.assistant import Assistant
from bot.cli import main
from bot.describe import suggestion
from intents.errors import FactBaseError
from intents.loader import load_fact_base

SMALL_BASE = {
    "version": 1,
    "units": {"counts": ["users"]},
    "sources": {
        "wire": {"name": "Wire Service", "aliases": ["Wire"]},
        "report": {"name": "Annual Report"},
    },
    "entities": {
        "acme": {"name": "Acme", "aliases": ["Acme Corp"], "topic": "Acme's business"},
        "acme_shop": {"name": "Acme Shop", "aliases": ["shop"], "parent": "acme"},
    },
    "facts": [
        {"id": "sales", "entity": "acme", "measure": "sales", "keywords": ["sales", "revenue"],
         "value": 4.3, "scale": "billion", "unit": "USD", "qualifier": "up to",
         "period": "2016", "source": "wire", "clause": "Acme sold up to $4.3 billion."},
        {"id": "sales_yuan", "entity": "acme", "measure": "sales in yuan", "value": 29.4,
         "scale": "billion", "unit": "CNY", "period": 2016, "source": "wire",
         "clause": "That is 29.4 billion yuan.", "equals": "sales"},
        {"id": "online_share", "entity": "acme", "measure": "online share of sales",
         "value": 80, "unit": "%", "source": "report", "of": "sales",
         "clause": "80 percent were online."},
        {"id": "shop_users", "entity": "acme_shop", "measure": "users", "value": 20,
         "scale": "million", "unit": "users", "qualifier": "more than",
         "period": datetime.date(2017, 4, 10), "source": "report",
         "clause": "The shop has more than 20 million users."},
        {"id": "boss", "entity": "acme", "measure": "chief executive", "value": "Jane Doe",
         "source": "wire", "clause": "Jane Doe runs Acme."},
        {"id": "online_sales", "entity": "acme", "measure": "online sales",
         "formula": "share_of(online_share, sales)", "source": "report"},
        {"id": "sales_2018", "entity": "acme", "measure": "sales", "value": 9,
         "scale": "billion", "unit": "USD", "qualifier": "expected", "period": "2018",
         "source": "wire", "clause": "Sales are expected to reach $9 billion in 2018."},
        {"id": "sales_growth", "entity": "acme", "measure": "sales growth",
         "formula": "cagr(sales, sales_2018)", "source": "wire"},
    ],
}  # fmt: skip

DEEP = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["deep"]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
YAML_VALUES = [
    None, True, False, 0, -1, 5, 10**30, -(10**30), 1e-30, 1.5, float("inf"), float("nan"),
    "", " ", "text", "share_of(sales, boss)", "ratio(sales, sales)", "4,3", "1e400",
    [], ["x"], [1, [2]], {}, {"a": 1}, {"name": {"x": []}}, datetime.date(2017, 1, 1),
    datetime.datetime(2017, 1, 1, 12, 0), "x" * 20_000, DEEP,
]  # fmt: skip
INTERNALS = re.compile(r"__\w+__|Lined(Dict|List)|NoneType|Decimal\(|Traceback|<class|object at")


def _paths(document: object, prefix: tuple = ()) -> list[tuple]:
    """Every place a value sits: mapping keys and list items, at every depth."""
    found = [prefix] if prefix else []
    if isinstance(document, dict):
        for key, value in document.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            found += _paths(value, (*prefix, index))
    return found


FIELDS = {
    "facts": ["id", "entity", "measure", "keywords", "value", "scale", "unit", "qualifier",
              "period", "source", "clause", "of", "equals", "formula", "extra"],
    "entities": ["name", "aliases", "topic", "parent"],
    "sources": ["name", "aliases"],
}  # fmt: skip
# Fields present, and fields a fact, entity or source could have but does not (a formula
# given a `clause: 5`, a statement given a `scale`).
ADDED = [("facts", i, field) for i in range(len(SMALL_BASE["facts"])) for field in FIELDS["facts"]]
ADDED += [(section, item, field) for section in ("entities", "sources")
          for item in SMALL_BASE[section] for field in FIELDS[section]]  # fmt: skip
PATHS = sorted(set(_paths(SMALL_BASE)) | set(ADDED), key=str)


def _mutated(mutations: list[tuple[tuple, object]]) -> dict:
    document = json.loads(json.dumps(SMALL_BASE, default=str))
    document["facts"][3]["period"] = SMALL_BASE["facts"][3]["period"]
    for path, value in mutations:
        target = document
        try:
            for step in path[:-1]:
                target = target[step]
            if value is _DELETE:
                del target[path[-1]]
            else:
                target[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation replaced this branch
    return document


_DELETE = object()


class _Apologies(logging.Handler):
    """Collects the assistant's last-resort errors: each is a crash a user would see."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(scope="module")
def apologies():
    handler = _Apologies()
    logger = logging.getLogger("bot.assistant")
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)


def _exercise(assistant: Assistant) -> None:
    """Every way a user reaches the facts: their suggested questions, follow-ups,
    conversions, the listings and /why, all JSON-encodable."""
    base = assistant.base
    questions = [suggestion(base, fact) for fact in base.facts.values()]
    questions += [
        "how much did acme sell in yuan",
        "acme sales growth from 2016 to 2018",
        "how many times bigger are acme sales than shop users",
        "who runs acme",
    ]
    for question in questions:
        answer = assistant.ask(question)
        json.dumps(answer.to_dict())
        answer.explain()
        for follow in ("in yuan?", "and in dollars?", "what about 2018?"):
            json.dumps(assistant.ask(follow, answer.context).to_dict())
    assistant.topics()
    assistant.sources_text()
    assistant.examples()


def _check_command(path: Path) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(["check", str(path)])
    return code, out.getvalue()


def _refused_or_runs(tmp_path: Path, document: dict, apologies: _Apologies) -> str:
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True))
    line_count = path.read_text().count("\n") + 1
    code, output = _check_command(path)
    try:
        assistant = Assistant(load_fact_base(path))  # what ask, console and telegram run
    except FactBaseError as error:
        assert code == 1 and output.strip() == str(error)
        for line in str(error).splitlines():
            match = re.match(rf"^{re.escape(str(path))}:(\d+): (.+)$", line)
            assert match, line
            assert 0 <= int(match[1]) <= line_count, line
            assert not INTERNALS.search(match[2]), line
            assert len(line) < 600, line
        return "refused"
    assert code == 0 and ": ok: " in output, output
    before = len(apologies.records)
    _exercise(assistant)
    crashes = apologies.records[before:]
    assert not crashes, [
        f"{r.getMessage()}: {r.exc_info[1]!r}" for r in crashes if r.exc_info
    ] or crashes
    return "runs"


def test_the_small_base_itself_runs(tmp_path, apologies, monkeypatch):
    monkeypatch.setenv("FACTBOT_NO_CACHE", "1")
    assert _refused_or_runs(tmp_path, _mutated([]), apologies) == "runs"


@settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.lists(
        st.tuples(st.sampled_from(PATHS), st.sampled_from([*YAML_VALUES, _DELETE])),
        min_size=1,
        max_size=3,
    )
)
def test_any_field_of_any_type_is_refused_cleanly_or_runs(
    tmp_path, apologies, monkeypatch, mutations
):
    monkeypatch.setenv("FACTBOT_NO_CACHE", "1")
    _refused_or_runs(tmp_path, _mutated(mutations), apologies)


@pytest.mark.parametrize(
    "text",
    [
        "a: &a [1, 2]\nb: *a\n",
        "facts: " + "[" * 200 + "]" * 200 + "\n",
        "version: 1\n<<: {facts: []}\n",
        "version: 1\n---\nversion: 1\n",
        "version: !!python/object:os.system x\n",
        "version: !!binary aGVsbG8=\n",
        "facts: !!set {a, b}\n",
        "\xff\xfe",
    ],
)
def test_hostile_yaml_is_refused_with_a_line(tmp_path, text):
    path = tmp_path / "facts.yaml"
    path.write_bytes(text.encode("utf-8", "surrogateescape") if "\xff" not in text else b"\xff")
    with pytest.raises(FactBaseError) as caught:
        load_fact_base(path)
    (problem,) = caught.value.problems
    assert str(problem).startswith(f"{path}:") and not INTERNALS.search(problem.message)


def test_an_alias_bomb_is_refused_before_it_grows(tmp_path):
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 10)]
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\nfacts: *a9\n")
    with pytest.raises(FactBaseError, match="anchors"):  # at the first anchor, line 1
        load_fact_base(path)


def test_an_oversized_file_is_refused_without_reading_it_all(tmp_path, monkeypatch):
    import intents.yaml_reader as reader

    monkeypatch.setattr(reader, "MAX_BYTES", 1000)
    path = tmp_path / "facts.yaml"
    path.write_text("version: 1\n" + "# padding\n" * 200)
    with pytest.raises(FactBaseError, match="larger than"):
        load_fact_base(path)
