"""Shared fixtures: the real fact base and assistant, loaded once per test session."""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from bot import Assistant
from bot.assistant import BUG_LOGGER
from intents.facts import Fact, FactBase
from intents.loader import load_fact_base

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parent.parent
# Tests (and the subprocesses they start) build their own assistant cache, never the user's.
os.environ.setdefault("FACTBOT_CACHE_DIR", tempfile.mkdtemp(prefix="factbot-test-cache-"))
FACTS_YAML = ROOT / "facts.yaml"
ARTICLE = ROOT.parent / "shared" / "seed" / "article.txt"


@pytest.fixture(scope="session")
def base() -> FactBase:
    return load_fact_base(FACTS_YAML)


@pytest.fixture(scope="session")
def assistant() -> Assistant:
    return Assistant.load(FACTS_YAML)


@pytest.fixture(scope="session")
def stated(base: FactBase) -> Callable[..., Fact]:
    """Find the one stated fact with this value and unit (and entity, if given), so tests
    name figures the way the article does rather than by fact id."""

    def find(value: str | int, unit: str, entity: str | None = None) -> Fact:
        wanted = Decimal(str(value))
        matches = [
            fact
            for fact in base.facts.values()
            if fact.formula is None
            and fact.unit == unit
            and not fact.is_text
            and fact.value == wanted
            and (entity is None or fact.entity == entity)
        ]
        assert len(matches) == 1, (
            f"expected exactly one stated fact {value} {unit} (entity={entity}), "
            f"found {[f.id for f in matches]}"
        )
        return matches[0]

    return find


class _BugCatcher(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def fail_when_the_catch_all_fires(request: pytest.FixtureRequest):
    """The assistant turns a crash into an apology for users; a test must not pass that
    way. Tests that provoke a crash on purpose are marked `catch_all_expected`."""
    catcher = _BugCatcher()
    logger = logging.getLogger(BUG_LOGGER)
    logger.addHandler(catcher)
    try:
        yield catcher
    finally:
        logger.removeHandler(catcher)
    if catcher.records and not request.node.get_closest_marker("catch_all_expected"):
        first = catcher.records[0]
        detail = logging.Formatter().formatException(first.exc_info) if first.exc_info else ""
        pytest.fail(f"the assistant's catch-all fired: {first.getMessage()}\n{detail}")
