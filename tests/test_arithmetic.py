"""Every derived figure, worked out by hand here with Decimal and compared with the
Calculator; unit refusals; how qualifiers travel through arithmetic; algebraic properties."""

from __future__ import annotations

from decimal import Decimal, localcontext

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import operations
from bot.calculator import Calculator, Result
from bot.operations import UnitMismatch
from bot.quantity import LOWER, UPPER, Quantity
from intents.facts import Fact

D = Decimal
REL = D("1e-20")
ANY = object()  # "not checked in this table" (see the dedicated test)
OPS = {*operations.BINARY, "cagr"}


def close(actual: Decimal, expected: Decimal, rel: Decimal = REL) -> bool:
    if expected == 0:
        return abs(actual) <= rel
    return abs(actual - expected) <= abs(expected) * rel


@pytest.fixture(scope="module")
def calc(base) -> Calculator:
    return Calculator(base)


def _formula_fact(base, op: str, args: tuple[str, str]) -> Fact:
    matches = [
        f for f in base.facts.values() if f.formula and (f.formula.op, f.formula.args) == (op, args)
    ]
    assert len(matches) == 1, f"expected one formula {op}{args}, found {[f.id for f in matches]}"
    return matches[0]


# Operands named by (value, unit, entity) as the article gives them.
RUSSIA_TOTAL = ("4.3e9", "USD", "russia")
RUSSIA_SHARE = (80, "%", "russia")
RESPONDENTS = (28000, "respondents", "survey")
SHOPPED_SHARE = (21, "%", "survey")
ACTIVE = ("6e7", "users", "aliexpress")
PURCHASERS = ("2e7", "users", "aliexpress")
USER_TARGET = ("1e8", "users", "aliexpress")
CONSUMERS_2025 = ("2e9", "consumers", "alibaba")
OVERSEAS_2025 = ("1e9", "consumers", "alibaba")
VOLUME_2016 = ("6.3e12", "CNY", "china")
VOLUME_2016_USD = ("921.9e9", "USD", "china")
VOLUME_2018 = ("8.8e12", "CNY", "china")
SHOPPING_2016 = ("4.7e12", "CNY", "china")
SHOPPING_GROWTH = ("24.7", "%", "china")
RETAIL_SHARE = (14, "%", "china")
ECOMMERCE = ("26.1e12", "CNY", "china")
GLOBAL_SHARE = ("39.2", "%", "china")

RUSSIA_CHINESE = ("share_of", RUSSIA_SHARE, RUSSIA_TOTAL)

# (name, op, first operand, second operand, expected value, unit, qualifier, forecast)
# An operand is either a stated figure or another formula row's (op, a, b).
DERIVED = [
    ("russia_chinese", *RUSSIA_CHINESE, D("0.8") * D("4.3e9"), "USD", "up to", None),
    ("russia_other", "difference", RUSSIA_TOTAL, RUSSIA_CHINESE, D("4.3e9") - D("3.44e9"),
     "USD", ANY, None),
    ("respondents_chinese", "share_of", SHOPPED_SHARE, RESPONDENTS, D("0.21") * 28000,
     "respondents", "up to", None),
    ("purchaser_share", "percent", PURCHASERS, ACTIVE, D(20) / D(60) * 100, "%", "about", None),
    ("shopping_2015", "before_growth", SHOPPING_2016, SHOPPING_GROWTH, D("4.7e12") / D("1.247"),
     "CNY", None, None),
    ("total_retail", "implied_whole", SHOPPING_2016, RETAIL_SHARE, D("4.7e12") / D("0.14"),
     "CNY", None, None),
    ("global_ecommerce", "implied_whole", ECOMMERCE, GLOBAL_SHARE, D("26.1e12") / D("0.392"),
     "CNY", None, None),
    ("cross_border_increase", "difference", VOLUME_2018, VOLUME_2016, D("2.5e12"), "CNY", None,
     "expected"),
    ("cross_border_growth", "growth", VOLUME_2016, VOLUME_2018, (D("8.8") / D("6.3") - 1) * 100,
     "%", None, "expected"),
    ("cross_border_cagr", "cagr", VOLUME_2016, VOLUME_2018,
     ((D("8.8") / D("6.3")).sqrt() - 1) * 100, "%", None, "expected"),
    ("alibaba_overseas_share", "percent", OVERSEAS_2025, CONSUMERS_2025, D(50), "%", None,
     "expected"),
    ("aliexpress_target_gap", "difference", USER_TARGET, ACTIVE, D("4e7"), "users", "up to",
     "target"),
    ("implied_rate", "rate", VOLUME_2016, VOLUME_2016_USD, D("6.3e12") / D("921.9e9"), "CNY/USD",
     None, None),
    ("implied_dollar_rate", "rate", VOLUME_2016_USD, VOLUME_2016, D("921.9e9") / D("6.3e12"),
     "USD/CNY", None, None),
]  # fmt: skip


