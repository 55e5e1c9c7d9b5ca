"""Anything typed gets an answer object, never an exception, and nothing typed is run."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answer import Answer
from intents.text import MAX_QUESTION_CHARS

ODD_INPUTS = [
    "",
    "   \t\n ",
    "😀🚀💸",
    "כמה הוציאו הרוסים",  # right-to-left script
    "\x00\x01\x1b[31mred\x07",
    "a" * 100_000,
    "how much did russians spend " * 5_000,
    "version: 1\nfacts: [{id: x}]",
    "__import__('os').system('touch /tmp/factbot-pwned')",
    "{{7*7}} ${7*7} `id` $(id)",
    "'; DROP TABLE facts; --",
    "1e308 / 0",
    "%s %d %(x)s {0}",
]


def _check(answer: Answer) -> None:
    assert isinstance(answer, Answer)
    assert isinstance(answer.text, str) and answer.text
    assert 0.0 <= answer.confidence <= 1.0
    payload = answer.to_dict()
    assert set(payload) == {
        "question", "answered", "intent", "text", "value", "unit", "qualifier", "facts",
        "confidence", "suggestions",
    }  # fmt: skip
    assert len(payload["suggestions"]) <= 3


def test_odd_inputs_get_answers(assistant):
    for text in ODD_INPUTS:
        _check(assistant.ask(text))


def test_nothing_typed_is_evaluated(assistant):
    marker = Path("/tmp/factbot-pwned")
    marker.unlink(missing_ok=True)
    answer = assistant.ask("__import__('os').system('touch /tmp/factbot-pwned')")
    assert not answer.answered
    assert not marker.exists()


def test_long_questions_are_cut_with_a_note(assistant):
    answer = assistant.ask("How much did Russians spend? " + "really " * 200)
    assert len("How much did Russians spend? " + "really " * 200) > MAX_QUESTION_CHARS
    assert answer.answered
    assert "first 500 characters" in answer.text


def test_non_string_input_is_tolerated(assistant):
    _check(assistant.ask(None))  # type: ignore[arg-type]
    _check(assistant.ask(42))  # type: ignore[arg-type]
    _check(assistant.ask("how much did russians spend", context="garbage"))  # type: ignore[arg-type]
    _check(assistant.ask("in yuan?", context={"stems": [1, None, {"x": 2}]}))


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=300))
def test_any_text_gets_an_answer(assistant, text):
    _check(assistant.ask(text))


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            [
                "russians",
                "spend",
                "2018",
                "in",
                "yuan",
                "share",
                "of",
                "aliexpress",
                "users",
                "and",
                "what",
                "about",
                "ratio",
                "growth",
                "per",
                "year",
                "total",
                "e-commerce",
                "jd",
                "?",
                "%",
                "how",
                "many",
                "times",
                "than",
                "online",
                "shopping",
                "not",
                "between",
                "1",
                "dollar",
            ]
        ),
        max_size=12,
    ),
    st.lists(st.text(max_size=30), max_size=3),
)
def test_word_salad_and_follow_ups_never_crash(assistant, words, previous):
    context = None
    for question in [*previous, " ".join(words)]:
        answer = assistant.ask(question, context)
        _check(answer)
        context = answer.context


@pytest.mark.catch_all_expected
def test_a_crash_is_an_apology_for_users_and_logged_for_developers(assistant, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("matcher bug")

    monkeypatch.setattr(assistant.matcher, "understand", broken)
    answer = assistant.ask("how much did russians spend")
    assert not answer.answered
    assert "went wrong" in answer.text


def test_the_catch_all_guard_fails_a_test_in_which_it_fires(pytester):
    """A matcher that always raises must not pass the suite: the guard reports it."""
    conftest = Path(__file__).with_name("conftest.py")
    pytester.makeconftest(
        "import importlib.util\n"
        f"spec = importlib.util.spec_from_file_location('real_conftest', {str(conftest)!r})\n"
        "real = importlib.util.module_from_spec(spec)\n"
        "spec.loader.exec_module(real)\n"
        "fail_when_the_catch_all_fires = real.fail_when_the_catch_all_fires\n"
        "assistant = real.assistant\n"
    )
    pytester.makepyfile(
        """
        def test_crashing_matcher(assistant):
            def broken(*a, **k):
                raise RuntimeError("boom")
            assistant.matcher.understand = broken
            assert not assistant.ask("how much did russians spend").answered
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    assert result.ret != 0  # the run is red: the test errors in its teardown
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(["*catch-all fired*"])
