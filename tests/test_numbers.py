"""Numbers as people write them, and as the JSON contract carries them."""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answer import Answer
from bot.calculator import Calculator
from bot.numbers import RATE_UNIT, bare, json_number, plain, scaled, written
from bot.quantity import Quantity

D = Decimal


@pytest.fixture(scope="module")
def calc(base) -> Calculator:
    return Calculator(base)


def _formula(base, op: str, *args: str) -> str:
    ids = [
        f.id
        for f in base.facts.values()
        if f.formula and (f.formula.op, f.formula.args) == (op, args)
    ]
    assert len(ids) == 1, f"expected one formula {op}{args}, found {ids}"
    return ids[0]


# --- figures from the fact base, written out ----------------------------------------------
def test_russians_spend_on_chinese_platforms(base, stated, calc):
    share, total = stated(80, "%", "russia"), stated("4.3e9", "USD", "russia")
    quantity = calc.fact(_formula(base, "share_of", share.id, total.id)).quantity
    assert bare(quantity) == "$3.44 billion"
    assert written(quantity) == "up to $3.44 billion"


def test_stated_figures_written(calc, stated):
    def text(*spec) -> str:
        return written(calc.fact(stated(*spec).id).quantity)

    assert text("6.3e12", "CNY", "china") == "6.3 trillion yuan"
    assert text("8.8e12", "CNY", "china") == "8.8 trillion yuan (expected)"
    assert text(28000, "respondents", "survey") == "28,000 respondents"
    assert text("2e7", "users", "aliexpress") == "more than 20 million users"
    assert text("4.3e9", "USD", "russia") == "up to $4.3 billion"
    assert text("921.9e9", "USD", "china") == "$921.9 billion"
    assert text(2010, "year", "aliexpress") == "2010"
    assert text("24.7", "%", "china") == "24.7%"


def test_purchaser_share(base, stated, calc):
    part, whole = stated("2e7", "users", "aliexpress"), stated("6e7", "users", "aliexpress")
    quantity = calc.fact(_formula(base, "percent", part.id, whole.id)).quantity
    assert bare(quantity) == "33.3%"
    assert written(quantity) == "about 33.3%"


@pytest.mark.parametrize(
    ("quantity", "text"),
    [
        (Quantity(D("1.34"), "ratio"), "1.34 times"),
        (Quantity(D("1.335"), "ratio"), "1.34 times"),  # half up
        (Quantity(D("1.3449"), "ratio"), "1.34 times"),
        (Quantity(D("3"), "ratio"), "3 times"),
        (Quantity(D("3.44e9"), "USD", bound="upper"), "up to $3.44 billion"),
        (Quantity(D("2e7"), "users", bound="lower"), "more than 20 million users"),
        (Quantity(D("33.3333"), "%", approx=True), "about 33.3%"),
        (Quantity(D("0.05"), "%"), "0.1%"),
        (Quantity(D("25.2"), "pp"), "25.2 percentage points"),
        (Quantity(D("-8.6e8"), "USD"), "-$860 million"),
        (Quantity(D("-8.6e8"), "CNY"), "-860 million yuan"),
        (Quantity(D("6.833712984"), RATE_UNIT), "6.8337 yuan per US dollar"),
        (Quantity(D("4e7"), "users", bound="upper", forecast="target"),
         "up to 40 million users (target)"),
        (Quantity(D("2025"), "year"), "2025"),
        (Quantity(D("5880"), "respondents"), "5,880 respondents"),
        (Quantity(D("1e12"), "CNY"), "1 trillion yuan"),
        (Quantity(D("3571428571428.5714"), "CNY"), "3.57 trillion yuan"),
    ],
)  # fmt: skip
def test_written(quantity, text):
    assert written(quantity) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (D("28000"), "28,000"),
        (D("1234567.891"), "1,234,567.89"),
        (D("4.30"), "4.3"),
        (D("0.004"), "0.004"),  # too small for 2 places: more places, not "0"
        (D("-0.004"), "-0.004"),
        (D("0"), "0"),
        (D("2.005"), "2.01"),  # half up, not banker's
    ],
)
def test_plain(value, text):
    assert plain(value) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (D("4.3e9"), "4.3 billion"),
        (D("6.3e12"), "6.3 trillion"),
        (D("1e8"), "100 million"),
        (D("999999"), "999,999"),
        (D("1e6"), "1 million"),
        (D("-4.3e9"), "-4.3 billion"),
    ],
)
def test_scaled(value, text):
    assert scaled(value) == text