def _resolve(base, stated, operand) -> Fact:
    """A stated figure, or the formula fact that computes (op, a, b)."""
    if operand[0] in OPS:
        op, first, second = operand
        args = (_resolve(base, stated, first).id, _resolve(base, stated, second).id)
        return _formula_fact(base, op, args)
    return stated(*operand)


@pytest.mark.parametrize(
    ("name", "op", "first", "second", "expected", "unit", "qualifier", "forecast"),
    DERIVED,
    ids=[row[0] for row in DERIVED],
)
def test_derived_figure(base, stated, calc, name, op, first, second, expected, unit, qualifier,
                        forecast):  # fmt: skip
    fact = _resolve(base, stated, (op, first, second))
    result = calc.fact(fact.id)
    q = result.quantity
    assert q is not None
    assert close(q.value, expected), f"{name}: {q.value} != {expected}"
    assert q.unit == unit
    if qualifier is not ANY:
        assert q.qualifier == qualifier
    assert q.forecast == forecast
    assert result.steps, "a derived figure shows its working"
    assert set(fact.formula.args) <= set(result.fact_ids)
    assert result.fact_ids[0] == fact.id


def test_every_formula_is_checked_by_hand(base, stated):
    """A formula added to facts.yaml needs a hand-worked row in DERIVED."""
    checked = {_resolve(base, stated, (op, a, b)).id for _, op, a, b, *_ in DERIVED}
    formulas = {f.id for f in base.facts.values() if f.formula}
    assert formulas - checked == set()


def test_implied_rate_is_the_articles(calc):
    assert close(calc.yuan_per_dollar, D("6.3e12") / D("921.9e9"))


def test_remainder_of_an_upper_bound_stays_upper_bound(base, stated, calc):
    fact = _resolve(base, stated, ("difference", RUSSIA_TOTAL, RUSSIA_CHINESE))
    assert calc.fact(fact.id).quantity.qualifier == "up to"


# --- on-demand combinations ---------------------------------------------------------------
def _r(calc, stated, spec) -> Result:
    return calc.fact(stated(*spec).id)


def test_percent_across_currencies_converts_at_the_articles_rate(calc, stated):
    """$4.3 billion as a share of 6.3 trillion yuan = 4.3 / 921.9 (the same amount in USD)."""
    result = calc.combine("percent", _r(calc, stated, RUSSIA_TOTAL), _r(calc, stated, VOLUME_2016))
    assert result.quantity.unit == "%"
    assert close(result.quantity.value, D("4.3") / D("921.9") * 100)
    assert result.quantity.qualifier == "up to"


def test_difference_of_percentages_is_in_points(calc, stated):
    result = calc.combine(
        "difference", _r(calc, stated, GLOBAL_SHARE), _r(calc, stated, RETAIL_SHARE)
    )
    assert result.quantity.unit == "pp"
    assert result.quantity.value == D("39.2") - 14


def test_difference_of_years(calc, stated):
    jd, aliexpress = stated(2015, "year", "jd"), stated(2010, "year", "aliexpress")
    result = calc.combine("difference", calc.fact(jd.id), calc.fact(aliexpress.id))
    assert (result.quantity.value, result.quantity.unit) == (5, "years")


# --- unit refusals -------------------------------------------------------------------------
def _readable(message: str) -> None:
    assert message and "\n" not in message
    assert "Quantity(" not in message and "Decimal(" not in message


