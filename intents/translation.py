"""Reading a question written in another language by rewriting it into the English the
rest of understanding reads.

Why a word-level rewrite and not a second matcher: every check that keeps a wrong figure
from leaving (years covered, answer kind, buyers and sellers, negation, premises) is
written once, over English words. A language then comes as data alone: a file of its
words and phrases with their English, and the name of its Snowball stemmer, which folds
the many case and verb endings of a word (потратили, потратить) onto one key.

The rewrite is all or nothing: a word of the question's script that the file does not
list is never dropped. The question is refused naming that word, because a missing word
may be the one that changes the subject, the year or the measure.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from intents.english import is_english
from intents.errors import FactBaseError, Problem
from intents.yaml_reader import LinedDict, LinedList, read_yaml

LANGUAGE_DIR = Path(__file__).parent
MAX_PHRASE = 5
DROP = "_"  # the English of a word that only decorates ("ли", "же")
_TOKEN = re.compile(
    r"[a-zA-Z][a-zA-Z0-9]*(?:\.[a-zA-Z][a-zA-Z0-9]*)+"  # jd.com, vip.com
    r"|\d+(?:[.,]\d+)*"  # 4,3 and 4.3 and 28,000
    r"|[^\W\d_][^\W_]*(?:-[^\W_]+)*"  # words, hyphenated or not: b2c-платформу
    r"|[$%¥€£?!.;:()<>=+/-]"
)
_ORDINAL_ENDING = re.compile(r"(?<=\d)-?(?:ого|ому|ом|ым|ый|ий|го|му|м|й|х)(?![^\W\d_])")
_SPACED_THOUSANDS = re.compile(r"(?<!\d)(\d{1,3})(?:[ \u00a0\u202f](\d{3}))+(?!\d)")


@dataclass(frozen=True)
class Rewrite:
    """A question rewritten into English, and the words that could not be."""

    text: str
    unknown: tuple[str, ...]


@dataclass(frozen=True)
class Language:
    """One language's words: phrase -> English, matched as typed first, then by stems."""

    code: str
    name: str  # as a reply names it: "Russian"
    script: str  # the Unicode script name its letters carry ("CYRILLIC")
    stemmer_name: str
    exact: dict[tuple[str, ...], str]  # forms as listed
    stemmed: dict[tuple[str, ...], str | None]  # None: forms of two rewrites share a stem
    after_number: frozenset[tuple[str, ...]]  # "2016 году": the year's own word
    latin: Transliteration | None = None  # how the language is typed in Latin letters

    def writes(self, word: str) -> bool:
        """Is this word written in the language's script?"""
        letters = [ch for ch in word if ch.isalpha()]
        return bool(letters) and all(
            unicodedata.name(ch, "").startswith(self.script) for ch in letters
        )

    def stems(self, tokens: list[str]) -> list[str]:
        return [_stem(self.stemmer_name, t) if self.writes(t) else t for t in tokens]

    def knows(self, tokens: list[str]) -> bool:
        key = tuple(tokens)
        return key in self.exact or self.stemmed.get(tuple(self.stems(tokens))) is not None

    def _english(self, tokens: list[str], stems: list[str]) -> str | None:
        found = self.exact.get(tuple(tokens))
        return found if found is not None else self.stemmed.get(tuple(stems))

    def rewrite(self, question: str, keep: Callable[[str], bool] | None = None) -> Rewrite:
        """The question in English words; numbers, Latin names and symbols kept as typed,
        and words `keep` accepts (the fact base's own names). A word is read as listed, else
        by its stem unless that stem belongs to two rewrites ("это" and "эта" both stem to
        "эт"): then it is not read at all."""
        text = unicodedata.normalize("NFKC", question).replace("ё", "е").replace("Ё", "Е")
        if self.script == "LATIN":
            text = _without_accents(text)  # "cuántos" is typed "cuantos" as often
        text = _SPACED_THOUSANDS.sub(lambda m: re.sub(r"\s", "", m.group(0)), text)
        text = _ORDINAL_ENDING.sub("", text)  # "2016-го", "2025-м": the number is the year
        typed = _split_hyphens(_TOKEN.findall(text), self)  # Latin names keep their case
        tokens = [t.lower() if self.writes(t) else t for t in typed]
        stems = self.stems(tokens)
        out: list[str] = []
        unknown: list[str] = []
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if token[0].isdigit():
                out.append(_number(token))
                i += 1
                continue
            if not self.writes(token):
                out.append(token)
                i += 1
                continue
            for size in range(min(MAX_PHRASE, len(tokens) - i), 0, -1):
                if size == 1 and keep is not None and keep(typed[i]):
                    english = typed[i]  # a name of the fact base's, typed in the question
                else:
                    english = self._english(tokens[i : i + size], stems[i : i + size])
                if english is not None:
                    key = tuple(stems[i : i + size])
                    if key in self.after_number and out and out[-1][:1].isdigit():
                        english = DROP  # "в 2016 году" is "in 2016"
                    if english != DROP:
                        out.append(english)
                    i += size
                    break
            else:
                unknown.append(token)
                i += 1
        return Rewrite(" ".join(out), tuple(dict.fromkeys(unknown)))


