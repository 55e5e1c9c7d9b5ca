"""Installed anywhere, factbot answers from the fact base shipped with it; another base
comes only from --facts (before or after the command) or FACTBOT_FACTS."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from installed import ROOT, run_factbot

FACTS_YAML = ROOT / "facts.yaml"
QUESTION = "How much did Russians spend?"


@pytest.fixture
def other_base(tmp_path: Path) -> Path:
    """The article's base with Russians' spending changed, so its answers are recognisable."""
    text = FACTS_YAML.read_text(encoding="utf-8")
    assert text.count("value: 4.3\n") == 1
    path = tmp_path / "other.yaml"
    path.write_text(text.replace("value: 4.3\n", "value: 5.7\n"), encoding="utf-8")
    return path


def test_a_facts_yaml_in_the_working_folder_does_not_replace_the_shipped_one(tmp_path):
    (tmp_path / "facts.yaml").write_text("version: 1\nfacts: [oops\n", encoding="utf-8")
    answer = run_factbot("ask", QUESTION, cwd=tmp_path, stdin="")
    assert answer.returncode == 0, answer.stderr
    assert "up to $4.3 billion" in answer.stdout
    check = run_factbot("check", cwd=tmp_path, stdin="")
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.startswith(str(FACTS_YAML)) or "/intents/data/facts.yaml:" in check.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["--facts", "{path}", "ask", QUESTION],
        ["ask", "--facts", "{path}", QUESTION],
        ["ask", QUESTION, "--facts", "{path}"],
    ],
)
def test_facts_option_works_before_and_after_the_command(tmp_path, other_base, args):
    result = run_factbot(*(a.format(path=other_base) for a in args), cwd=tmp_path, stdin="")
    assert result.returncode == 0, result.stderr
    assert "up to $5.7 billion" in result.stdout


def test_facts_environment_variable_and_option_precedence(tmp_path, other_base):
    env = {"FACTBOT_FACTS": str(other_base)}
    assert "$5.7 billion" in run_factbot("ask", QUESTION, env=env, stdin="").stdout
    check = run_factbot("check", env=env, stdin="")
    assert check.returncode == 0 and check.stdout.startswith(f"{other_base}: ok:")
    given = run_factbot("ask", "--facts", str(FACTS_YAML), QUESTION, env=env, stdin="")
    assert "$4.3 billion" in given.stdout  # the option wins over the environment


def test_check_takes_facts_after_the_command(other_base):
    result = run_factbot("check", "--facts", str(other_base), stdin="")
    assert result.returncode == 0 and result.stdout.startswith(f"{other_base}: ok:")


def test_a_built_wheel_carries_the_fact_base(tmp_path):
    """What `pip install .` and a wheel install: the package holds an identical copy.
    Built from a copy of the sources, so the checkout gets no build/ folder."""
    source = tmp_path / "src"
    for name in ("bot", "intents"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("setup.py", "pyproject.toml", "MANIFEST.in", "README.md", "facts.yaml"):
        shutil.copy(ROOT / name, source / name)
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"]
        + ["-q", "-w", str(tmp_path), str(source)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = tmp_path.glob("factbot-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        assert archive.read("intents/data/facts.yaml") == FACTS_YAML.read_bytes()
        assert "intents/lexicon.yaml" in archive.namelist()
