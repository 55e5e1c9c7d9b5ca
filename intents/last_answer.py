"""What a follow-up points at: the last answer, its figures and its subject.

"That overseas number", "them", "those buyers", "per country and region?", "the rate used":
a turn that leans on the last answer names one of its figures, keeps its base, spreads it
or asks how it was got. A mixin of the matcher, like claim reading: the turn is read with
the matcher's own vocabulary and `interpret`, so its words mean what they mean anywhere.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cached_property

from intents.analysis import Analysis, analyse, find_phrases, without_phrases
from intents.claims import Claim
from intents.complements import PERCENT, unit_of, used_by
from intents.english import NOUN, parts_of_speech
from intents.facts import iso_date
from intents.frames import Frame, follow, share_of_whole, whole_of_last
from intents.query import Query, Refusal
from intents.readings import Reading
from intents.text import is_number, stem, stems

COMMON_WORD_FACTS = 10  # a word in this many facts' measures names none of them alone


class LastAnswer:
    def _which_of_two(self, question: str, result: Query | Refusal, context: dict | None) -> bool:
        """A figure of one subject, for a turn that names none and points back with a
        pronoun at an answer about two subjects."""
        frame = Frame.from_memory((context or {}).get("last"), self.base)
        if frame is None or not isinstance(result, Query) or result.claim is not None:
            return False
        if result.op is not None or len(frame.facts) < 2 or set(result.facts) <= set(frame.facts):
            return False
        entities = self.base.entities
        default = self.vocab.default_entity

        def family(fact_id: str) -> str:
            entity = self.base.facts[fact_id].entity
            return getattr(entities.get(entity), "parent", None) or entity

        spanned = {family(f) for f in frame.facts} - {default}
        if len(spanned) < 2 or not {family(f) for f in result.facts} & spanned:
            return False
        readable = self._readable(question)
        if isinstance(readable, Refusal):
            return False
        a = analyse(readable, self.vocab, self.known_numbers)
        pointing = set(a.stems[a.context_until :]) & self.vocab.lexicon.pronouns
        return bool(pointing) and not self.vocab.subjects_named(a.stems)

    def _out_of_what(self, a: Analysis, frame: Frame | None) -> Query | None:
        """ "Out of how many people?" after 21% of the survey's respondents (or the 5,880
        of them): the whole the last figure is a share or a part of."""
        if frame is None or frame.op is not None or len(frame.facts) != 1:
            return None
        if not find_phrases(a.stems[a.context_until :], self.vocab.lexicon.whole_asks):
            return None
        if self.vocab.subjects_named(a.stems) or a.years:
            return None  # "out of how many Russians?": another subject, not the last's whole
        whole = self._whole_of_frame(frame)
        if whole is None:
            return None
        unit = unit_of(self.base, self.base.facts[whole])
        currency = frame.currency if unit in ("CNY", "USD") else None
        return Query("lookup", (whole,), None, currency, 0.85, used_context=True)

    def _whole_asked_of_its_part(self, a: Analysis) -> Query | None:
        """ "Out of how many respondents did up to 21 percent shop on Chinese websites?":
        the rest of the question names a part (or a share), and the whole it is of is asked;
        the part's own figure, which the rest alone would give, is not the answer."""
        asking = a.stems[a.context_until :]
        found = find_phrases(asking, self.vocab.lexicon.whole_asks)
        if len(found) != 1 or a.years or a.claimed:
            return None
        key, at = found[0]
        start = a.context_until + at
        rest = " ".join([*a.raw[a.context_until : start], *a.raw[start + len(key) :]])
        part = self.interpret(analyse(rest, self.vocab, self.known_numbers))
        if not isinstance(part, Query) or part.op is not None or len(part.facts) != 1:
            return None
        whole = whole_of_last(Frame(part.facts), self.base)
        if whole is None or whole == part.facts[0]:
            return None
        return Query("lookup", (whole,), None, part.currency, 0.85, asks=self._asks(a))

    def _also_in_its_text(self, a: Analysis, frame: Frame | None) -> Query | None:
        """ "And English too?" after JD's language versions (English and Russian): a turn
        of an inclusion word and items the last answer's own text names confirms them (Yes,
        and that answer again). An item the text does not name is left to other readings."""
        if frame is None or frame.op is not None or len(frame.facts) != 1:
            return None
        fact = self.base.facts[frame.facts[0]]
        if not fact.is_text:
            return None
        lexicon = self.vocab.lexicon
        said = a.stems[a.context_until :]
        if not find_phrases(said, lexicon.inclusion_words):
            return None
        said = without_phrases(
            said, lexicon.followup_openers, lexicon.inclusion_words, lexicon.yes_no_tails
        )
        items = {s for s in said if s not in lexicon.function_words}
        if not items or not items <= set(stems(str(fact.value))):
            return None
        return frame.again(frame.currency, 0.85, claim=Claim(explained=True), used_context=True)

    def _person_named_last(self, context: dict | None) -> str | None:
        """The person the last answer named: its source when the source was asked ("who
        stated it?" -> Shen Difan), or the person a statement's value is."""
        frame = Frame.from_memory((context or {}).get("last"), self.base)
        if frame is None or len(frame.facts) != 1:
            return None
        fact = self.base.facts[frame.facts[0]]
        people = [s for s in self.base.sources.values() if "person" in s.kinds]
        for person in people:
            if (context or {}).get("asked") == "source" and fact.source == person.id:
                return person.aliases[0] if person.aliases else person.name
            if fact.is_text and person.aliases and person.aliases[0] in str(fact.value):
                return person.aliases[0]
        return None

    def _about_the_person(self, question: str, context: dict | None) -> Query | None:
        """ "Who stated it?" (Shen Difan) then "what's his title?": the question asked with
        that person's name where the pronoun stands."""
        lexicon = self.vocab.lexicon
        words = question.split()
        folded = [w.strip("?,.!").lower() for w in words]
        if not set(folded) & (lexicon.person_pronouns | lexicon.person_possessives):
            return None
        person = self._person_named_last(context)
        if person is None:
            return None
        named = [
            f"{person}'s"
            if w in lexicon.person_possessives
            else person
            if w in lexicon.person_pronouns
            else words[i]
            for i, w in enumerate(folded)
        ]
        found = self.interpret(analyse(" ".join(named), self.vocab, self.known_numbers))
        return replace(found, used_context=True) if isinstance(found, Query) else None

    def _period_confirmed(self, a: Analysis, frame: Frame | None) -> Query | None:
        """ "As of April 10, 2017?" after the 100 million buyers "by April 10, 2017": a turn
        of nothing but the period the last figure already has asks whether that is its
        period, so it is confirmed (Yes, and the figure again). Every year, month and day
        said must be the figure's own; another period is a new question."""
        if frame is None or frame.op is not None or len(frame.facts) != 1 or not a.years:
            return None
        fact = self.base.facts[frame.facts[0]]
        dated = iso_date(fact.period)
        period = " ".join(map(str, dated)) if dated else fact.period or ""
        own = set(stems(period))
        lexicon = self.vocab.lexicon
        said = without_phrases(
            a.stems[a.context_until :],
            lexicon.followup_openers,
            lexicon.yes_no_tails,
            lexicon.date_prepositions,
        )
        pointing = lexicon.pronouns | lexicon.auxiliaries | lexicon.then_words  # "so that's"
        left = {s for s in said if s not in pointing}
        if not left or not left <= own or not any(map(is_number, left)):
            return None
        claim = Claim(years=tuple(a.years), explained=True)
        return frame.again(frame.currency, 0.85, claim=claim, used_context=True)

    def _compared_with_last(self, a: Analysis, context: dict | None) -> Query | None:
        """ "Is cross-border volume bigger than that?" after China's online shopping: a
        comparison claimed against the last figure, checked with that figure named in place
        of the pronoun (one figure, one pronoun after "than")."""
        frame = Frame.from_memory((context or {}).get("last"), self.base)
        if frame is None or frame.op is not None or len(frame.facts) != 1:
            return None
        lexicon = self.vocab.lexicon
        said = a.stems[a.context_until :]
        if not set(said) & set(lexicon.comparatives):
            return None
        start = a.context_until
        asked = a.question.rstrip().endswith("?")
        at = [  # "... bigger than that?", "is it bigger than online shopping?", and "it is
            i  # more than they spend elsewhere?" with the mark that makes it a question
            for i in range(start, len(a.stems))
            if a.stems[i] in lexicon.pronouns - lexicon.possessive_pronouns
            and (
                i > start
                and a.stems[i - 1] in lexicon.comparison_links
                or i == start + 1
                and a.stems[start] in lexicon.auxiliaries
                or i == start
                and asked
                and bool(
                    set(a.stems[start + 1 : start + 2])
                    & (lexicon.auxiliaries | set(lexicon.comparatives))  # "it's more than"
                )
            )
        ]
        if len(at) != 1:
            return None
        fact = self.base.facts[frame.facts[0]]
        subject = self.base.entities[fact.entity].name
        named = f"{subject}'s {fact.measure}" + (f" in {fact.year}" if fact.year else "")
        words = a.raw[start:]  # the question's own words, read by the same tokeniser
        if at[0] == start and a.stems[start + 1] not in lexicon.auxiliaries:
            named += " is"  # "it's more than ...?", read without its "'s"
        rewritten = " ".join([*words[: at[0] - start], named, *words[at[0] - start + 1 :]])
        rewritten += "?" if asked else ""  # the mark the words were read without
        checked = self._check_claim(rewritten, analyse(rewritten, self.vocab, self.known_numbers))
        if not isinstance(checked, Query) or checked.claim is None:
            return None
        if frame.facts[0] not in checked.facts:
            return None  # the comparison found must be with the figure just given
        return replace(checked, used_context=True)

    def _whole_of_frame(self, frame: Frame) -> str | None:
        """The whole a single figure is a share or a part of (the respondents of 21% of
        them, the active users of the conversion rate), if the base records one."""
        if frame.op is not None or len(frame.facts) != 1:
            return whole_of_last(frame, self.base)
        fact = self.base.facts[frame.facts[0]]
        whole = whole_of_last(frame, self.base)
        if whole is None and fact.formula is not None and fact.formula.op == "percent":
            whole = fact.formula.args[1]  # the active users a conversion rate is of
        whole = whole or fact.of
        return whole if whole in self.base.facts else None

    def _rest_after_its_whole(
        self, a: Analysis, content: set[str], frame: Frame, before: Frame | None
    ) -> Query | Refusal | None:
        """ "How many bought?", "out of how many?", then "so how many didn't?": the rest of
        the part asked before the whole just given."""
        if before is None or len(frame.facts) != 1 or frame.op is not None:
            return None
        if self._whole_of_frame(before) != frame.facts[0]:
            return None
        return follow(a, content, before, self.base, self._asks(a))

    def _part_the_share_gives(
        self, a: Analysis, frame: Frame, before: Frame | None
    ) -> Query | None:
        """ "What share shopped on Chinese sites?" (21%), "out of how many?" (28,000), then
        "so how many people is that?": the part the share before gives of the whole just
        given (5,880), not the whole again."""
        if before is None or before.op is not None or len(before.facts) != 1:
            return None
        if frame.op is not None or len(frame.facts) != 1 or not self._pointing(a):
            return None  # "how many respondents were there in total?": the whole again
        if (
            a.ops
            or a.currency
            or a.years
            or self._asks(a) not in ("count", "amount", "money", None)
        ):
            return None
        share, whole = before.facts[0], frame.facts[0]
        if unit_of(self.base, self.base.facts[share]) != PERCENT:
            return None
        if self._whole_of_frame(before) != whole:
            return None
        part = next(  # from the base's index of formulas: no scan of every fact
            (
                f
                for f in used_by(self.base, "share_of", 1, whole)
                if self.base.facts[f].formula.args[0] == share
            ),
            None,
        )
        if part is None:
            return None
        return Query("share_of", (part,), None, None, 0.8, used_context=True)

    def _last_by_its_operation(self, a: Analysis, frame: Frame | None) -> Query | None:
        """ "How much does that add?" (2.5 trillion yuan), then "that added amount in
        dollars?" or "in dollar this difference?": the turn names nothing but a currency and
        the operation the last answer is, so it is the last answer in that currency."""
        if frame is None or not a.currency or a.years or a.year_shift or self._content(a):
            return None  # "what share of that goal ...?" after a share: a currency asked only
        own = frame.op
        if own is None and len(frame.facts) == 1:
            formula = self.base.facts[frame.facts[0]].formula
            own = formula.op if formula is not None else None
        if own is None or set(a.op_names) - {"convert"} != {own}:
            return None
        return frame.again(a.currency or frame.currency, 0.85, used_context=True)

    def _per_unit_of_last(self, a: Analysis, frame: Frame | None) -> Query | None:
        """ "Per country and region?" after the overseas buyers: the figure just given spread
        over a count of the same subject that the turn names after "per" (and nothing else)."""
        if frame is None or frame.op is not None or len(frame.facts) != 1:
            return None
        if set(a.op_names) != {"per_unit"} or not a.per_what_at or a.currency or a.years:
            return None
        last = self.base.facts[frame.facts[0]]
        kind = self._kind_counted(last.id)
        if kind is None:
            return None  # a count, spread over another count
        families = self.vocab.lexicon.count_families
        what = [a.stems[i] for i in sorted(a.per_what_at) if i < len(a.stems)]
        spread = any(families.get(w) == kind for w in what)
        kinds = {families.get(w) for w in what} - {None}
        others = {w for w in set(self._content(a)) - set(what) if families.get(w) not in kinds}
        if not what or spread or others:  # "per country and region": one kind of thing
            return None  # "average respondents per country?" names what is spread itself
        named = f"{self.base.entities[last.entity].name} {' '.join(what)}"
        found = self.interpret(analyse(f"how many {named}", self.vocab, self.known_numbers))
        if not isinstance(found, Query) or found.op is not None or len(found.facts) != 1:
            return None
        over = self.base.facts[found.facts[0]]
        if over.entity != last.entity or over.id == last.id:
            return None
        spread_id = last.id
        formula = last.formula
        if (
            formula
            and formula.op == "share_of"
            and not (a.points_back or set(what) ^ set(self._content(a)))
        ):
            # "how many people per country on average?" after those who shopped on Chinese
            # sites (a share of all respondents): nothing names that part or points at it,
            # so the survey's people are spread, as the article counts them per country
            spread_id = formula.args[1]
        reading = Reading((spread_id, over.id), "per_unit", "per_unit", frozenset(), 0.0, 0)
        return self.verifier.years_left_out(reading, a) or self._query(reading, a, True)

    def _same_base(self, a: Analysis, frame: Frame | None) -> bool:
        """ "Active users as a percent of those buyers", then "and purchasers as a percent of
        them?": the same operation, with the one pronoun after it standing for the base."""
        ops = [(op, at) for op, at in a.ops if op in ("percent", "ratio")]
        if frame is None or len(ops) != 1 or frame.op != ops[0][0] or len(frame.facts) != 2:
            return False
        pointing = self._pointing(a)
        return len(pointing) == 1 and pointing[0] > ops[0][1]

    def _pronoun_as_operand(self, a: Analysis) -> bool:
        """ "What percent of that is Russian spending on Chinese platforms?", "the ratio of
        Chinese-platform spending to that amount": the one pronoun comes after the operation
        and right after the word that brings in an operand, so it is the figure just given."""
        ops = [at for op, at in a.ops if op in ("percent", "ratio")]
        pointing = self._pointing(a)
        if len(ops) != 1 or len(pointing) != 1:
            return False
        lexicon = self.vocab.lexicon
        between = set(a.stems[pointing[0] + 1 : ops[0]])
        times = any(op == "ratio" for op, _ in a.ops)
        if times and pointing[0] < ops[0] and between <= lexicon.auxiliaries:
            return True  # "so that's how many times what went elsewhere?"
        if pointing[0] <= ops[0]:
            return False
        before, after = a.stems[pointing[0] - 1], a.stems[pointing[0] + 1 : pointing[0] + 2]
        # "how many times more is THAT than ...", "how many times does the China part
        # exceed IT": the figure just given is one side of the comparison
        return before in lexicon.base_markers | lexicon.exceeding_verbs or after == ["than"]

    def _share_asked_of_it(self, a: Analysis, at: int) -> bool:
        """ "What share of Alibaba's 2 billion target is THAT?": the pronoun closes the
        question right after a copula, so it is the part whose share is asked."""
        lexicon = self.vocab.lexicon
        percent = [i for op, i in a.ops if op == "percent" and i < at]
        return (
            bool(percent)
            and at == len(a.stems) - 1
            and a.stems[at - 1] in lexicon.copulas
            and lexicon.whole_markers & set(a.stems[percent[0] : at])
        )

    def _pointing(self, a: Analysis) -> list[int]:
        """Where the turn's own pronouns stand ("that", "them", "those")."""
        pronouns = self.vocab.lexicon.pronouns
        return [i for i, s in enumerate(a.stems) if s in pronouns and i >= a.context_until]

    def _kind_counted(self, fact_id: str) -> str | None:
        """What kind of thing a figure counts (people, places, ...), or None for a sum, a
        share or a year."""
        unit = unit_of(self.base, self.base.facts[fact_id]) or ""
        return self.vocab.lexicon.count_families.get(stem(unit.lower()))

    def _pointed_into(self, a: Analysis, frame: Frame | None) -> tuple[str, set[int]] | None:
        """ "That overseas number is how many times ...?" after overseas consumers (alone,
        or as a share of all of them): the words right after the one pronoun name one of the
        last answer's figures (and not the other), so that figure is the one pointed at, and
        those words name no other operand."""
        pointing = self._pointing(a)
        if frame is None or len(frame.facts) not in (1, 2) or len(pointing) != 1:
            return None
        fw = self.vocab.lexicon.function_words
        after: list[int] = []
        for i in range(pointing[0] + 1, len(a.stems)):
            if i in a.lexical or a.stems[i] in fw or is_number(a.stems[i]):
                break
            after.append(i)
        words = {a.stems[i] for i in after}
        named = [f for f in frame.facts if words & set(self._measure_stems(f))]
        families = self.vocab.lexicon.count_families
        counted = {families[w] for w in words if w in families}
        if len(named) > 1 and counted:  # "those buyers": the figure that counts buyers
            named = [f for f in named if self._kind_counted(f) in counted]
        if len(named) != 1:
            return None
        others = set().union(*(self._measure_stems(f) for f in frame.facts if f != named[0]))
        if words & others - set(self._measure_stems(named[0])):
            return None
        if counted - {self._kind_counted(named[0])}:
            return None  # "those buyers" after 220 countries: the countries are not buyers
        return named[0], set(after)

    def _names_last(self, a: Analysis, frame: Frame | None) -> set[int]:
        """ "Active users as a percent of those buyers": the noun right after "those" is a
        word of the figure just given, so it is that figure the turn points at."""
        if frame is None or len(frame.facts) != 1:
            return set()
        pronouns = self.vocab.lexicon.pronouns
        unit = unit_of(self.base, self.base.facts[frame.facts[0]])
        if not unit:
            return set()
        # what the figure counts ("buyers"), or a word of the same family ("shoppers"); not
        # any word of it ("the countries its buyers come from" count countries)
        families = self.vocab.lexicon.count_families
        counted = stem(unit.lower())
        return {
            i + 1
            for i, s in enumerate(a.stems[:-1])
            if s in pronouns
            and i > a.context_until
            and (
                a.stems[i + 1] == counted
                or families.get(a.stems[i + 1]) is not None
                and families.get(a.stems[i + 1]) == families.get(counted)
            )
            and set(parts_of_speech(a.raw[i + 1])) == {NOUN}  # not "them shopped"
        }

    def _share_of_named_whole(self, a: Analysis, content: set[str], frame: Frame) -> Query | None:
        """ "What share of active users does that represent?" after the active users who did
        not buy: the last figure as a share of the whole it is part of, which the turn names
        by that whole's own words (and nothing else)."""
        if self._asks(a) != "percent" or set(a.op_names) - {"percent"} or a.currency or a.years:
            return None
        whole = whole_of_last(frame, self.base)
        if whole is None or not content <= set(self._measure_stems(whole)):
            return None
        return share_of_whole(frame, self.base)

    def _target_of_the_subject(self, a: Analysis, frame: Frame | None) -> Query | Refusal | None:
        """ "AliExpress's active users?" then "and what's the target?": a turn that names
        only a target asks the target the article gives for the conversation's subject, not
        the gap to it; none, or more than one, is said so."""
        if frame is None or a.ops or a.years or a.currency or a.opinion or a.procedure:
            return None  # ("will they hit the target?" asks a prediction)
        if a.expects in ("year", "duration", "source", "reason"):
            return None  # "by when is that target to be hit?": its date, not the target
        lexicon = self.vocab.lexicon
        said = {s for s in a.stems[a.context_until :] if s not in lexicon.function_words}
        if not said or not said <= lexicon.target_words | lexicon.question_words:
            return None
        entities = self.base.entities
        subject = self.base.facts[frame.facts[0]].entity
        family = {subject, getattr(entities.get(subject), "parent", None)} - {None}
        targets = [
            f.id
            for f in self.base.facts.values()
            if f.qualifier == "target" and f.entity in family and f.formula is None
        ]
        if len(targets) != 1:
            return Refusal("ambiguous" if targets else "unsupported", near=frame.facts)
        target = targets[0]
        asked = set(a.stems[a.context_until :])
        for built in self.dependents.get(target, ()):
            if asked & (self.vocab.terms[built].all - self.vocab.terms[target].all):
                return None  # "how far are they from the target?": the gap to it
        return Query("lookup", (target,), None, None, 0.85, used_context=True)

    def _what_it_was(self, a: Analysis, frame: Frame | None) -> Query | None:
        """ "Grew 40%, true?" (No) then "what was it then?", or "was that the State Council
        too?" then "who was it then?": right after a claim is checked, a bare question that
        points back asks what the article says instead: the figure, or who gave it."""
        if frame is None:
            return None
        said = set(a.stems[a.context_until :])
        lexicon = self.vocab.lexicon
        pointing = a.anaphora or said & (lexicon.value_words | lexicon.instead_words)
        # "is cross-border bigger than online shopping?" (Yes), then "by what factor?": the
        # computation the claim was checked by, asked by its operation alone
        again = bool(a.ops) and frame.op is not None and set(a.op_names) == {frame.op}
        if again and not self._content(a):
            return frame.again(frame.currency, 0.85, used_context=True)
        if not pointing or a.ops or a.currency or a.years or a.year_shift or a.breakdown:
            return None  # "how much of it was B2B?", "... the year before?": not it again
        # "what was the actual share?": only words of the figure claimed about may be said
        own = set(self._measure_stems(frame.facts[0])) | lexicon.value_words
        own |= lexicon.instead_words | lexicon.afterthought_words
        if not said & lexicon.question_words or said - lexicon.function_words - own:
            return None  # "what's the target they're aiming for": another figure named
        whole = self._whole_of_frame(frame)
        named = said - lexicon.function_words - (own - set(self._measure_stems(frame.facts[0])))
        if whole is not None and named and named <= set(self._measure_stems(whole)):
            return None  # "so what total retail volume does that imply?": the share's whole
        if a.expects in ("source", "text", "subject") and frame.op is None:
            return frame.again(None, 0.85, who=True, used_context=True)
        if a.expects not in (None, "amount", "percent", "count"):
            return None
        asks = self._asks(a)
        if frame.op in (None, "complement") and asks in ("percent", "count"):
            share = unit_of(self.base, self.base.facts[frame.facts[0]]) == PERCENT
            if share != (asks == "percent"):
                return None  # "how many people is that?" after a share confirmed: the count
        return frame.again(frame.currency, 0.85, used_context=True)

    def _names_the_last_two(self, content: set[str], frame: Frame, before: Frame | None) -> bool:
        """Do the turn's words name only the last two figures given ("the total",
        "cross-border"), each a single figure?"""
        if before is None or len(frame.facts) != 1 or len(before.facts) != 1:
            return False
        named = set(self._measure_stems(frame.facts[0])) | set(self._measure_stems(before.facts[0]))
        return content <= named | self.vocab.lexicon.aggregate_words

    def _share_of_the_figure_before(
        self, a: Analysis, frame: Frame, before: Frame | None
    ) -> Query | None:
        """ "Total e-commerce?", "and cross-border?", then "what share is that?": the last
        figure, which is no stated part of a whole, as a share of the figure given before
        it, when that one is larger and counts in the same unit."""
        if before is None or self._asks(a) != "percent" or a.currency or a.years:
            return None
        if set(a.op_names) - {"percent"} or frame.op or before.op:
            return None
        if len(frame.facts) != 1 or len(before.facts) != 1 or frame.facts == before.facts:
            return None
        if whole_of_last(frame, self.base) is not None:
            return None  # a part of a whole the article names: that whole (see follow)
        part, whole = frame.facts[0], before.facts[0]
        if unit_of(self.base, self.base.facts[part]) != unit_of(self.base, self.base.facts[whole]):
            return None
        small, big = self.computed_value(part), self.computed_value(whole)
        if small is None or big is None or not small < big:
            return None
        return Query(
            "percent", (part, whole), "percent", None, 0.8, used_context=True, ordered=True
        )

    def _asks_the_figure_again(self, a: Analysis, content: set[str], stale: bool = False) -> bool:
        """ "What's the actual figure then?": only a word for the figure itself, and no
        operation, currency, year or other words of its own."""
        lexicon = self.vocab.lexicon
        figure = set(a.stems) & lexicon.value_words
        if not figure and a.expects in ("count", "amount") and not stale:
            # "how many then?" after a claim answered No: the figure the article has (not
            # after a turn refused since: "from 120 countries?" asked about another figure)
            figure = set(a.stems) & (lexicon.instead_words | lexicon.denied_then_words)
        rest = {s for s in a.stems if s not in lexicon.function_words} - lexicon.value_words
        rest -= lexicon.instead_words | lexicon.denied_then_words
        return bool(figure) and not (rest or content - figure or a.ops or a.currency or a.years)

    def _built_on_last(self, alone: Query | Refusal, frame: Frame | None) -> bool:
        """Is the turn's own reading a single figure computed directly from the last
        answer's (the whole a share implies)?"""
        if frame is None or not isinstance(alone, Query) or alone.op is not None:
            return False
        if alone.claim is not None or set(alone.facts) & set(frame.facts):
            return False
        formula = self.base.facts[alone.facts[0]].formula
        return formula is not None and bool(set(formula.args) & set(frame.facts))

    def _only_common_words(self, a: Analysis) -> bool:
        """ "To what volume?": a turn whose only content is a word many figures share, so
        alone it names none of them; in a conversation it leans on the last answer."""
        content = self._content(a)
        if len(content) != 1 or a.ops or a.years or a.currency:
            return False
        return self._shared_by.get(content[0], 0) >= COMMON_WORD_FACTS

    @cached_property
    def _shared_by(self) -> dict[str, int]:
        """How many facts each word of the vocabulary belongs to."""
        counts: dict[str, int] = {}
        for terms in self.vocab.terms.values():
            for word in terms.measure:
                counts[word] = counts.get(word, 0) + 1
        return counts

    def _only_a_slot(self, a: Analysis, pointing: bool = False) -> bool:
        """ "In yuan please": a turn that names no figure of its own (not even a year),
        only a currency for whatever was asked last; with `pointing`, "and that in
        dollars?" too (after a refused turn that named a figure of its own)."""
        lexicon = self.vocab.lexicon
        said = {
            s
            for i, s in enumerate(a.stems)
            if (s not in lexicon.function_words or i in a.lexical)  # "forecast" is a period
            and i not in a.currency_at | a.op_span
            and not (pointing and (s,) in lexicon.anaphora)
        }
        return (
            bool(a.currency)
            and not a.years
            and not said - lexicon.conversion_words
            and set(a.op_names) <= {"convert"}
        )

    def _rate_of_the_conversion(self, a: Analysis, frame: Frame | None) -> Query | None:
        """ "What's the rate used?" right after a conversion: the exchange rate it used, not
        a growth rate, when the turn says nothing but "rate"."""
        if frame is None or frame.currency is None or a.currency or a.ops or a.years:
            return None
        rates, rate_words, _ = self._rates
        said = set(self._content(a))
        if not said & rate_words or said - rate_words - self.vocab.lexicon.conversion_words:
            return None
        return Query("ratio", rates[:1], None, None, 0.85, used_context=True)

    def _rate_applied(self, a: Analysis, frame: Frame | None) -> Query | None:
        """ "Apply it to the 26.1 trillion yuan total e-commerce figure", "and to the 4.7
        trillion?" right after the exchange rate: the one money figure the turn names,
        converted into the other currency at that rate."""
        rates = self._rates[0]
        if frame is None or len(frame.facts) != 1 or frame.facts[0] not in rates:
            return None
        lexicon = self.vocab.lexicon
        applying = set(a.stems) & lexicon.applying_words
        if a.ops and set(a.op_names) != {"convert"} or not (applying or a.opener or a.anaphora):
            return None
        keep = lexicon.pronouns | lexicon.applying_words | lexicon.conversion_words
        words = [a.raw[i] for i, s in enumerate(a.stems) if s not in keep]
        named = self.interpret(analyse(" ".join(words), self.vocab, self.known_numbers))
        if not isinstance(named, Query) or named.op is not None or len(named.facts) != 1:
            return None
        unit = unit_of(self.base, self.base.facts[named.facts[0]])
        if unit not in ("CNY", "USD"):
            return None
        other = "USD" if unit == "CNY" else "CNY"
        return Query("convert", named.facts, None, other, 0.85, used_context=True)

    def _repeats_last(
        self,
        a: Analysis,
        leaning: Query,
        frame: Frame | None,
        alone: Query | Refusal,
        previous: list[str] | None = None,
    ) -> bool:
        """Is a turn read, with the last question's words, as the last answer itself, when
        it names nothing of its own (no content, year, currency or operation), when its
        own words, read alone, find another figure, or when they name only a measure the
        last question did not ("launch" after the name of Vip's platform)?"""
        if frame is None:
            return False
        same = set(leaning.facts) == set(frame.facts) and leaning.op == frame.op
        same = same and leaning.currency == frame.currency and leaning.claim is None
        if not same:
            return False
        if not (self._content(a) or a.years or a.currency or a.ops or a.expects):
            return True
        # "who'd they knock off?" after China's top spot: read alone (`alone`), the turn's
        # own words find another of the article's figures, which the last answer ignores
        if isinstance(alone, Query):
            return not set(alone.facts) & set(leaning.facts)
        content = set(self._content(a))
        if (
            alone.reason != "unsupported"
            or previous is None
            or not content
            or content & set(previous)
            or a.ops
            or a.expects
            or self.vocab.entities_named(a.stems)
        ):
            return False
        topic = self.base.facts[frame.facts[0]].entity
        return any(  # another figure of the same subject is what the new words name
            self.base.facts[f].entity == topic and content <= set(self._measure_stems(f))
            for f in self.vocab.candidates(content)  # through the word index, not a scan
            if f not in frame.facts and f in self.measure_stems
        )
