"""The batch contract, through the installed `factbot` command: exactly one JSON line per
input line, in order, whatever the bytes; a `qualifier` field; JSON for everything the
console prints in --json mode."""

from __future__ import annotations

import json

import pytest
from installed import run_factbot

from bot.describe import suggestion
from bot.quantity import BOUND_OF_QUALIFIER, WORD_OF_BOUND

RUSSIA = b"How much did Russians spend?"
QUALIFIERS = {"up to", "more than", "about", "expected", "target", None}


def _json_lines(output: bytes) -> list[dict]:
    text = output.decode("utf-8")  # strict: the output is UTF-8 whatever came in
    assert text.endswith("\n") or not text
    return [json.loads(line) for line in text.split("\n")[:-1]]


HOSTILE_LINES = [
    RUSSIA,
    b"",
    b"\xff\xfe invalid utf-8 \xc3",
    b"nul \x00 inside",
    b"carriage \r return inside",
    b" " * 600 + RUSSIA,
    b"\t\t",
    b"x" * 1_000_000,
    RUSSIA + b"\r",  # a CRLF line ending
    "\u2028 line separator and emoji 😀".encode(),
    RUSSIA,  # the last line has no newline
]


@pytest.mark.parametrize("env", [{}, {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0"},
                                 {"PYTHONIOENCODING": "ascii"}])  # fmt: skip
def test_ask_json_prints_one_line_per_input_line_whatever_the_bytes(env):
    result = run_factbot("ask", "--json", stdin=b"\n".join(HOSTILE_LINES), env=env)
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    answers = _json_lines(result.stdout)
    assert len(answers) == len(HOSTILE_LINES)
    expected_questions = [line.removesuffix(b"\r").decode("utf-8", "replace")
                          for line in HOSTILE_LINES]  # fmt: skip
    for answer, question in zip(answers, expected_questions, strict=True):
        if len(question) < 1000:
            assert answer["question"] == question
        assert "something went wrong" not in answer["text"]
    answered = [a["answered"] for a in answers]
    assert answered == [True, False, False, False, False, True, False, False, True, False, True]
    assert "$4.3 billion" in answers[5]["text"]  # 600 leading spaces are just blanks


def test_empty_input_prints_nothing_and_a_question_in_argv_is_cleaned():
    assert run_factbot("ask", "--json", stdin=b"").stdout == b""
    raw = run_factbot("ask", "--json", "caf\udcff?", stdin=b"")  # undecodable argv byte
    (answer,) = _json_lines(raw.stdout)
    assert answer["question"] == "caf\ufffd?"


def test_qualifier_field_says_how_exact_each_figure_is(assistant):
    """For every fact the article qualifies, asking its own question gives that qualifier;
    an unqualified figure and a refusal give null."""
    base = assistant.base
    questions, wanted = [], []
    for fact in base.facts.values():
        if fact.formula or fact.is_text:
            continue
        qualifier = fact.qualifier
        if qualifier in BOUND_OF_QUALIFIER:
            qualifier = WORD_OF_BOUND[BOUND_OF_QUALIFIER[qualifier]]  # "over" is "more than"
        questions.append(suggestion(base, fact))
        wanted.append((fact.id, qualifier))
    questions.append("How much did Germans spend?")
    stdin = "\n".join(questions).encode()
    answers = _json_lines(run_factbot("ask", "--json", stdin=stdin).stdout)
    assert len(answers) == len(questions)
    checked = 0
    for answer, (fact_id, qualifier) in zip(answers, wanted, strict=False):
        if answer["intent"] == "lookup" and answer["facts"] == [fact_id]:
            assert answer["qualifier"] == qualifier, (fact_id, answer["text"])
            checked += 1
    assert checked >= len(wanted) * 0.8
    assert {a["qualifier"] for a in answers} >= {"up to", "more than", None}
    assert {a["qualifier"] for a in answers} <= QUALIFIERS
    assert answers[-1]["answered"] is False and answers[-1]["qualifier"] is None


def test_a_computed_figure_carries_its_operands_qualifier():
    stdin = b"How much did Russians spend on Chinese platforms?\n"
    (answer,) = _json_lines(run_factbot("ask", "--json", stdin=stdin).stdout)
    assert answer["value"] == pytest.approx(3.44e9) and answer["qualifier"] == "up to"


def test_console_json_prints_json_for_every_line_commands_included():
    lines = [RUSSIA, b"", b"and in yuan?", b"/help", b"/facts", b"/sources", b"/why",
             b"/frobnicate", b"\xff", b"/quit", b"never read"]  # fmt: skip
    result = run_factbot("console", "--json", stdin=b"\n".join(lines) + b"\n")
    assert result.returncode == 0, result.stderr
    replies = _json_lines(result.stdout)
    assert len(replies) == lines.index(b"/quit") + 1
    assert [r["question"] for r in replies] == [
        line.decode("utf-8", "replace") for line in lines[: len(replies)]
    ]
    first, blank, follow, help_, facts, sources, why, unknown, bad, quit_ = replies
    assert follow["answered"] and "yuan" in follow["text"]  # the blank line kept the context
    assert not blank["answered"]
    for reply in (help_, facts, sources, why):
        assert reply["intent"] == "command" and reply["answered"] and reply["text"]
    assert "Calculation" in why["text"]
    assert unknown["answered"] is False and "Unknown command" in unknown["text"]
    assert quit_["intent"] == "command"
