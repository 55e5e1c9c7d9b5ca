"""The command-line contract users' scripts rely on: verbs, JSON fields, exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from bot.cli import main
from bot.console import Session, run_console

FIELDS = {"question", "answered", "intent", "text", "value", "unit", "qualifier", "facts",
          "confidence", "suggestions"}  # fmt: skip


def test_ask_prints_text(capsys):
    assert main(["ask", "How", "much", "did", "Russians", "spend?"]) == 0
    out = capsys.readouterr().out
    assert "$4.3 billion" in out and "Source:" in out


def test_ask_json_has_the_documented_fields(capsys):
    assert main(["ask", "--json", "cross-border volume in dollars"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload) == FIELDS
    assert payload["answered"] is True
    assert payload["unit"] == "USD"
    assert payload["value"] == pytest.approx(921.9e9)
    assert "cross_border_volume_2016" in payload["facts"]


def test_ask_json_batch_answers_each_line_independently(monkeypatch, capsys):
    lines = "How much did Russians spend?\n\nin yuan?\nHow many users does Amazon have?\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    assert main(["ask", "--json"]) == 0
    answers = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    # one line per input line, the blank one included; no context in batch
    assert [a["answered"] for a in answers] == [True, False, False, False]


def test_ask_without_a_question_is_a_usage_error(capsys):
    assert main(["ask"]) == 2
    assert "give a question" in capsys.readouterr().err


def test_piped_console_keeps_context_and_speaks_json():
    out = io.StringIO()
    run_console_input = io.StringIO("How much did Russians spend?\nand on Chinese platforms?\n")
    from bot import Assistant

    assert run_console(Assistant.load(), json_lines=True, stdin=run_console_input, stdout=out) == 0
    first, second = (json.loads(line) for line in out.getvalue().splitlines())
    assert first["value"] == pytest.approx(4.3e9)
    assert second["value"] == pytest.approx(3.44e9)


def test_console_commands(assistant):
    session = Session(assistant)
    assert "Commands:" in session.handle("/help")
    facts = session.handle("/facts")
    assert "AliExpress" in facts and "Russian shoppers" in facts
    assert "Yandex" in session.handle("/sources")
    assert "Ask a question first" in session.handle("/why")
    session.handle("what share of aliexpress active users bought")
    why = session.handle("/why")
    assert "Calculation:" in why and "÷" in why and "Sources:" in why
    assert "Unknown command" in session.handle("/frobnicate")
    assert session.handle("/quit") is None


def test_eval_command_reports_and_gates(tmp_path, capsys):
    labels = tmp_path / "labels.yaml"
    labels.write_text(
        "questions:\n"
        "  - {q: 'How much did Russians spend?', intent: lookup, value: 4300000000, unit: USD}\n"
        "  - {q: 'How much did Germans spend?', intent: refuse}\n"
        "  - {q: 'How many pilot zones?', intent: lookup, value: 13, unit: zones}\n"
    )
    assert main(["eval", str(labels)]) == 1  # one wrong value
    out = capsys.readouterr().out
    assert "accuracy: 66.7%" in out and "wrong values: 1" in out and "WRONG VALUE" in out


def test_eval_on_a_missing_file_is_a_clean_error(tmp_path, capsys):
    assert main(["eval", str(tmp_path / "nope.yaml")]) == 1
    err = capsys.readouterr().err
    assert "cannot read" in err and "Traceback" not in err


def test_python_dash_m_bot_and_console_never_import_telegram():
    code = (
        "import sys, io\n"
        "sys.argv = ['factbot', 'ask', 'how much did russians spend']\n"
        "from bot.cli import main\n"
        "main()\n"
        "assert not any(m.split('.')[0] == 'telegram' for m in sys.modules), 'telegram'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "$4.3 billion" in result.stdout


def test_every_subcommand_has_help_and_is_documented(capsys):
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for verb in ("console", "ask", "check", "eval", "telegram"):
        with pytest.raises(SystemExit) as exit_info:
            main([verb, "--help"])
        assert exit_info.value.code == 0
        assert capsys.readouterr().out.strip()
        assert f"factbot {verb}" in readme, verb


def test_eval_reads_an_unquoted_yes_key_as_the_yes_no_label(tmp_path, capsys):
    labels = tmp_path / "labels.yaml"
    labels.write_text(
        "questions:\n"
        "  - q: 'Did Russians spend $4.3 billion on cross-border platforms?'\n"
        "    intent: lookup\n"
        "    yes: true\n"
        "  - q: 'Was AliExpress set up in 2012?'\n"
        "    intent: lookup\n"
        "    yes: false\n"
    )
    assert main(["eval", str(labels)]) == 0
    assert "accuracy: 100.0%" in capsys.readouterr().out
