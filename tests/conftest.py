"""Shared fixtures: the real fact base and assistant, loaded once per test session."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from bot import Assistant
from intents.facts import Fact, FactBase
from intents.loader import load_fact_base

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
