"""List questions: "which Chinese platforms does the article mention?", "name the
government bodies". The answer is every entity or source the fact base files under that
kind (`kinds:` in facts.yaml), each with a sentence of the article that names it.

A list is answered only when the question says so (name, list, mention, cite...) and asks
nothing else: "which platforms got that money?" is not a request for a list.
"""

from __future__ import annotations

from dataclasses import dataclass

from intents.analysis import Analysis, find_phrases
from intents.facts import FactBase
from intents.lexicon import Lexicon, Phrase, phrase
from intents.query import Query


@dataclass(frozen=True)
class Member:
    name: str
    fact: str  # a fact that shows the article naming it


class Listing:
    def __init__(self, base: FactBase, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.kinds: dict[Phrase, list[Member]] = {}
        for entity in base.entities.values():
            facts = [f.id for f in base.facts.values() if f.entity == entity.id]
            for kind in entity.kinds:
                if facts:
                    self.kinds.setdefault(phrase(kind), []).append(Member(entity.name, facts[0]))
        for source in base.sources.values():
            facts = [f.id for f in base.facts.values() if f.source == source.id]
            for kind in source.kinds:
                if facts:
                    self.kinds.setdefault(phrase(kind), []).append(Member(_short(source), facts[0]))
        self.words = frozenset(w for key in self.kinds for w in key)

    def answer(self, a: Analysis, content: set[str]) -> Query | None:
        """The list the question asks for, or None if it asks something else."""
        stems = a.stems[a.context_until :]
        if not set(stems) & self.lexicon.list_cues or a.ops or a.years:
            return None
        if find_phrases(stems, self.lexicon.list_blockers):
            return None  # "how much went to all Chinese platforms?": money, not a count
        found: list[Phrase] = []
        taken: set[int] = set()
        for size in (3, 2, 1):
            for at in range(len(stems) - size + 1):
                key = tuple(stems[at : at + size])
                span = set(range(at, at + size))
                raw = a.raw[a.context_until + at + size - 1]
                every = at > 0 and stems[at - 1] in self.lexicon.list_cues
                if key in self.kinds and not span & taken and (raw.endswith("s") or every):
                    found.append(key)  # "platforms", "every company": a list is asked
                    taken |= span
        if not found:
            return None
        named = {w for key in found for w in key}
        extra = content - named - self.lexicon.list_cues - self.lexicon.list_scope
        if extra:
            return None
        members = [m for key in found for m in self.kinds[key]]
        names = tuple(dict.fromkeys(m.name for m in members))
        facts = tuple(dict.fromkeys(m.fact for m in members))
        kind = " ".join(found[0]) if len(found) == 1 else "name"
        return Query("lookup", facts, "list", listing=names, listed=kind)


def _short(source) -> str:
    """ "China's Ministry of Commerce" -> itself; "Yandex, Russia's largest ..." -> "Yandex"."""
    return source.name.split(",")[0].split(" (")[0]
