"""Which strings are English words, and which parts of speech they can be.

Two decisions need it. A real word is never "corrected" into another one ("send" is not a
typo of "spend", nor "ruble" of "rule"). And a real word the fact base does not know is
judged, not just counted: a verb or adverb that cannot name a subject, a measure or a place
("splurged", "reportedly") leaves the question answerable, a noun or adjective does not.

The word list is plain text shipped with the package (see scripts/build_english_words.py),
read on first use only: most questions never need it.
"""

from __future__ import annotations

import gzip
from contextlib import suppress
from functools import lru_cache
from pathlib import Path

WORDS_PATH = Path(__file__).with_name("data") / "english_words.txt.gz"
ADDITIONS_PATH = Path(__file__).with_name("data") / "english_additions.txt"
NOUN, VERB, ADJECTIVE, ADVERB = "N", "V", "A", "R"


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    try:
        text = gzip.decompress(WORDS_PATH.read_bytes()).decode("utf-8")
    except (OSError, EOFError, ValueError):
        return {}  # without the list every unknown word stays unknown: safe, only stricter
    with suppress(OSError, ValueError):  # the newer words only refine the list
        text += "\n" + ADDITIONS_PATH.read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, _, tags = line.partition("\t")
            table[word] = tags
    return table


def parts_of_speech(word: str) -> str:
    """ "NV" for "wish", "V" for "splurged", "" for a word that is not English."""
    return _table().get(word.lower(), "")


def is_english(word: str) -> bool:
    return bool(parts_of_speech(word))


def only_describes_an_action(word: str) -> bool:
    """A verb or adverb with no noun or adjective reading: it can restate how something
    happened but cannot name what the question is about."""
    tags = parts_of_speech(word)
    return bool(tags) and not (set(tags) & {NOUN, ADJECTIVE})


def singular_of(noun: str) -> str:
    """ "countries" -> "country", "language versions" -> "language version": the noun a
    count asks for, as an answer names one of them (answers add the plural back)."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun.removesuffix("s")