@pytest.mark.parametrize(
    ("op", "first", "second", "words"),
    [
        ("ratio", VOLUME_2016, ACTIVE, ("yuan", "users")),
        ("ratio", ACTIVE, RUSSIA_TOTAL, ("users", "dollars")),
        ("percent", ACTIVE, RUSSIA_TOTAL, ("users", "dollars")),
        ("percent", RESPONDENTS, VOLUME_2016, ("respondents", "yuan")),
        ("percent", RUSSIA_SHARE, RUSSIA_TOTAL, ("percentages",)),
        ("difference", VOLUME_2016, RUSSIA_SHARE, ("yuan", "percentages")),
        ("share_of", RESPONDENTS, RUSSIA_TOTAL, ("percentage",)),
        ("growth", RUSSIA_SHARE, RUSSIA_SHARE, ("percentages",)),
    ],
)
def test_mismatched_units_are_refused_with_a_reason(calc, stated, op, first, second, words):
    with pytest.raises(UnitMismatch) as caught:
        calc.combine(op, _r(calc, stated, first), _r(calc, stated, second))
    message = str(caught.value)
    _readable(message)
    for word in words:
        assert word in message


def test_yuan_divided_by_users_says_it_is_not_a_ratio(calc, stated):
    with pytest.raises(UnitMismatch, match=r"yuan divided by users is not a ratio"):
        calc.combine("ratio", _r(calc, stated, VOLUME_2016), _r(calc, stated, ACTIVE))


def test_years_cannot_be_divided(calc, stated):
    jd, aliexpress = stated(2015, "year", "jd"), stated(2010, "year", "aliexpress")
    with pytest.raises(UnitMismatch, match="years"):
        calc.combine("ratio", calc.fact(jd.id), calc.fact(aliexpress.id))


@pytest.mark.parametrize("spec", [RESPONDENTS, RUSSIA_SHARE, ACTIVE, (2010, "year", "aliexpress")])
def test_converting_a_non_money_figure_is_refused(calc, stated, spec):
    with pytest.raises(UnitMismatch) as caught:
        calc.convert(_r(calc, stated, spec), "USD")
    _readable(str(caught.value))
    assert "money" in str(caught.value)


def test_statements_cannot_be_computed_or_converted(base, calc, stated):
    text = next(f for f in base.facts.values() if f.is_text)
    with pytest.raises(UnitMismatch, match="statement"):
        calc.combine("ratio", calc.fact(text.id), _r(calc, stated, ACTIVE))
    with pytest.raises(UnitMismatch):
        calc.convert(calc.fact(text.id), "USD")


# --- qualifiers ----------------------------------------------------------------------------
def test_up_to_times_exact_share_stays_up_to(calc, stated):
    result = calc.combine(
        "share_of", _r(calc, stated, RUSSIA_SHARE), _r(calc, stated, RUSSIA_TOTAL)
    )
    assert result.quantity.bound == UPPER and result.quantity.qualifier == "up to"
    assert not result.quantity.approx


def test_ratio_of_two_more_than_figures_is_about(calc, stated):
    result = calc.combine("ratio", _r(calc, stated, ACTIVE), _r(calc, stated, PURCHASERS))
    assert close(result.quantity.value, D(3))
    assert result.quantity.qualifier == "about" and result.quantity.bound is None


def test_difference_of_two_more_than_figures_is_about(calc, stated):
    result = calc.combine("difference", _r(calc, stated, ACTIVE), _r(calc, stated, PURCHASERS))
    assert result.quantity.qualifier == "about"


def test_more_than_minus_exact_stays_more_than(calc, stated):
    exact_20m = Result(Quantity(D("2e7"), "users"), None, (), ())
    result = calc.combine("difference", _r(calc, stated, ACTIVE), exact_20m)
    assert result.quantity.bound == LOWER and close(result.quantity.value, D("4e7"))


@pytest.mark.parametrize("spec", [VOLUME_2016, VOLUME_2018, RUSSIA_TOTAL, VOLUME_2016_USD])
def test_currency_round_trip_at_the_implied_rate(calc, stated, spec):
    original = _r(calc, stated, spec)
    other = "USD" if original.quantity.unit == "CNY" else "CNY"
    there = calc.convert(original, other)
    back = calc.convert(there, original.quantity.unit)
    assert there.quantity.unit == other
    assert close(back.quantity.value, original.quantity.value)
    for q in (there.quantity, back.quantity):
        assert (q.bound, q.approx, q.forecast) == (
            original.quantity.bound,
            original.quantity.approx,
            original.quantity.forecast,
        )
    assert len(back.steps) == 2


