"""Numbers spelled out in words, as people dictate or type them on a phone: "four point
three billion", "twenty four point seven percent", "twenty sixteen", "two thousand and
sixteen". The words come from the lexicon (one place per language); this only combines them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NumberWords:
    units: dict[str, int]
    teens: dict[str, int]
    tens: dict[str, int]
    hundred: frozenset[str]
    thousand: frozenset[str]
    point: frozenset[str]
    joiner: frozenset[str]
    one_before: frozenset[str]

    @classmethod
    def from_data(cls, raw: dict) -> NumberWords:
        return cls(
            units={str(k): int(v) for k, v in raw["units"].items()},
            teens={str(k): int(v) for k, v in raw["teens"].items()},
            tens={str(k): int(v) for k, v in raw["tens"].items()},
            hundred=frozenset(map(str, raw["hundred"])),
            thousand=frozenset(map(str, raw["thousand"])),
            point=frozenset(map(str, raw["point"])),
            joiner=frozenset(map(str, raw["joiner"])),
            one_before=frozenset(map(str, raw["one_before"])),
        )

    def is_number_word(self, word: str) -> bool:
        """ "twenty", "eight", "thousand": a word of a number spelled out."""
        return self.small(word) is not None or word in self.hundred or word in self.thousand

    def small(self, word: str) -> int | None:
        for table in (self.units, self.teens, self.tens):
            if word in table:
                return table[word]
        return None


def digits(tokens: list[str], words: NumberWords) -> list[str]:
    """The tokens with every spelled-out number replaced by its digits."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        taken, text = _number_at(tokens, i, words)
        if taken:
            out.append(text)
            i += taken
        else:
            out.append(tokens[i])
            i += 1
    return out


def _number_at(tokens: list[str], start: int, words: NumberWords) -> tuple[int, str]:
    """How many tokens from `start` spell one number, and its digits (0 if none)."""
    year = _year_at(tokens, start, words)
    if year:
        return year
    total, current, i, seen = 0, 0, start, 0
    while i < len(tokens):
        word = tokens[i]
        value = words.small(word)
        if value is not None:
            last = current % 100
            if last and (last % 10 or last < 20 or value >= 10):
                break  # "five six", "twenty thirty": two numbers, not one
            current += value
        elif word in words.hundred and (seen or (i > 0 and tokens[i - 1] == "a")):
            current = max(current, 1) * 100
        elif word in words.thousand and seen and current:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if words.small(nxt) is None and nxt not in words.joiner:
                break  # "28 thousand" style scale: left to the figure reader
            total += current * 1000
            current = 0
        elif (
            word in words.joiner
            and seen
            and i + 1 < len(tokens)
            and (words.small(tokens[i + 1]) is not None)
        ):
            pass  # "two thousand and sixteen"
        else:
            break
        seen += 1
        i += 1
    if not seen:
        return 0, ""
    number = total + current
    if seen == 1 and tokens[start] in words.units and tokens[start] == "one":
        nxt = tokens[i] if i < len(tokens) else ""
        if nxt not in words.one_before:
            return 0, ""  # "which one", "the one"
    if i + 1 < len(tokens) and tokens[i] in words.point:
        decimals = []
        j = i + 1
        while j < len(tokens) and tokens[j] in words.units:
            decimals.append(str(words.units[tokens[j]]))
            j += 1
        if decimals:
            return j - start, f"{number}.{''.join(decimals)}"
    return i - start, str(number)


def _year_at(tokens: list[str], start: int, words: NumberWords) -> tuple[int, str] | None:
    """ "twenty sixteen", "twenty ten", "twenty twenty five": a year said in two halves."""
    if tokens[start] not in ("twenty", "nineteen") or start + 1 >= len(tokens):
        return None
    century = words.small(tokens[start])
    second = tokens[start + 1]
    rest = words.teens.get(second) or (words.tens.get(second) if second != "twenty" else None)
    if second == "twenty":
        rest = 20
    if rest is None or century is None:
        return None
    taken = 2
    if rest >= 20 and start + 2 < len(tokens) and tokens[start + 2] in words.units:
        rest += words.units[tokens[start + 2]]
        taken = 3
    if second == "twenty" and taken == 2 and century == 20:
        return None  # "twenty twenty" alone is ambiguous enough to leave
    return taken, str(century * 100 + rest)
