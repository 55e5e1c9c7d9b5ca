"""Rebuild `intents/data/english_words.txt.gz`: every English word form with its parts of
speech, from the lookup tables of the LemmInflect package (MIT licence; its word lists come
from the SPECIALIST Lexicon). factbot reads the result as plain text at run time, so it needs
neither the package nor its pickled models.

    pip install lemminflect && python scripts/build_english_words.py
"""

from __future__ import annotations

import csv
import gzip
import io
from collections import defaultdict
from pathlib import Path

import lemminflect

TAGS = {"noun": "N", "verb": "V", "aux": "V", "adj": "A", "adv": "R"}
OUT = Path(__file__).resolve().parent.parent / "intents" / "data" / "english_words.txt.gz"


def main() -> None:
    resources = Path(lemminflect.__file__).parent / "resources"
    pos: dict[str, set[str]] = defaultdict(set)
    with gzip.open(resources / "lemma_lu.csv.gz", "rt", encoding="utf-8") as rows:
        for word, tag, _lemma in csv.reader(rows):
            pos[word.lower()].add(TAGS[tag])
    with gzip.open(resources / "infl_lu.csv.gz", "rt", encoding="utf-8") as rows:
        for lemma, tag, *forms in csv.reader(rows):
            for form in [lemma, *"/".join(forms).split("/")]:
                pos[form.lower()].add(TAGS[tag])
    text = io.StringIO()
    text.write("# English word forms and parts of speech (N noun, V verb, A adjective, R adverb)\n")
    text.write("# Built by scripts/build_english_words.py from LemmInflect's lookup tables.\n")
    for word in sorted(pos):
        if word.isascii() and word.replace("'", "").replace("-", "").isalpha():
            text.write(f"{word}\t{''.join(sorted(pos[word]))}\n")
    OUT.write_bytes(gzip.compress(text.getvalue().encode("utf-8"), mtime=0))
    print(f"{OUT}: {len(pos)} words")


if __name__ == "__main__":
    main()
