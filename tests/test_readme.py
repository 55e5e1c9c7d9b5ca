"""The README is a promise: every command, example, field, figure and environment variable
it shows must work as it says (run through the installed `factbot`). A change that makes
the README wrong fails here, with what to write instead."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from installed import ROOT, run_factbot

from bot.evaluation import evaluate, load_labels

README = (ROOT / "README.md").read_text(encoding="utf-8")
RUSSIA = "How much did Russians spend?"


def code_blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.S)


def table(heading: str) -> list[list[str]]:
    """Rows of the first table under a heading, cells stripped, header and rule dropped."""
    section = README.split(heading, 1)[1]
    rows = []
    for line in section.splitlines():
        if rows and not line.startswith("|"):
            break
        if line.startswith("|"):
            rows.append([cell.strip() for cell in line.strip("|").split(" | ")])
    return rows[2:]


def ticked(text: str) -> list[str]:
    return re.findall(r"`([^`]+)`", text)


# --- the two commands at the top --------------------------------------------------------------
def test_the_fresh_machine_commands_are_what_ci_runs():
    console, tests = code_blocks("sh")[:2]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests.strip() in ci, "the README's test command must be the one .ci/run runs"
    setup = "python3 -m venv .venv && . .venv/bin/activate && pip install -e "
    assert console.strip() == setup + ". && factbot"
    assert tests.strip() == setup + "'.[dev]' && pytest"


def test_the_console_command_starts_and_leaves_cleanly():
    result = run_factbot(stdin="/quit\n")
    assert result.returncode == 0 and result.stderr == ""


# --- the example session --------------------------------------------------------------------
def _session() -> list[tuple[str, list[str]]]:
    """(question, expected reply lines) from the README's example session."""
    block = next(b for b in code_blocks("text") if b.startswith("$ factbot\n"))
    turns: list[tuple[str, list[str]]] = []
    for line in block.splitlines()[1:]:
        if line.startswith("factbot> "):
            turns.append((line.removeprefix("factbot> "), []))
        elif line.strip() and turns:
            turns[-1][1].append(line)
    return turns


def test_the_example_session_replies_as_shown():
    turns = _session()
    assert len(turns) >= 6
    stdin = "".join(f"{question}\n" for question, _ in turns)
    output = run_factbot("console", stdin=stdin).stdout
    replies = output.split("\n\n")
    for (question, expected), reply in zip(turns, replies, strict=False):
        got = reply.strip().splitlines()
        for line in expected:
            if line in ("...",) or (line.startswith("(") and line.endswith(")")):
                continue  # an elision in the README
            if line.endswith(" | ..."):
                assert any(g.startswith(line.removesuffix(" ...")) for g in got), (question, line)
                continue
            assert line in got, f"README shows for {question!r}:\n{line}\nfactbot says:\n{reply}"


# --- the command table and its options ----------------------------------------------------
COMMANDS = [ticked(row[0]) for row in table("## Command line")]


def test_every_command_in_the_table_has_help_and_takes_facts_after_it(tmp_path):
    verbs = {cmd.split()[1] for cells in COMMANDS for cmd in cells if len(cmd.split()) > 1}
    assert verbs == {"console", "ask", "check", "eval", "telegram"}
    missing = tmp_path / "missing.yaml"
    for verb in sorted(verbs):
        helped = run_factbot(verb, "--help", stdin="")
        assert helped.returncode == 0 and "--facts PATH" in helped.stdout, verb
        for args in ([verb, "--facts", str(missing)], ["--facts", str(missing), verb]):
            env = {"TELEGRAM_BOT_TOKEN": ""}
            result = run_factbot(*args, stdin="", env=env)
            output = result.stdout + result.stderr
            assert result.returncode == 1, (args, output)
            assert output.startswith(f"{missing}:0: cannot read fact base"), (args, output)


def test_ask_check_and_exit_codes_as_the_table_says():
    assert "up to $4.3 billion" in run_factbot("ask", RUSSIA, stdin="").stdout
    payload = json.loads(run_factbot("ask", RUSSIA, "--json", stdin="").stdout)
    assert payload["answered"] is True
    assert run_factbot("ask", stdin="").returncode == 2
    check = run_factbot("check", stdin="")
    assert check.returncode == 0
    assert re.fullmatch(r".+: ok: \d+ facts \(\d+ stated, \d+ formulas\), \d+ entities, "
                        r"\d+ sources\n", check.stdout)  # fmt: skip


def test_python_dash_m_bot_is_the_same_as_factbot():
    same = subprocess.run([sys.executable, "-m", "bot", "ask", RUSSIA], capture_output=True,
                          text=True, timeout=60)  # fmt: skip
    assert same.stdout == run_factbot("ask", RUSSIA, stdin="").stdout


def test_the_batch_example_prints_what_the_readme_says():
    (command,) = [b for b in code_blocks("sh") if "--json" in b]
    result = subprocess.run(["sh", "-c", command], capture_output=True, timeout=60,
                            env={**os.environ, "PATH": f"{Path(sys.executable).parent}:"
                                 f"{os.environ.get('PATH', '')}"})  # fmt: skip
    answers = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [a["answered"] for a in answers] == [True, False, False]  # "three lines: ..."