def test_yuan_volume_converts_to_the_articles_dollar_figure(calc, stated):
    dollars = calc.convert(_r(calc, stated, VOLUME_2016), "USD").quantity
    assert dollars.unit == "USD" and close(dollars.value, D("921.9e9"))
    yuan = calc.convert(_r(calc, stated, VOLUME_2016_USD), "CNY").quantity
    assert yuan.unit == "CNY" and close(yuan.value, D("6.3e12"))


def test_converting_to_the_same_currency_is_identity(calc, stated):
    original = _r(calc, stated, VOLUME_2016)
    assert calc.convert(original, "CNY").quantity == original.quantity


# --- properties ----------------------------------------------------------------------------
amounts = st.decimals(min_value=D("0.01"), max_value=D("1e15"), places=2, allow_nan=False,
                      allow_infinity=False)  # fmt: skip
units = st.sampled_from(["USD", "CNY", "users", "respondents"])
qualifiers = st.sampled_from([None, "up to", "more than", "about", "expected"])
shares = st.decimals(min_value=D("0.1"), max_value=D("100"), places=1)
# end / start as in real figures: a hundredth to a hundredfold (28 digits stay ample)
factors = st.decimals(min_value=D("0.01"), max_value=D("100"), places=4)
rates = st.decimals(min_value=D("0.01"), max_value=D("1000"), places=6)

FAST = settings(max_examples=60, deadline=None)


@FAST
@given(part=amounts, whole=amounts, unit=units)
def test_percent_then_share_of_gives_the_part_back(part, whole, unit):
    pct = operations.percent(Quantity(part, unit), Quantity(whole, unit)).result
    back = operations.share_of(pct, Quantity(whole, unit)).result
    assert back.unit == unit
    assert close(back.value, part)


@FAST
@given(value=amounts, rate=rates, qualifier=qualifiers)
def test_usd_to_cny_to_usd_is_identity(value, rate, qualifier):
    dollars = Quantity.of(value, "USD", qualifier)
    yuan = operations.convert(dollars, "CNY", rate).result
    back = operations.convert(yuan, "USD", rate).result
    assert back.unit == "USD"
    assert close(back.value, value)
    assert (back.bound, back.approx, back.forecast) == (
        dollars.bound,
        dollars.approx,
        dollars.forecast,
    )


@FAST
@given(a=amounts, b=amounts, unit=units)
def test_difference_plus_subtrahend_is_minuend(a, b, unit):
    diff = operations.difference(Quantity(a, unit), Quantity(b, unit)).result
    assert diff.unit == unit
    assert diff.value + b == a


@FAST
@given(start=amounts, factor=factors)
def test_growth_then_before_growth_gives_the_start(start, factor):
    end = start * factor
    rise = operations.growth(Quantity(start, "CNY"), Quantity(end, "CNY")).result
    back = operations.before_growth(Quantity(end, "CNY"), rise).result
    assert close(back.value, start, D("1e-18"))


@FAST
@given(whole=amounts, share=shares, qualifier=qualifiers)
def test_implied_whole_inverts_share_of(whole, share, qualifier):
    whole_q = Quantity.of(whole, "CNY", qualifier)
    part = operations.share_of(Quantity(share, "%"), whole_q).result
    assert part.qualifier == whole_q.qualifier, "an exact share keeps the whole's qualifier"
    back = operations.implied_whole(part, Quantity(share, "%")).result
    assert close(back.value, whole)


@FAST
@given(start=amounts, factor=factors, years=st.integers(min_value=1, max_value=10))
def test_cagr_compounds_back_to_the_end(start, factor, years):
    end = start * factor
    yearly = operations.cagr(Quantity(start, "CNY"), Quantity(end, "CNY"), years).result
    with localcontext() as ctx:
        ctx.prec = 40
        compounded = start * (1 + yearly.value / 100) ** years
    assert close(compounded, end, D("1e-18"))