@dataclass(frozen=True)
class Transliteration:
    """Latin spellings of the script's letters ("zh" -> "ж"), longest first, with the two
    that depend on place: after a vowel ("y" in "saytah" is "й") and at a word's start
    ("et" in "eto" is "эт")."""

    letters: dict[str, str]
    after_vowel: dict[str, str]
    word_start: dict[str, str]
    vowels: frozenset[str]

    def to_script(self, word: str) -> str:
        out: list[str] = []
        i = 0
        longest = max(map(len, self.letters))
        while i < len(word):
            for size in range(min(longest, len(word) - i), 0, -1):
                chunk = word[i : i + size]
                if i == 0 and chunk in self.word_start:
                    found = self.word_start[chunk]
                elif out and out[-1][-1:] in self.vowels and chunk in self.after_vowel:
                    found = self.after_vowel[chunk]
                else:
                    found = self.letters.get(chunk)
                if found is not None:
                    out.append(found)
                    i += size
                    break
            else:
                out.append(word[i])
                i += 1
        return "".join(out)


def read_latin(question: str, language: Language, keep: Callable[[str], bool]) -> str | None:
    """A question typed in Latin letters in the language ("skolko potratili rossiyane"),
    rewritten into the script, or None when it reads as English. Words `keep` accepts (the
    fact base's own: "aliexpress", "volume") stay as typed. It is the language's only when
    a word that is no English word spells one of the language's in its script."""
    if language.latin is None:
        return None
    tokens = _TOKEN.findall(re.sub(r"['’]s\b", "", question))
    candidates = [t for t in tokens if t[0].isalpha() and t.isascii() and not keep(t)]
    foreign = [t for t in candidates if not is_english(t.lower()) and len(t) > 1]
    if not foreign:
        return None  # every word is English or the fact base's: nothing to spell
    spelled = {t: _spelled(language, t) for t in foreign}
    read = [t for t in foreign if language.knows([spelled[t]])]
    words = [t for t in tokens if t[0].isalpha()]
    if not read or (len(read) < 2 and len(foreign) * 2 < len(words)):
        return None  # one stray word ("yoy", "teh") does not make a question Russian
    spelled.update({t: _spelled(language, t) for t in candidates if t not in spelled})
    out = []
    for token in tokens:
        cyr = spelled.get(token)
        if cyr is not None and (language.knows([cyr]) or not is_english(token.lower())):
            out.append(cyr)
        else:
            out.append(token)
    return " ".join(out)


def _without_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def read_in_latin_script(
    question: str, language: Language, keep: Callable[[str], bool]
) -> Rewrite | None:
    """A question in a language written in Latin letters (Spanish, German): its rewrite,
    when at least two of its words are that language's and no English word, and they are
    a quarter of the words or more; otherwise None (it reads as English)."""
    if language.script != "LATIN":
        return None
    tokens = [t for t in _TOKEN.findall(_without_accents(question)) if t[0].isalpha()]
    theirs = [
        t
        for t in tokens
        if len(t) > 1 and not keep(t) and not is_english(t.lower()) and language.knows([t.lower()])
    ]
    if len(theirs) < 2 or len(theirs) * 4 < len(tokens):
        return None
    return language.rewrite(question, keep)


def _spelled(language: Language, token: str) -> str:
    """A Latin-typed word in the language's script, or as typed without a table."""
    if language.latin is None:
        return token
    return _known_spelling(language, language.latin.to_script(token.lower()))


def _known_spelling(language: Language, word: str) -> str:
    """The soft sign is often left out in Latin ("skolko", "prishlas")."""
    if language.knows([word]) or not language.knows([word + "ь"]):
        return word
    return word + "ь"


def _split_hyphens(tokens: list[str], language: Language) -> list[str]:
    """Hyphenated words are read whole when listed ("интернет-магазин"), else by parts."""
    out: list[str] = []
    for token in tokens:
        hyphenated = "-" in token and any(language.writes(p) for p in token.split("-"))
        if hyphenated and not language.knows([token]):
            out.extend(p for p in token.split("-") if p)
            continue
        out.append(token)
    return out


def _number(token: str) -> str:
    """ "4,3" is 4.3 in Russian; "28,000" stays the thousands it is in English."""
    if re.fullmatch(r"\d+,\d{1,2}", token) or re.fullmatch(r"\d+,\d{4,}", token):
        return token.replace(",", ".")
    return token


@lru_cache(maxsize=65536)
def _stem(stemmer_name: str, word: str) -> str:
    return _stemmer(stemmer_name).stemWord(word)


@lru_cache(maxsize=4)
def _stemmer(name: str):  # noqa: ANN202 - snowballstemmer has no types
    import snowballstemmer

    return snowballstemmer.stemmer(name)


