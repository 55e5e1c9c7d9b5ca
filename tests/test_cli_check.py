"""`factbot check` and start-up with a broken fact base: a summary or file:line messages
and an exit code, never a traceback."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).resolve().parent.parent
FACTS_YAML = ROOT / "facts.yaml"
SUMMARY = re.compile(
    r"^(?P<path>.+): ok: (?P<facts>\d+) facts \((?P<stated>\d+) stated, (?P<formulas>\d+) "
    r"formulas\), (?P<entities>\d+) entities, (?P<sources>\d+) sources$"
)


@pytest.fixture
def bad_file(tmp_path, stated) -> tuple[Path, list[int]]:
    """A copy of facts.yaml with an unknown unit and a bad number; returns it and the two
    lines."""
    lines = FACTS_YAML.read_text(encoding="utf-8").splitlines(keepends=True)
    edits = [(stated(28000, "respondents", "survey"), "unit", "people"),
             (stated("4.3e9", "USD", "russia"), "value", "4.3bn")]  # fmt: skip
    numbers = []
    for fact, field, raw in edits:
        start = next(i for i, t in enumerate(lines) if re.match(rf"\s*- id: {fact.id}\s*$", t))
        i = next(i for i in range(start + 1, len(lines)) if re.match(rf"\s+{field}:", lines[i]))
        lines[i] = f"    {field}: {raw}\n"
        numbers.append(i + 1)
    path = tmp_path / "broken.yaml"
    path.write_text("".join(lines), encoding="utf-8")
    return path, numbers


def _assert_problem_lines(text: str, path: Path, numbers: list[int]) -> None:
    lines = text.strip().split("\n")
    assert len(lines) == len(numbers), lines
    for line, number in zip(lines, sorted(numbers), strict=True):
        assert line.startswith(f"{path}:{number}: fact '"), line
    assert "Traceback" not in text


def test_check_default_file_prints_one_summary(monkeypatch, capsys, base):
    monkeypatch.chdir(ROOT)
    assert main(["check"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    lines = out.strip().split("\n")
    assert len(lines) == 1
    match = SUMMARY.match(lines[0])
    assert match, lines[0]
    formulas = sum(1 for f in base.facts.values() if f.formula is not None)
    assert Path(match["path"]).resolve() == FACTS_YAML
    assert int(match["facts"]) == len(base.facts)
    assert int(match["formulas"]) == formulas
    assert int(match["stated"]) == len(base.facts) - formulas
    assert int(match["entities"]) == len(base.entities)
    assert int(match["sources"]) == len(base.sources)


@pytest.mark.parametrize("argv", [["check", "{path}"], ["--facts", "{path}", "check"]])
def test_check_named_file(capsys, base, argv):
    assert main([a.format(path=FACTS_YAML) for a in argv]) == 0
    out = capsys.readouterr().out.strip()
    match = SUMMARY.match(out)
    assert match and match["path"] == str(FACTS_YAML)
    assert int(match["facts"]) == len(base.facts)


@pytest.mark.parametrize("argv", [["check", "{path}"], ["--facts", "{path}", "check"]])
def test_check_broken_file_lists_problems(capsys, bad_file, argv):
    path, numbers = bad_file
    assert main([a.format(path=path) for a in argv]) == 1
    out, err = capsys.readouterr()
    _assert_problem_lines(out, path, numbers)
    assert "Traceback" not in err


def test_check_missing_file(capsys, tmp_path):
    path = tmp_path / "missing.yaml"
    assert main(["check", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out.count("\n") == 1 and out.startswith(f"{path}:")
    assert "Traceback" not in out + err


def test_python_m_bot_check_broken_file_has_no_traceback(bad_file):
    path, numbers = bad_file
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "check", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    _assert_problem_lines(proc.stdout, path, numbers)


def test_ask_refuses_to_start_with_a_broken_file(capsys, bad_file):
    path, numbers = bad_file
    assert main(["check", str(path)]) == 1
    check_output = capsys.readouterr().out
    assert main(["--facts", str(path), "ask", "x"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == check_output
    _assert_problem_lines(err, path, numbers)


def test_check_reports_a_broken_language_file_by_line(monkeypatch, capsys, tmp_path):
    import intents.translation as translation

    bad = tmp_path / "language_xx.yaml"
    bad.write_text(
        "version: 1\nscript: CYRILLIC\nstemmer: russian\nwords:\n"
        "  spent: [потратили]\n  bought: [потратили]\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(translation, "LANGUAGE_DIR", tmp_path)
    translation.languages.cache_clear()
    try:
        assert main(["check"]) == 1
    finally:
        translation.languages.cache_clear()
    out = capsys.readouterr().out
    assert f"{bad}:6:" in out and "потратили" in out
    assert "Traceback" not in out