# --- JSON fields ----------------------------------------------------------------------------
def test_the_json_fields_table_is_the_json():
    documented = [ticked(row[0])[0] for row in table("### JSON fields")]
    payload = json.loads(run_factbot("ask", "--json", RUSSIA, stdin="").stdout)
    assert documented == list(payload)
    qualifiers = ticked(next(row[1] for row in table("### JSON fields") if "qualifier" in row[0]))
    assert set(qualifiers) - {"value"} == {"up to", "more than", "about", "expected", "target",
                                           "null"}  # fmt: skip
    assert payload["qualifier"] == "up to"


# --- environment variables -------------------------------------------------------------------
def _check_facts(tmp_path: Path) -> None:
    other = tmp_path / "other.yaml"
    text = (ROOT / "facts.yaml").read_text(encoding="utf-8")
    other.write_text(text.replace("value: 4.3\n", "value: 5.7\n"), encoding="utf-8")
    result = run_factbot("ask", RUSSIA, stdin="", env={"FACTBOT_FACTS": str(other)})
    assert "up to $5.7 billion" in result.stdout


def _check_cache_dir(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    run_factbot("ask", RUSSIA, stdin="", env={"FACTBOT_CACHE_DIR": str(folder),
                                              "FACTBOT_NO_CACHE": ""})  # fmt: skip
    assert [p.suffix for p in folder.iterdir()] == [".json"]


def _check_no_cache(tmp_path: Path) -> None:
    for value, written in (("1", False), ("true", False), ("0", True), ("", True)):
        folder = tmp_path / f"cache-{value or 'empty'}"
        env = {"FACTBOT_CACHE_DIR": str(folder), "FACTBOT_NO_CACHE": value}
        assert "$4.3 billion" in run_factbot("ask", RUSSIA, stdin="", env=env).stdout
        assert folder.exists() is written, value


def _check_history(tmp_path: Path) -> None:
    path = tmp_path / "history"
    code = "import bot.console as c; print(c.HISTORY)"
    env = {**os.environ, "FACTBOT_HISTORY": str(path)}
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env=env, timeout=60)  # fmt: skip
    assert shown.stdout.strip() == str(path)


def _check_token(tmp_path: Path) -> None:
    result = run_factbot("telegram", stdin="", env={"TELEGRAM_BOT_TOKEN": ""})
    assert result.returncode == 2 and "TELEGRAM_BOT_TOKEN is not set" in result.stderr


ENVIRONMENT_CHECKS = {
    "FACTBOT_FACTS": _check_facts,
    "FACTBOT_CACHE_DIR": _check_cache_dir,
    "FACTBOT_NO_CACHE": _check_no_cache,
    "FACTBOT_HISTORY": _check_history,
    "TELEGRAM_BOT_TOKEN": _check_token,
}


def test_every_environment_variable_in_the_table_works_as_described(tmp_path):
    documented = [ticked(row[0])[0] for row in table("### Environment variables")]
    assert documented == list(ENVIRONMENT_CHECKS)
    for name in documented:
        ENVIRONMENT_CHECKS[name](tmp_path)


def test_every_environment_variable_the_readme_names_is_in_the_table_or_the_telegram_docs():
    named = set(re.findall(r"\b(?:FACTBOT|TELEGRAM)_[A-Z_]+\b", README))
    telegram_docs = (ROOT / "docs" / "telegram.md").read_text(encoding="utf-8")
    for name in named - set(ENVIRONMENT_CHECKS):
        assert name in telegram_docs, f"{name} is named in the README but documented nowhere"


# --- figures ---------------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["tests/questions.yaml", "benchmarks/holdout_questions.yaml"])
def test_the_quality_figures_are_current(assistant, path):
    quality = README.split("## Quality and speed", 1)[1].split("\n- Benchmarks", 1)[0]
    quality = " ".join(quality.split())
    sentence = quality.split(f"`factbot eval {path}`" if "holdout" in path else "`factbot eval`")
    text = sentence[1][:400]
    data = load_labels(ROOT / path)
    questions = data["questions"]
    refusals = sum(1 for q in questions if q["intent"] == "refuse")
    turns = sum(len(c["turns"]) for c in data.get("conversations") or ())
    report = evaluate(assistant, data)
    figures = {
        "questions": f"{len(questions)} questions",
        "refusals": f"{refusals} ",
        "accuracy": f"{report.accuracy * 100:.1f}%",
    }
    if turns:
        figures["turns"] = f"{turns} follow-up turns"
    for what, figure in figures.items():
        assert figure in text, f"README {path}: {what} should read {figure!r}: {text!r}"
    assert "no wrong values" in text and not report.wrong_values


def test_the_fact_base_section_names_the_real_operations_and_qualifiers():
    from intents.facts import OPERATIONS, QUALIFIERS

    section = README.split("## The fact base", 1)[1].split("##", 1)[0]
    assert set(OPERATIONS) <= set(ticked(section))
    assert set(QUALIFIERS) - {"over", "about"} <= set(ticked(section))
    facts = yaml.safe_load((ROOT / "facts.yaml").read_text(encoding="utf-8"))
    formula = " ".join(next(t for t in ticked(section) if "(" in t).split())
    assert formula in {" ".join(str(f.get("formula", "")).split()) for f in facts["facts"]}


def test_the_benchmarks_and_documents_named_exist():
    for name in re.findall(r"`python (benchmarks/\w+\.py)`", README):
        assert (ROOT / name).is_file(), name
    for name in re.findall(r"\]\(([^)#]+)\)", README):
        assert (ROOT / name).is_file(), name


def test_the_python_api_example_runs():
    (code,) = code_blocks("python")
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)  # the README's own example
    assert namespace["answer"].answered and namespace["follow"].answered
    assert "yuan" in namespace["follow"].text