@lru_cache(maxsize=4)
def load_language(path: Path) -> Language:
    """A language file: `words` maps each English rewrite to the forms that say it. A form
    listed under two rewrites is refused with its file:line, as a fact base is; forms of
    two rewrites that only share a stem are each read as listed, never by that stem."""
    raw = read_yaml(path)
    problems: list[Problem] = []
    if not isinstance(raw, LinedDict) or not isinstance(raw.get("words"), LinedDict):
        raise FactBaseError([Problem(str(path), 1, "needs 'words': a mapping")])
    code = str(raw.get("language", path.stem))
    script = str(raw.get("script", "")).upper()
    stemmer_name = str(raw.get("stemmer", ""))
    if not script or not stemmer_name:
        problems.append(Problem(str(path), raw.line, "needs 'script' and 'stemmer'"))
    try:
        _stemmer(stemmer_name)
    except (KeyError, ValueError, ImportError):
        line = raw.line_of("stemmer")
        raise FactBaseError([Problem(str(path), line, f"no stemmer '{stemmer_name}'")]) from None
    name = str(raw.get("name", code))
    probe = Language(code, name, script, stemmer_name, {}, {}, frozenset())
    exact: dict[tuple[str, ...], str] = {}
    stemmed: dict[tuple[str, ...], str | None] = {}
    where: dict[tuple[str, ...], int] = {}
    words_map: LinedDict = raw["words"]
    for key, dup_line in words_map.duplicates:
        problems.append(Problem(str(path), dup_line, f"'{key}' is given twice"))
    for english, forms in words_map.items():
        line = words_map.line_of(english)
        if isinstance(english, bool) or english is None:
            problems.append(Problem(str(path), line, f"a rewrite is read as {english}: quote it"))
            continue
        if not isinstance(forms, LinedList):
            problems.append(Problem(str(path), line, f"'{english}' needs a list of words"))
            continue
        for n, form in enumerate(forms):
            at = forms.lines[n] if n < len(forms.lines) else line
            written = str(form).lower().replace("ё", "е")
            tokens = _TOKEN.findall(_without_accents(written) if script == "LATIN" else written)
            key = tuple(tokens)
            if not key:
                problems.append(Problem(str(path), at, f"'{form}' has no words"))
                continue
            if key in exact and exact[key] != str(english):
                problems.append(
                    Problem(
                        str(path), at, f"'{form}' is already '{exact[key]}' (line {where[key]})"
                    )
                )
                continue
            exact[key], where[key] = str(english), at
            stem_key = tuple(probe.stems(tokens))
            if stemmed.get(stem_key, str(english)) != str(english):
                stemmed[stem_key] = None  # two rewrites share it: only exact forms are read
            else:
                stemmed[stem_key] = str(english)
    after = raw.get("after_number", [])
    after_number = frozenset(
        tuple(probe.stems(_TOKEN.findall(str(f).lower()))) for f in after or ()
    )
    latin = _transliteration(raw.get("latin"), str(path), problems)
    if problems:
        raise FactBaseError(problems)
    return Language(code, name, script, stemmer_name, exact, stemmed, after_number, latin)


TRANSLITERATION_PARTS = ("vowels", "word_start", "after_vowel", "letters")


def _transliteration(raw: object, path: str, problems: list[Problem]) -> Transliteration | None:
    if raw is None:
        return None
    parts = {}
    if isinstance(raw, LinedDict):
        for key in raw:
            if key not in TRANSLITERATION_PARTS:
                # a word list indented under 'latin' by mistake would be silently unused
                known = ", ".join(TRANSLITERATION_PARTS)
                problems.append(
                    Problem(path, raw.line_of(key), f"'latin' has no '{key}' (it takes {known})")
                )
    for part in ("letters", "after_vowel", "word_start"):
        table = raw.get(part) if isinstance(raw, LinedDict) else None
        if not isinstance(table, LinedDict) or not table:
            line = raw.line if isinstance(raw, LinedDict) else 1
            problems.append(Problem(path, line, f"'latin' needs '{part}': a mapping"))
            return None
        parts[part] = {str(k).lower(): str(v) for k, v in table.items()}
    vowels = frozenset(str(raw.get("vowels", "")))
    return Transliteration(parts["letters"], parts["after_vowel"], parts["word_start"], vowels)


@lru_cache(maxsize=1)
def languages() -> tuple[Language, ...]:
    """Every language factbot has a file for, besides English."""
    return tuple(load_language(path) for path in sorted(LANGUAGE_DIR.glob("language_*.yaml")))


def language_names() -> list[str]:
    """The languages a question may be asked in, English first."""
    return ["English", *(language.name for language in languages())]


def language_of(words: list[str]) -> Language | None:
    """The language whose script these words are written in, if factbot has its file."""
    for language in languages():
        if words and all(language.writes(w) for w in words):
            return language
    return None
