"""Numbers written the way people write them: "$3.44 billion", "33.3%", "28,000 respondents"."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from bot.quantity import Quantity

_SCALES = (
    (Decimal(10) ** 12, "trillion"),
    (Decimal(10) ** 9, "billion"),
    (Decimal(10) ** 6, "million"),
)
RATE_UNIT = "CNY/USD"


def plain(value: Decimal, places: int = 2) -> str:
    """Round half up to `places`, drop trailing zeros, group thousands."""
    exponent = Decimal(1).scaleb(-places)
    rounded = value.quantize(exponent, rounding=ROUND_HALF_UP)
    if rounded == 0 and value != 0 and places < 8:
        return plain(value, places + 2)
    text = f"{rounded:,.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def scaled(value: Decimal) -> str:
    """4300000000 -> "4.3 billion"; numbers under a million stay as they are. A value that
    rounds up to the next scale is written in it: "1 billion", never "1,000 million"."""
    magnitude = abs(value)
    for index, (size, word) in enumerate(_SCALES):
        if magnitude >= size:
            text = plain(value / size)
            if text.lstrip("-") == "1,000" and index > 0:
                bigger, bigger_word = _SCALES[index - 1]
                return f"{plain(value / bigger)} {bigger_word}"
            return f"{text} {word}"
    return plain(value)


def bare(quantity: Quantity) -> str:
    """The number with its unit, without a qualifier."""
    value, unit = quantity.value, quantity.unit
    if unit == "USD":
        text = scaled(value)
        return f"-${text[1:]}" if text.startswith("-") else f"${text}"
    if unit == "CNY":
        return f"{scaled(value)} yuan"
    if unit == "%":
        return f"{plain(value, 1)}%"
    if unit == "pp":
        return f"{plain(value, 1)} percentage points"
    if unit == "ratio":
        return f"{plain(value, 2)} times"
    if unit == RATE_UNIT:
        return f"{plain(value, 4)} yuan per US dollar"
    if unit == "USD/CNY":
        return f"${plain(value, 5)} per yuan"
    if unit == "year":
        return str(int(value))
    if unit == "years":
        return f"{int(value)} year" if value == 1 else f"{plain(value)} years"
    return f"{scaled(value)} {unit}"


def written(quantity: Quantity) -> str:
    """The number as a sentence would carry it: "up to $3.44 billion", "8.8 trillion yuan
    (expected)"."""
    word = quantity.qualifier
    text = f"{word} {bare(quantity)}" if word else bare(quantity)
    return f"{text} ({quantity.forecast})" if quantity.forecast else text


def json_number(value: Decimal) -> int | float:
    """A plain JSON number: integers stay integers, others keep 6 decimals."""
    if value == value.to_integral_value():
        return int(value)
    return float(round(value, 6))
