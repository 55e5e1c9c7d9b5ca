"""Turning typed text into comparable word stems: case, punctuation, plurals, joined words.

The same functions process the fact base's vocabulary and the user's question, so the
two always meet in the same form.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

MAX_QUESTION_CHARS = 500
_SYMBOLS = {
    "->": " to ",
    "%": " percent ",
    "$": " usd ",
    "¥": " yuan ",
    "€": " eur ",
    "£": " gbp ",
    "&": " and ",
    ">": " more than ",
    "<": " less than ",
    "=": " is ",
    " + ": " plus ",  # "Chinese + non-Chinese": the word, not a bound ("60m+")
}
_WORD = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*")
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
_DOUBLE_END = re.compile(r"([bcdfgkmnprt])\1$")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_US = re.compile(r"\bU\.?S\.?(?=\W|$)(?!\s*(?:dollar|\$|d\b))")
_THOUSANDS = re.compile(r"(\d),(\d{3})")
_NUMBER_WORD = re.compile(r"(?<![a-z])(\d+(?:\.\d+)?)([a-z])")
_POSSESSIVE = re.compile(r"'s\b")
_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
# "more than 1/3": a simple fraction is a share (never "6.3tn/921.9bn" or a date "1/3/2017")
_FRACTION = re.compile(r"(?<![\d./])([1-9])\s?/\s?([2-9]|10)(?![\d./])")
# "60m+ active users": a figure and a plus after it is a lower bound
_AT_LEAST = re.compile(
    r"(?<![\w.])(\d+(?:\.\d+)?\s?(?:k|m|mn|mln|bn|b|tn|million|billion|trillion)?)\+(?!\d)"
)

# "a ratio of 3 to 1", "3:1": so many times the other (never "from 0.5 to 1 trillion")
_TO_ONE = re.compile(
    r"(?<![\w.:])(\d+(?:\.\d+)?)\s*(?::|-to-|\s+to\s+)\s*(?:1|one)(?![\w,:%]|\.\d)"
    r"(?!\s*(?:percent|million|billion|trillion|thousand|bn|tn|mn|yuan|dollars?|usd|cny|rmb)\b)"
)


def _share(match: re.Match) -> str:
    numerator, denominator = int(match.group(1)), int(match.group(2))
    if numerator >= denominator:
        return match.group(0)
    return f"{100 * numerator / denominator:.4f} percent"


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lowercase, strip accents and control characters, spell symbols as words."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))  # é -> e
    text = unicodedata.normalize("NFKC", text)
    text = _CONTROL.sub(" ", text)
    text = _US.sub("USA", text)  # "US" in capitals is the country, unless it qualifies dollars
    text = text.translate(_QUOTES).lower()
    text = _FRACTION.sub(_share, text)
    text = _TO_ONE.sub(r"\1 times", text)
    text = _AT_LEAST.sub(r" over \1 ", text)
    for symbol, word in _SYMBOLS.items():
        text = text.replace(symbol, word)
    text = _THOUSANDS.sub(r"\1\2", text)  # 28,000 -> 28000
    text = _NUMBER_WORD.sub(r"\1 \2", text)  # 4.3bn -> 4.3 bn
    text = _POSSESSIVE.sub("", text)
    return _HYPHEN.sub("", text)  # cross-border -> crossborder


def words(text: str) -> list[str]:
    """Folded words; trailing dots and apostrophes dropped."""
    return [w.strip(".'") for w in _WORD.findall(fold(text)) if w.strip(".'")]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A small suffix stripper: enough to make plurals and verb forms meet.

    users -> user, countries -> country, shopping/shopped -> shop, purchases -> purchas.
    """
    if len(word) <= 3 or _NUMBER.match(word) or not word.isalpha():
        return word
    if word.endswith("ively") and len(word) > 7:
        word = word[:-2]  # "actively" -> "active": the adverb of the article's adjective
    for suffix, replacement in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                break
            if suffix == "es" and not word.endswith(("sses", "xes", "zes", "ches", "shes")):
                continue  # "times" -> "time", like "time"; "taxes" -> "tax"
            word = word[: -len(suffix)] + replacement
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    if _DOUBLE_END.search(word):
        word = word[:-1]
    return word


def stems(text: str) -> list[str]:
    return [stem(w) for w in words(text)]


_FOREIGN_WORD = re.compile(r"[^\W\d_]{2,}")


def foreign_words(text: str) -> list[str]:
    """Words written in a script other than Latin ("сколько", "多少"): `words()` cannot
    read them, so a question holding one must not be answered from what is left."""
    found = []
    for word in _FOREIGN_WORD.findall(unicodedata.normalize("NFKC", text)):
        letters = [ch for ch in word if ch.isalpha()]
        if any(not unicodedata.name(ch, "").startswith("LATIN") for ch in letters):
            found.append(word)
    return found


def is_number(word: str) -> bool:
    return bool(_NUMBER.match(word))


def either(phrases: Iterable[str]) -> str:
    """A regex alternation of the phrases, longest first, any run of spaces between words
    (for patterns built from the lexicon's phrases, cached by their callers)."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)