@pytest.mark.parametrize(
    ("quantity", "text"),
    [
        (Quantity(D("999999999"), "users"), "1 billion users"),
        (Quantity(D("999995000"), "USD"), "$1 billion"),
        (Quantity(D("999999999999.9"), "CNY"), "1 trillion yuan"),
    ],
)
def test_no_thousand_of_a_scale(quantity, text):
    assert written(quantity) == text


# --- JSON numbers ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (D("4.3") * D(10) ** 9, 4300000000),
        (D("3440000000.0"), 3440000000),
        (D("4.3E+9"), 4300000000),
        (D("28000"), 28000),
        (D("50.0"), 50),
        (D("-860000000.00"), -860000000),
        (D("33.33333333333333333333333333"), 33.333333),
        (D("6.833712984054669703872437358"), 6.833713),
    ],
)
def test_json_number(value, expected):
    number = json_number(value)
    assert number == expected
    assert type(number) is type(expected)


def test_json_number_of_a_stated_figure(stated):
    fact = stated("4.3e9", "USD", "russia")
    assert json.dumps(json_number(fact.value)) == "4300000000"


def test_answer_to_dict_contract():
    answer = Answer(
        question="q",
        answered=True,
        text="t",
        intent="lookup",
        value=D("3440000000.0"),
        unit="USD",
        qualifier="up to",
        facts=("a", "b"),
        confidence=1.0,
    )
    data = answer.to_dict()
    assert list(data) == [
        "question", "answered", "intent", "text", "value", "unit", "qualifier", "facts",
        "confidence", "suggestions",
    ]  # fmt: skip
    assert data["qualifier"] == "up to"
    assert json.loads(json.dumps(data))["value"] == 3440000000
    assert '"value": 3440000000,' in json.dumps(data)
    assert data["facts"] == ["a", "b"] and data["unit"] == "USD"
    refused = Answer(question="q", answered=False, text="no", unit="USD", qualifier="about")
    assert refused.to_dict()["value"] is None and refused.to_dict()["unit"] is None
    assert refused.to_dict()["qualifier"] is None


def test_answers_carry_integral_values_as_json_integers(assistant, base):
    """Whatever the matcher picks, an integral value is a JSON integer equal to it."""
    questions = [f"{fact.measure}?" for fact in base.facts.values() if fact.unit]
    integral = 0
    for question in questions:
        answer = assistant.ask(question)
        data = json.loads(json.dumps(answer.to_dict()))
        if answer.value is None:
            assert data["value"] is None
            continue
        if answer.value == answer.value.to_integral_value():
            integral += 1
            assert data["value"] == int(answer.value) and isinstance(data["value"], int)
        else:
            assert abs(data["value"] - float(answer.value)) <= 1e-6
    assert integral, "no answered question had an integral value"


# --- properties ------------------------------------------------------------------------------
@settings(max_examples=80, deadline=None)
@given(st.decimals(min_value=D("-1e16"), max_value=D("1e16"), places=0))
def test_json_number_keeps_integers(value):
    number = json_number(value)
    assert isinstance(number, int) and number == value


@settings(max_examples=80, deadline=None)
@given(st.decimals(min_value=D("-1e9"), max_value=D("1e9"), places=8))
def test_json_number_rounds_fractions_to_six_places(value):
    number = json_number(value)
    assert abs(D(repr(number)) - value) <= D("5e-7") + abs(value) * D("1e-15")


@settings(max_examples=80, deadline=None)
@given(st.decimals(min_value=D("0.01"), max_value=D("1e12"), places=4))
def test_plain_reads_back_as_the_rounded_value(value):
    text = plain(value)
    assert D(text.replace(",", "")) == value.quantize(D("0.01"), rounding=ROUND_HALF_UP)
