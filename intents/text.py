"""Turning typed text into comparable word stems: case, punctuation, plurals, joined words.

The same functions process the fact base's vocabulary and the user's question, so the
two always meet in the same form.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MAX_QUESTION_CHARS = 500
_SYMBOLS = {"%": " percent ", "$": " usd ", "¥": " yuan ", "€": " eur ", "£": " gbp ", "&": " and "}
_WORD = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*")
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
_DOUBLE_END = re.compile(r"([bcdfgkmnprt])\1$")


def fold(text: str) -> str:
    """Lowercase, strip accents and control characters, spell symbols as words."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    # "US" in capitals is the country, unless it qualifies dollars.
    text = re.sub(r"\bU\.?S\.?(?=\W|$)(?!\s*(?:dollar|\$|d\b))", "USA", text)
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'").lower()
    for symbol, word in _SYMBOLS.items():
        text = text.replace(symbol, word)
    text = re.sub(r"(\d),(\d{3})", r"\1\2", text)  # 28,000 -> 28000
    text = re.sub(r"(\d)([a-z])", r"\1 \2", text)  # 4.3bn -> 4.3 bn
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", "", text)  # cross-border -> crossborder
    return text


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
    for suffix, replacement in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                break
            word = word[: -len(suffix)] + replacement
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    if _DOUBLE_END.search(word):
        word = word[:-1]
    return word


def stems(text: str) -> list[str]:
    return [stem(w) for w in words(text)]


def is_number(word: str) -> bool:
    return bool(_NUMBER.match(word))
