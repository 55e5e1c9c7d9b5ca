"""The question vocabulary that is not about any one fact, read from `lexicon.yaml`."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path

from intents.english import is_english
from intents.errors import FactBaseError, Problem
from intents.spelled import NumberWords, digits
from intents.text import stem, words
from intents.yaml_reader import LinedDict, LinedList, read_yaml

LEXICON_PATH = Path(__file__).with_name("lexicon.yaml")
Phrase = tuple[str, ...]


def phrase(text: str) -> Phrase:
    return tuple(stem(w) for w in words(text))


def contains_phrase(said: list[str], phrase: Phrase) -> bool:
    """Whether the stems hold the phrase, word for word and in order."""
    size = len(phrase)
    return any(tuple(said[i : i + size]) == phrase for i in range(len(said) - size + 1))


def leading_phrase(stems: list[str], table: frozenset[Phrase]) -> int:
    """Length of the longest phrase of `table` the stems start with (0 if none)."""
    for size in range(min(8, len(stems)), 0, -1):
        if tuple(stems[:size]) in table:
            return size
    return 0


_HYPHENED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")


@dataclass(frozen=True)
class ContrastKind:
    """Things of one kind ("languages": English, Russian, French): a claim that names one
    where the article's sentence names another is false."""

    name: str
    members: tuple[Phrase, ...]

    @property
    def stems(self) -> frozenset[str]:
        return frozenset(w for member in self.members for w in member)


@dataclass(frozen=True)
class Lexicon:
    rewrites: dict[tuple[str, ...], tuple[str, ...]]
    relative_years: dict[Phrase, int]
    year_shifts: dict[Phrase, int]  # "the year before": -1 from the figure's own year
    currencies: dict[Phrase, str]
    operations: dict[Phrase, str]
    expects: dict[Phrase, str]
    weak_expects: dict[Phrase, str]  # used only when no question phrase says it
    forecast_cues: frozenset[Phrase]
    anaphora: frozenset[Phrase]
    followup_openers: frozenset[Phrase]
    operand_openers: frozenset[Phrase]  # "minus online shopping": with the last figure
    stated_figure_cues: frozenset[Phrase]  # "as stated in the article": not converted
    stated_currency_marks: frozenset[str]  # "its OWN dollar figure": as stated, too
    stated_figure_nouns: frozenset[str]  # "own dollar FIGURE", not "own dollar terms"
    conversion_asks: frozenset[str]  # "at the article's rate": the conversion is asked
    function_words: frozenset[str]  # stopwords and fillers: accounted for in any question
    stopwords: frozenset[str]  # never part of a fact's vocabulary
    out_of_scope: frozenset[Phrase]  # subjects the article never covers
    other_currencies: frozenset[Phrase]  # "rubles": a unit the article never uses
    connectors: frozenset[str]  # words between the two figures of a comparison
    opinion_openers: frozenset[Phrase]  # "will ...?", "do you think ...?"
    opinion_words: frozenset[Phrase]  # "best", "should I", "recommend"
    opinion_phrases: frozenset[Phrase]  # "..., what do you think?": a judgement asked
    how_to_openers: frozenset[Phrase]  # "how do I ...?": a procedure asked, not a figure
    permission_openers: frozenset[Phrase]  # "can I ...": leave to act asked
    user_actions: frozenset[Phrase]  # "apply", "register": what a user would do
    belief_verbs: frozenset[str]  # "what do listeners think ...?": a view asked, not a figure
    future_cues: frozenset[Phrase]  # "will", "next": a question about what is to come
    deadline_cues: frozenset[Phrase]  # "supposed to": a year to come is asked
    by_when_cues: frozenset[Phrase]  # "by when": a target's deadline, or when it happened
    not_until_words: frozenset[str]  # "JD only launched it in 2017?": not before that year
    owner_cues: frozenset[Phrase]  # "run by", "owned by": whose a platform is
    exceeding_verbs: frozenset[str]  # "by how much did A exceed B": two measures set apart
    then_words: frozenset[str]  # "X is Y, so how many ...?": the question after the premise
    agent_endings: frozenset[str]  # "confirmed by?": who did it is asked
    purpose_endings: frozenset[Phrase]  # "what was it launched for?": its aim is asked
    purpose_deeds: frozenset[str]  # "set UP for", "BUILT for": a deed, not a figure, before
    breakdown_cues: frozenset[Phrase]  # "how much of X was B2B"
    part_words: frozenset[str]  # "and which part went to China?": a part of the last figure
    premise_openers: frozenset[Phrase]  # "given that", "if"
    event_nouns: frozenset[str]  # "years between these events?" after two dates
    topic_switches: frozenset[Phrase]  # "switching topics": the turn is read on its own
    first_periods: frozenset[Phrase]  # "in its first year": a figure's earliest period
    back_to_first: tuple[tuple[str, ...], ...]  # "back to the first number": (back, first,
    # figure, pointing, again) words, as typed
    computing_words: frozenset[str]  # "implied ... from the 14% share?": no claim
    question_nouns: frozenset[str]  # "year the State Council confirmed ...?": asks the year
    in_year_words: frozenset[str]  # "grew in 2016": the change inside that year
    origin_links: frozenset[str]  # "respondents from China": where people come from
    origin_verbs: frozenset[str]  # "came from China"
    origin_heads: frozenset[str]  # "how many were Chinese": people counted, not named
    span_words: frozenset[str]  # "from 2016", "since 2016": a year starting a span
    earlier_answer_words: frozenset[str]  # "the first", "the former": the earlier answer
    later_answer_words: frozenset[str]  # "the second", "the latter": the later one
    both_answer_words: frozenset[str]  # "them", "the two": both of the last two answers
    naming_verbs: frozenset[str]  # "is called VIPshop": the name claimed comes next
    name_words: frozenset[str]  # "the names of the regulations": a name asked
    time_passing: frozenset[str]  # "how many years passed": part of asking for a span
    span_separators: frozenset[str]  # "between A and B": the two sides of a span asked
    demonstratives: frozenset[str]  # "THAT survey": a pronoun before its own noun
    discourse_fillers: frozenset[str]  # "okay, uh, real talk, do you think ...": no request
    hesitations: tuple[str, ...]  # "uh", "um": thinking aloud, dropped before reading
    continuing_openers: dict[str, str]  # "which was 41 percent ...?": "that was"
    nationals: frozenset[str]  # "Russians", "Americans": people of a country, as typed
    dictated_punctuation: dict[str, str]  # "question mark" said aloud -> "?"
    cleft_openers: tuple[str, ...]  # "was it" of "was it PayPal who said that?"
    likeness_phrases: tuple[str, ...]  # ", same year as the guideline?": set beside, not about
    typed_symbols: dict[str, str]  # "#1" -> "number one", read before words are split
    up_to_now_phrases: frozenset[Phrase]  # "how many years so far": to the article's date
    outcome_words: frozenset[Phrase]  # "were actually established": what came of a plan
    slip_markers: tuple[str, ...]  # ", no wait, ...": a slip taken back mid-sentence
    slip_phrases: tuple[str, ...]
    slip_fillers: tuple[str, ...]  # ", no, JUST the full figure": words the slip opens with
    stand_in_nouns: frozenset[str]  # "ones": the first side's noun, said again
    done_auxiliaries: frozenset[str]  # "were built", "did China build": a plan carried out
    done_verbs: frozenset[Phrase]
    plan_words: frozenset[Phrase]  # "what did the guideline actually call for": the plan
    perfect_auxiliaries: frozenset[str]  # "has" of "has China been the largest ...?"
    perfect_participles: frozenset[str]  # ... and its "been"
    cleft_claim: str  # ... read as "was that from PayPal?"
    cleft_choice_question: str  # "was it A or B that ...": asks who
    year_choice_question: str  # "... in 2013 or 2014?": asks which year
    year_choice_links: tuple[str, ...]  # "in", "for": before each year offered
    share_of_openers: frozenset[Phrase]  # "As a percentage of ...?": of the last figure
    months: tuple[str, ...]  # month names as typed, for days said as ordinals
    day_ordinals: dict[str, int]  # "tenth" -> 10, beside a month's name
    answer_length_words: tuple[str, ...]  # "five LETTERS": the answer's shape, not a figure
    realised_words: frozenset[str]  # "an actual result": a figure said to have happened
    achieved_words: frozenset[Phrase]  # "were the 100 warehouses built?", as typed (not stemmed)
    unachieved_markers: frozenset[str]  # "aim TO build", "WILL hit": not said to be met
    premise_asides: frozenset[str]  # "implied total retail, given online = 14%?"
    question_words: frozenset[str]
    person_question_words: frozenset[str]  # "who": also opens a relative clause
    negated_ops: dict[Phrase, str]  # "not per year" -> cagr, which the question excludes
    conversion_words: frozenset[str]  # "at the article's rate": part of asking to convert
    period_phrases: frozenset[Phrase]  # "over the past year", "last 12 months"
    ignored_phrases: frozenset[Phrase]  # "in absolute terms": no operation meant
    whole_asks: frozenset[Phrase]  # "out of how many?": the whole of the last part
    gap_asks: frozenset[Phrase]  # "by how much?" after a comparison: the two figures' gap
    comparison_links: frozenset[str]  # "bigger than that": the second figure follows
    earlier_asks: frozenset[Phrase]  # "which came first, A or B?": the earlier event
    either_links: frozenset[str]  # "A or B": the two things a choice is between
    span_links: frozenset[str]  # "counting from 2017": a typed year ends a span
    span_end_links: frozenset[str]  # "by 2016": the end of a span, never from the article
    event_year_links: frozenset[str]  # "launched IN 2010, how old ...": the event's year
    giver_links: frozenset[str]  # "confirmed by which body?": who gave it is asked
    method_openers: frozenset[Phrase]  # "implied by ...", "based on ...": how, not what
    method_heads: frozenset[Phrase]  # "... the growth rate": the figure worked from
    absolute_words: frozenset[str]  # "grow in absolute terms": the change as an amount
    yes_no_openers: frozenset[Phrase]  # "is it true that", "did": the question checks a claim
    yes_no_tails: frozenset[Phrase]  # "..., right?", "... - correct?"
    date_prepositions: frozenset[Phrase]  # "as of April 10, 2017?": only places a date
    inclusion_words: frozenset[Phrase]  # "and English too?": one more item of a list
    figure_nouns: frozenset[str]  # "what was the figure for the US?": a number asked
    dated_nouns: frozenset[str]  # "and the warehouse guideline?" after a year: its year
    relative_dates: frozenset[str]  # "how many years later ...?": after the last date
    applying_words: frozenset[str]  # "apply it to the 26.1 trillion": the rate put to work
    level_asks: frozenset[Phrase]  # "what will it grow to?": the level, not the change
    person_pronouns: frozenset[str]  # "he", "him": the person the last answer named
    subject_pronouns: frozenset[str]  # "did THEY spend": who did it, named or not
    vague_people: frozenset[str]  # "did PEOPLE spend": nobody named
    vague_people_determiners: frozenset[str]  # "did THOSE guys spend"
    passive_auxiliaries: frozenset[str]  # "how much WAS spent": by whom, unsaid
    claim_pronouns: frozenset[str]  # "and IT overtook the US?": the last claim's subject
    become_asks: frozenset[str]  # "WHAT did China become?": the rank a subject rose to
    relative_heads_of_remarks: frozenset[str]  # "THAT's what he told us.": no question
    relative_pronouns: frozenset[str]  # "Russians WHO kept telling me": no question
    amount_forms: frozenset[tuple[str, ...]]  # "absolute figure?": an amount asked
    copulas: frozenset[str]  # "IS the number of ... bigger": a yes or no
    free_relative_links: frozenset[str]  # "than WHAT Russians spent": a figure, not asked
    date_anchors: frozenset[Phrase]  # "as of what date": asked after all
    source_currency_verbs: frozenset[str]  # "convert the yuan": the currency converted from
    source_determiners: frozenset[str]  # ... with "the", "my" between
    currency_links: frozenset[str]  # "change it TO dollars": exchanged, not changed
    person_possessives: frozenset[str]  # "his title": that person's
    figure_links: frozenset[str]  # "the figure FOR ...": the noun is what is asked
    courtesy_words: frozenset[str]  # "... is he right, please?": a courtesy after a tag
    origin_question: tuple[str, str]  # "where ... come from?": who gave the figure
    decline_words: frozenset[str]  # "did online shopping shrink?": a fall claimed, as typed
    rise_word: str  # the word a claimed fall is read with ("grow")
    exclusive_words: frozenset[str]  # "published by PayPal alone?": one of several named
    only_words: frozenset[str]  # "did China dislodge only the US?": fewer than listed
    only_words_before_a_name: frozenset[str]  # "just the US" (not "just checking")
    claim_joiners: frozenset[str]  # "and it displaced only the US?": no part of the claim
    compared_share_ops: frozenset[str]  # "the gap between A's share of X and B's share of Y"
    share_nouns: frozenset[str]  # "share", "proportion": naming a share compared
    share_noun: str  # the stem the fact base names its shares by
    change_verbs: frozenset[str]  # "did spending double?": a change no figure states
    instead_words: frozenset[str]  # "what was the actual share?" after a claim checked
    denied_then_words: frozenset[str]  # "how many then?" after a claim denied
    weak_yes_no_openers: frozenset[Phrase]  # "so ...?": a claim only if a statement follows
    entirety_words: frozenset[Phrase]  # "was it all spent on Chinese platforms?": the whole
    afterthought_words: frozenset[str]  # "what was it then?": a word that points nowhere
    claim_qualifiers: dict[Phrase, str]  # "more than" -> above: how a claimed figure binds
    bound_words: dict[Phrase, str]  # "the upper figure" -> upper: which bound is asked
    date_words: frozenset[str]  # "April 10", "12 months": numbers of dates, not figures
    claim_preambles: frozenset[Phrase]  # "confirm that the article says": not the claim
    introduction_ends: tuple[str, ...]  # "baker here, ...": who asks, before the question
    introduction_openers: tuple[str, ...]  # "as a court interpreter, ...": the same
    attribution_openers: frozenset[Phrase]  # "according to PayPal, is ...?": before a claim
    whole_first_openers: frozenset[Phrase]  # "of X, what is 80 percent?": the whole first
    aside_alternative_markers: tuple[str, ...]  # "..., not of the shoppers?": set aside
    bare_alternative_markers: tuple[str, ...]  # "... RATHER THAN the Ministry?": set aside
    aside_alternative_keeps: frozenset[str]  # "..., not counting China?": no alternative
    claim_restating: frozenset[str]  # "is Yandex described as": checked without "described"
    count_determiners: frozenset[str]  # "which two countries": 2 counts the answer
    answer_units: frozenset[str]  # "not the percent": a unit negated, not the measure
    uncounted: frozenset[str]  # "how many times/years/percent": no things counted
    amount_nouns: frozenset[str]  # "the number of cross-border trade": an amount
    auxiliaries: frozenset[str]  # "when did": a question word asks, not a relative clause
    do_forms: frozenset[str]  # "what target did he NAME?": a verb after one, no name asked
    majority_words: frozenset[str]  # "did most of it go to China": more than 50% of the whole
    increase_nouns: frozenset[str]  # "the increase": lower-case words as typed
    noun_openers: frozenset[str]  # words before a noun ("the", "that"), as stems
    derivation_cues: frozenset[str]  # "derived from the growth": the rate is a premise
    greetings: frozenset[Phrase]  # "hi", "good morning": before what a message says
    self_statements: frozenset[Phrase]  # "I'm writing a report": tells, asks nothing
    request_words: frozenset[Phrase]  # "I'm looking for ...": a request after all
    relating_words: frozenset[str]  # "JD and Vip launched in the same year": two named at once
    comparatives: dict[str, str]  # "bigger" -> above: the first figure is the larger
    purpose_words: frozenset[str]  # "for my worksheet": the user's own purpose
    purpose_articles: frozenset[str]  # "for the graphic": a purpose of common nouns
    narrowing_prepositions: frozenset[str]  # "..., on mobile?": a set-off phrase that narrows
    chatter_openers: frozenset[str]  # "while the dough proves what was ...": the user's doing
    chatter_owners: frozenset[str]  # "while MY laptop updates", "while THE dough proves"
    standing_in: frozenset[str]  # "..., coastal ONES?": words standing in for the thing asked
    modal_openers: frozenset[str]  # "..., would you trust it?": a phrase that asks
    user_possessives: frozenset[str]  # "my worksheet": a word about the user
    possessive_pronouns: frozenset[str]  # "than its users": whose, not the figure itself
    labelling_determiners: frozenset[str]  # "than the 60 million users": a name, no claim
    first_person: frozenset[str]  # "my nephew ...": a sentence about the user
    now: int  # the year "today" and "currently" mean: the year it is when asked
    reporting_verbs: frozenset[str]  # "my draft says ...": a claim in someone's words
    organisation_nouns: frozenset[str]  # "which firm estimated ...": who gave a figure
    present_words: frozenset[str]  # "the current exchange rate": today's, not the article's
    present_times: frozenset[Phrase]  # "the yuan rate NOW": today's, near a rate
    time_bound_words: frozenset[str]  # figures that change from day to day (rates, prices)
    frequency_words: frozenset[str]  # "monthly": how often, never the period noun it is built on
    pronouns: frozenset[str]  # "they", "it": the asking sentence points to the ones before
    no_before: frozenset[str]  # "no more than", "no idea": "no" negates nothing there
    article_words: frozenset[str]  # "when the article came out": the article's own date
    contrast_kinds: tuple[ContrastKind, ...]  # languages, titles, companies: one for another
    same_meaning: dict[str, str]  # "biggest" -> "largest": a claim's word for the article's
    opposites: dict[str, str]  # "b2b" <-> "b2c": one said where the article says the other
    claim_blockers: frozenset[str]  # "before", "already": claims the article cannot settle
    attribution_cues: frozenset[str]  # "came from", "estimated by": a claim about a source
    number_words: NumberWords | None  # "four point three" -> 4.3
    count_nouns: frozenset[str]  # "how many shoppers": the answer must be a count
    year_bounds: dict[str, str]  # "before" -> before: "before 2016" is 2015 or earlier
    year_determiners: frozenset[str]  # "before the 2016 meeting": a word between
    due_by_words: frozenset[str]  # "how much until 2018?" of a forecast: due by 2018
    date_relations: dict[Phrase, str]  # "older than" -> before, "same year as" -> same
    count_families: dict[str, str]  # stem -> what it counts ("users" and "buyers": people)
    meaning_verbs: frozenset[str]  # "sell", "earn": unknown verbs that change the measure
    request_openers: frozenset[str]  # "could you please": before the verb of a request
    embedding_verbs: frozenset[str]  # "wants to know when": a question after them
    earlier_edition_words: frozenset[str]  # "the PREVIOUS survey": a work never reported
    sum_verbs: frozenset[str]  # "if you ADD A to B": a sum, asked of the user
    sum_verb_openers: frozenset[str]  # "IF YOU add", "PLEASE add": the adding is asked
    sum_verb_tails: frozenset[str]  # "add UP", "add THOSE two": the adding is asked
    sum_joint_words: frozenset[Phrase]  # "both years TOGETHER": a sum of two figures
    sum_pair_words: frozenset[str]  # "BOTH years together": two figures named
    combined_heads: frozenset[Phrase]  # "the COMBINED VALUE of A and B": a sum
    part_and_rest_joins: frozenset[Phrase]  # "Chinese PLUS non-Chinese": both parts added
    making_verbs: frozenset[Phrase]  # "when was the forecast MADE": no date of its making
    averaging_words: frozenset[str]  # "ON AVERAGE per country": no breakdown asked
    home_places: frozenset[Phrase]  # "buyers IN CHINA": not a figure counted abroad
    abroad_measure_words: frozenset[str]  # "OVERSEAS buyers": a measure counted abroad
    rate_words: frozenset[str]  # "what rate": the exchange rate is asked beside currencies
    using_words: frozenset[str]  # "the rate used": a rate named as the one applied
    content_verbs: frozenset[str]  # "what did the regulations say": what a thing holds
    choosing_words: frozenset[str]  # "what regulations", "which rules": which ones
    rate_means_words: frozenset[str]  # "with the article's rate": the rate converts
    rate_per: str  # the currency a rate is quoted per when the question does not say
    rounding_units: frozenset[Phrase]  # "2 decimal places": how to round, after a number
    clock_units: frozenset[Phrase]  # "4am", "at 10 pm": a time of day after a number
    telegram_stops: tuple[str, ...]  # "... 2016 YUAN STOP": a sentence's end, in capitals
    alone_words: frozenset[str]  # "retail-only": one part of a figure given together
    claim_alone_words: frozenset[str]  # "is it just retail?": a part alone, in a claim
    giver_nouns: frozenset[str]  # "which company is the source of ...": who gave a figure
    naming_question_words: frozenset[str]  # "who", "which": a name asked
    multiple_joiners: frozenset[str]  # "three times as many A as B": between the figures
    part_of_last_words: frozenset[str]  # "half that?": all a share of the last figure says
    pair_joiners: frozenset[str]  # "retail and B2B": a figure given as parts together
    pair_contrasts: frozenset[str]  # "B2B vs retail": those parts set against each other
    new_pair_links: frozenset[str]  # "and cross-border TO online shopping": a new pair
    asker_us_before: frozenset[str]  # "tell us": the asker, not the United States
    country_us: str  # what "us e-commerce" reads "us" as
    comparing_words: frozenset[str]  # "than", "versus": two figures set against each other
    two_sided_words: frozenset[str]  # "between X and Y", "X minus Y": both sides named
    among_words: frozenset[str]  # "among Russians, what share?": the people a share is of
    date_asks: frozenset[str]  # "did he give a DATE for the target?": a target's date asked
    ratio_joiners: frozenset[Phrase]  # "total over cross-border": the first over the second
    base_markers: frozenset[str]  # "percent of that": the pronoun after is an operand
    whole_markers: frozenset[str]  # "is that of 28,000?": the figure after is a whole
    open_endings: frozenset[str]  # "so one yuan is worth?": the value is asked, not claimed
    scope_words: frozenset[str]  # "does it include retail only?": what a figure covers
    short_forms: frozenset[str]  # "incl." ends no sentence
    whole_words: frozenset[str]  # "and all together?": the whole of the part just given
    doing_verbs: frozenset[str]  # "who did/ran the survey": made a piece of research
    study_nouns: frozenset[str]  # "survey", "report", "study": research someone made
    released_works: frozenset[str]  # "report", "survey": released as a whole
    topic_links: frozenset[Phrase]  # "the survey about shopping": what the study was about
    topic_heads: frozenset[str]  # ... of a survey of people, not of data or a report
    topic_modifiers: frozenset[str]  # "a SHOPPING survey": its topic, not who it counts
    excepting_words: frozenset[str]  # "other than Chinese": a negation without "not"
    target_words: frozenset[str]  # "that goal": the answer must be a target or built on one
    rate_basis_openers: tuple[str, ...]  # "using the same rate as the 6.3tn": no operand
    rate_basis_read_as: str  # ... read as "the article's rate"
    user_world_nouns: frozenset[str]  # "how many episodes of our podcast ...": none counted
    uncounted_nouns: frozenset[str]  # "how many purchases", "how many orders": none counted
    price_words: frozenset[str]  # "the VALUE of purchases": money, not a count
    staff_verbs: frozenset[str]  # "how many people work in ...": staff, never counted
    existential_openers: frozenset[Phrase]  # "is there a 2018 target?": silence is no No
    removing_words: frozenset[Phrase]  # "once you take out the Chinese share": no kind asked
    remaining_words: frozenset[str]  # "how many are left once you take out ...": the rest
    per_hundred: tuple[str, ...]  # "out of every hundred users, how many ...": a percentage
    per_hundred_read_as: str  # ... read as "as a percentage of"
    truth_words: frozenset[str]  # "is it TRUE that ...": an opener's words, no figure
    span_prepositions: frozenset[str]  # "in 2 years" after a growth: its span
    pseudo_cleft_openers: tuple[str, ...]  # "is it true 4.3bn is what they spent?"
    statement_verbs: frozenset[str]  # "... WAS 26.1 trillion yuan.": a statement to check
    definition_openers: frozenset[Phrase]  # "what is", "define": a meaning asked, maybe
    definition_words: frozenset[Phrase]  # "what does X MEAN": a meaning asked
    definition_blockers: frozenset[str]  # "what is the VOLUME": a figure asked after all
    statement_read_as: str  # how such a statement is read: as a claim to check
    pseudo_cleft_bare_openers: tuple[str, ...]  # "is 4.3bn what they spent?"
    ending_verbs: frozenset[Phrase]  # "when did VIPme leave the market?": no ending reported
    ending_forms: frozenset[str]  # "was VIPme closed?": as typed, never "close to"
    percent_marks: frozenset[str]  # "14%", "14 per cent": a figure typed as a percentage
    per_markers: frozenset[str]  # "per country", "each country": the kind divided by
    sum_of_a_pair: frozenset[Phrase]  # "what do A and B come to?": a sum of the two
    ending_before_a_name: frozenset[str]  # "when did Vip CLOSE VIPme?": a name follows
    person_time_words: frozenset[Phrase]  # "what did Shen Difan do before?": another time
    month_questions: frozenset[Phrase]  # "which month?": a month asked
    month_names: frozenset[str]  # "April": a sentence that names a month
    person_time_exceptions: frozenset[Phrase]  # "his first name": the name, no other time
    horizons: dict[Phrase, str]  # "long-term" -> long: how far ahead a target looks
    achieving_words: frozenset[str]  # "% of target hit": the part done, not the gap left
    rate_verbs: frozenset[str]  # "one yuan buys how many dollars": a rate, not shopping
    purpose_openers: frozenset[Phrase]  # "so (that) I can compare it": the user's plan
    contingency_openers: frozenset[Phrase]  # "in case I want to ...": the user's need
    rise_particles: frozenset[str]  # "up by how much?": how much a figure rose
    particle_verbs: frozenset[str]  # "set up", "end up": "up" of another verb
    purpose_modals: frozenset[str]  # ... the "can" after the user
    day_nouns: frozenset[str]  # "date", "day": ... asked with a marker up to two words before
    day_markers: frozenset[str]  # "what", "exact": "the exact release date"
    ongoing_words: frozenset[str]  # "already", "still": true of every year of a state
    earlier_words: frozenset[str]  # "already in 2015": before a first time, never true
    relative_words: frozenset[str]  # "... of active users who bought": a clause begins
    state_verbs: frozenset[str]  # "was it still the largest?": a state, not an event
    continuing_words: frozenset[str]  # "by Alibaba Group?": adds to the last claim
    description_words: frozenset[str]  # "how is iResearch described?"
    described: str  # the stem the facts that describe a name carry
    first_time: frozenset[Phrase]  # "for the first time in 2016"
    since_words: frozenset[str]  # "since 2013": a lasting state
    what_is_words: frozenset[str]  # "what kind of company is Vip": beside a name, ask what it is
    task_verbs: frozenset[str]  # "translate", "send": a chore, not a question
    list_cues: frozenset[str]  # "name", "mentioned": a list of names is asked for
    list_blockers: frozenset[Phrase]  # "how much went to all ...": a sum, never a list
    ordered_ops: frozenset[str]  # "ratio of A to B": the order as asked
    aggregate_words: frozenset[str]  # "total retail": an aggregate measure named
    list_scope: frozenset[str]  # "Chinese", "in the story": words that only place a list
    reason_markers: frozenset[Phrase]  # "aims at", "to test": a sentence that gives a reason
    subject_markers: frozenset[str]  # "on Wish": the next word names a subject
    buyer_nouns: frozenset[str]  # "Chinese shoppers": the nationality buys
    seller_nouns: frozenset[str]  # "Russian sites": the nationality sells
    flow_verbs: frozenset[str]  # "went to Russia": the nationality receives
    overtaking_verbs: frozenset[str]  # "overtook": who passed whom
    becoming_verbs: frozenset[str]  # "became the largest": who rose
    buyer_verbs: frozenset[str]  # "the Chinese spend in Russia": the buyers named
    goods_verbs: frozenset[str]  # "what did they buy?": the goods are asked
    thing_question_words: frozenset[str]  # "WHAT did they buy?": a thing, not a figure
    document_asks: frozenset[Phrase]  # "the full text of the guideline": a chore
    money_words: frozenset[str]  # "how much money": the answer must be money
    money_nouns: frozenset[str]  # "how much MONEY": money by name, never a count
    value_words: frozenset[str]  # "and the figure itself?": the value, not who gave it
    other_side_connectors: frozenset[str]  # "and than X?": the other side of a comparison
    figure_mentions: frozenset[str]  # "the 100m thing": with figure_nouns, the figure meant
    mechanism_verbs: frozenset[str]  # "how do flash sales work?": never explained
    now_words: frozenset[Phrase]  # "... have now?": never a forecast
    implying_words: frozenset[str]  # "what rate does the article imply": the exchange rate
    source_verbs: frozenset[str]  # "which company give it": who gave a figure
    yes_no_words: frozenset[str]  # "... or no?": a tag, not a choice offered
    forecast_nouns: frozenset[str]  # "the 2018 forecast?": the forecast named
    name_asks: frozenset[Phrase]  # "which platform ...": a name, never a figure
    unrounded_words: frozenset[Phrase]  # "the exact number": never a bound
    set_aside_words: frozenset[Phrase]  # "..., not just 'more than 100 million'"
    correcting_openers: frozenset[tuple[str, ...]]  # "... ? I mean JD.": part of the question
    rejecting_words: tuple[str, ...]  # "I meant X, not Y": Y is taken back, not negated
    rejected_determiners: tuple[str, ...]  # "not THE growth": a thing taken back
    correction_leads: frozenset[str]  # "no, sorry, I meant JD's": before a correction
    which_one_phrases: frozenset[Phrase]  # "which one opened first?": a name, not a count
    worked_back_words: frozenset[str]  # "before the 24.7% growth": a figure worked back
    span_from_last: frozenset[str]  # "how many years after AliExpress?": from the last date
    relative_heads: frozenset[str]  # "the rest who didn't buy": "who" starts a clause
    grown_to_words: frozenset[Phrase]  # "grew 24.7% - to what?": the figure after the growth
    share_words: frozenset[str]  # "what share of X": X is the whole
    giving_words: frozenset[str]  # "from Sberbank?": who gave the figure is claimed

    def contrast_kind(self, name: str) -> ContrastKind | None:
        """The things of one kind ("countries", "titles"), if the lexicon lists them."""
        return next((k for k in self.contrast_kinds if k.name == name), None)

    @cached_property
    def nationality_stems(self) -> frozenset[str]:
        """ "Russian", "Chinese": words of people that also say where, not who."""
        kind = self.contrast_kind("nationalities")
        return kind.stems if kind else frozenset()

    def with_joins(self, joins: dict[tuple[str, ...], tuple[str, ...]]) -> Lexicon:
        """This lexicon with more rewrites (the fact base's compounds typed with spaces)."""
        return replace(self, rewrites={**joins, **self.rewrites})

    def words(self, text: str) -> list[str]:
        """Folded words, numbers in words as digits and the lexicon's rewrites applied
        ("RMB" -> "yuan", "four point three" -> "4.3")."""
        if " / " in text and "?" not in text and not set(words(text)) & self.question_words:
            text = text.replace(" / ", " divided by ")  # terse notation: "AE buyers / countries"
        if self.number_words is not None and "-" in text:
            text = _HYPHENED.sub(self._spaced_number, text)  # "twenty-eight" as two words
        tokens = [_modern_form(t) if t.endswith("eth") else t for t in words(text)]
        if self.number_words is not None:
            # "three quarters" is a fraction before "three" is a digit
            tokens = rewrite(tokens, self.spelled_rewrites, self.longest_rewrite)
            tokens = digits(tokens, self.number_words)
        return rewrite(tokens, self.rewrites, self.longest_rewrite)

    def _spaced_number(self, match: re.Match) -> str:
        spelled = self.number_words
        parts = match.group(0).split("-")
        if spelled is not None and all(spelled.is_number_word(p.lower()) for p in parts):
            return " ".join(parts)
        return match.group(0)

    @cached_property
    def spelled_rewrites(self) -> dict[tuple[str, ...], tuple[str, ...]]:
        """The rewrites of phrases with a number in words ("two thirds")."""
        spelled = self.number_words
        if spelled is None:
            return {}
        return {k: v for k, v in self.rewrites.items() if any(spelled.small(w) for w in k)}

    @cached_property
    def pointing_words(self) -> frozenset[str]:
        """The one-word anaphora ("that", "it", "there"): a sentence with one points back."""
        return frozenset(p[0] for p in self.anaphora if len(p) == 1)

    @cached_property
    def longest_rewrite(self) -> int:
        return max((len(k) for k in self.rewrites), default=1)

    def phrases(self) -> set[str]:
        """Every stem the lexicon knows, for the spelling corrector."""
        known: set[str] = set(self.function_words)
        for group in (
            self.relative_years,
            self.currencies,
            self.operations,
            self.expects,
            self.forecast_cues,
            self.anaphora,
            self.followup_openers,
        ):
            for key in group:
                known.update(key)
        return known


def rewrite(
    tokens: list[str], rewrites: dict[tuple[str, ...], tuple[str, ...]], longest: int = 4
) -> list[str]:
    """Replace the longest listed word sequences (of at most `longest` words), left to right."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for size in range(min(longest, len(tokens) - i), 0, -1):
            key = tuple(tokens[i : i + size])
            if key in rewrites:
                out.extend(rewrites[key])
                i += size
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def _table(raw: dict, value_of=lambda key, value: value) -> dict[Phrase, object]:
    return {phrase(str(k)): value_of(k, v) for k, v in raw.items()}


def _inverted(raw: dict[str, list[str]]) -> dict[Phrase, str]:
    table: dict[Phrase, str] = {}
    for name, phrases in raw.items():
        for text in phrases:
            table.setdefault(phrase(str(text)), name)
    return table


def _stems(items: list) -> frozenset[str]:
    """One-word entries, stemmed as questions are."""
    return frozenset(stem(str(item)) for item in items)


def _phrases(items: list) -> frozenset[Phrase]:
    """Entries of one or more words, as stemmed phrases."""
    return frozenset(phrase(str(item)) for item in items)


def _attribution_tails(table: dict) -> frozenset[Phrase]:
    """Every opening, speaker and verb of saying together ("is that what they claimed"),
    as stemmed phrases."""
    return frozenset(
        phrase(f"{opening} {speaker} {verb}")
        for opening in table["openings"]
        for speaker in table["speakers"]
        for verb in table["verbs"]
    )


def _classes(table: dict) -> dict[str, str]:
    """word -> its class, for a mapping of class -> words ("above": [bigger, more])."""
    return {stem(str(word)): str(name) for name, members in table.items() for word in members}


def _phrase_classes(table: dict) -> dict[Phrase, str]:
    """phrase -> its class, for a mapping of class -> phrases ("before": [older than])."""
    return {phrase(str(item)): str(name) for name, members in table.items() for item in members}


def _year(value: object) -> int:
    """A year as written, or "today": the year it is now, for "currently" and its kin."""
    if value == "today":
        import datetime

        return datetime.date.today().year
    return int(value)  # type: ignore[call-overload]


# A word that carries no meaning cannot also be one that changes what is measured.
_SAYS_NOTHING = ("function_words", "filler_words")
_SAYS_SOMETHING = ("meaning_verbs", "opinion_words", "task_verbs")


def lexicon_problems(path: Path = LEXICON_PATH) -> list[Problem]:
    """What is wrong with a lexicon file, each as file:line: a key given twice (YAML would
    keep the last silently), a bare on/off/yes/no that YAML reads as true or false, a phrase
    that both says nothing and changes the measure."""
    doc = read_yaml(path)
    name = str(path)
    problems: list[Problem] = []
    if not isinstance(doc, LinedDict):
        return [Problem(name, 1, "a lexicon is a mapping of word lists")]

    def walk(node: object) -> None:
        if isinstance(node, LinedDict):
            for key, line in node.duplicates:
                problems.append(Problem(name, line, f"'{key}' is given twice"))
            for value in node.values():
                walk(value)
        elif isinstance(node, LinedList):
            for i, item in enumerate(node):
                if isinstance(item, bool) or item is None:  # YAML reads on/off/yes/no so
                    at = node.lines[i] if i < len(node.lines) else node.line
                    problems.append(Problem(name, at, f"a word is read as {item}: quote it"))

    walk(doc)
    silent = _phrases_at(doc, _SAYS_NOTHING)
    problems += _silenced_by_stem(doc, name, silent["*"])
    for category, found in _phrases_at(doc, _SAYS_SOMETHING).items():
        if category == "*":
            continue
        for key, (item, line) in found.items():
            if key in silent.get("*", {}):
                other = silent["*"][key]
                problems.append(
                    Problem(
                        name,
                        line,
                        f"'{item}' is in {category} and also says nothing (line {other[1]})",
                    )
                )
    return problems


def _silenced_by_stem(doc: LinedDict, name: str, silent: dict) -> list[Problem]:
    """Meaning verbs that a word saying nothing hides once both are stemmed ("quit" and
    "quite"): questions are read by stems, and every word of a silent entry is silent."""
    by_stem: dict[str, tuple[str, int]] = {}
    for key, (item, line) in silent.items():
        for w in words(key):
            by_stem.setdefault(stem(w), (item, line))
    verbs = doc.get("meaning_verbs")
    problems = []
    for i, item in enumerate(verbs if isinstance(verbs, LinedList) else ()):
        at = verbs.lines[i] if i < len(verbs.lines) else verbs.line
        for w in words(str(item)):
            if stem(w) in by_stem:
                other, line = by_stem[stem(w)]
                problems.append(
                    Problem(name, at, f"'{item}' reads as '{other}' (line {line}) once stemmed")
                )
    return problems


def _phrases_at(doc: LinedDict, categories: tuple[str, ...]) -> dict[str, dict]:
    """phrase -> (as written, line) per category, and all of them under "*"."""
    out: dict[str, dict] = {"*": {}}
    for category in categories:
        items = doc.get(category)
        if not isinstance(items, LinedList):
            continue
        found = out.setdefault(category, {})
        for i, item in enumerate(items):
            at = items.lines[i] if i < len(items.lines) else items.line
            key = " ".join(str(item).lower().split())  # as written: "write" is no "writing"
            found.setdefault(key, (str(item), at))
            out["*"].setdefault(key, (str(item), at))
    return out


@lru_cache(maxsize=4)
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    """The lexicon in `path`; `FactBaseError` with file:line when `lexicon_problems` finds
    anything."""
    problems = lexicon_problems(path)
    if problems:
        raise FactBaseError(problems)
    import yaml  # only when building: a cached assistant never needs it

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    raw = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - safe
    rewrites = {tuple(words(str(k))): tuple(words(str(v))) for k, v in raw["rewrites"].items()}
    for key, value in list(rewrites.items()):  # "four-fifths" is read "fourfifths"
        if len(key) == 2 and value[-1:] == ("percent",):
            rewrites.setdefault(("".join(key),), value)
    for text in raw["describing_texts"]:  # "the article calls": "the article describes"
        for verb, meaning in raw["describing_verbs"].items():
            rewrites.setdefault((str(text), str(verb)), (str(text), str(meaning)))
    return Lexicon(
        rewrites=rewrites,
        relative_years={phrase(k): _year(v) for k, v in raw["relative_years"].items()},
        year_shifts={phrase(k): int(v) for k, v in raw["year_shifts"].items()},
        currencies=_inverted(raw["currencies"]),
        operations=_inverted(raw["operations"]),
        expects=_inverted(raw["expects"]),
        weak_expects=_inverted(raw["weak_expects"]),
        forecast_cues=_phrases(raw["forecast_cues"]),
        anaphora=_phrases(raw["anaphora"]),
        followup_openers=_phrases(raw["followup_openers"]),
        operand_openers=_phrases(raw["operand_openers"]),
        stated_figure_cues=_phrases(raw["stated_figure_cues"]),
        stated_currency_marks=_stems(raw["stated_currency_marks"]),
        stated_figure_nouns=_stems(raw["stated_figure_nouns"]),
        conversion_asks=_stems(raw["conversion_asks"]),
        function_words=frozenset(
            stem(w)
            for t in [*raw["function_words"], *raw["filler_words"], *raw["unit_words"]]
            for w in words(str(t))
        ),
        stopwords=frozenset(stem(w) for t in raw["function_words"] for w in words(str(t))),
        connectors=frozenset(stem(w) for w in raw["connectors"]),
        opinion_openers=_phrases(raw["opinion_openers"]),
        opinion_words=_phrases(raw["opinion_words"]),
        opinion_phrases=_phrases(raw["opinion_phrases"]),
        how_to_openers=_phrases(raw["how_to_openers"]),
        permission_openers=_phrases(raw["permission_openers"]),
        user_actions=_phrases(raw["user_actions"]),
        belief_verbs=frozenset(raw["belief_verbs"]),
        future_cues=_phrases(raw["future_cues"]),
        deadline_cues=_phrases(raw["deadline_cues"]),
        by_when_cues=_phrases(raw["by_when_cues"]),
        not_until_words=_stems(raw["not_until_words"]),
        owner_cues=_phrases(raw["owner_cues"]),
        exceeding_verbs=_stems(raw["exceeding_verbs"]),
        then_words=_stems(raw["then_words"]),
        agent_endings=_stems(raw["agent_endings"]),
        purpose_endings=_phrases(raw["purpose_endings"]),
        purpose_deeds=frozenset(raw["purpose_deeds"]),
        breakdown_cues=_phrases(raw["breakdown_cues"]),
        part_words=_stems(raw["part_words"]),
        premise_openers=_phrases(raw["premise_openers"]),
        premise_asides=_stems(raw["premise_asides"]),
        discourse_fillers=_stems(raw["discourse_fillers"]),
        hesitations=tuple(str(item).lower() for item in raw["hesitations"]),
        continuing_openers={
            str(said).lower(): str(meant) for said, meant in raw["continuing_openers"].items()
        },
        nationals=frozenset(str(item).lower() for item in raw["nationals"]),
        months=tuple(str(m).lower() for m in raw["months"]),
        day_ordinals={str(k).lower(): int(v) for k, v in raw["day_ordinals"].items()},
        answer_length_words=tuple(str(w) for w in raw["answer_length_words"]),
        dictated_punctuation={
            str(said).lower(): str(mark) for said, mark in raw["dictated_punctuation"].items()
        },
        realised_words=_stems(raw["realised_words"]),
        achieved_words=frozenset(tuple(str(i).lower().split()) for i in raw["achieved_words"]),
        unachieved_markers=frozenset(str(w).lower() for w in raw["unachieved_markers"]),
        cleft_openers=tuple(str(item).lower() for item in raw["cleft_openers"]),
        likeness_phrases=tuple(str(item).lower() for item in raw["likeness_phrases"]),
        typed_symbols={str(k).lower(): str(v) for k, v in raw["typed_symbols"].items()},
        up_to_now_phrases=_phrases(raw["up_to_now_phrases"]),
        outcome_words=_phrases(raw["outcome_words"]),
        slip_markers=tuple(raw["slip_markers"]),
        slip_phrases=tuple(raw["slip_phrases"]),
        slip_fillers=tuple(raw["slip_fillers"]),
        stand_in_nouns=frozenset(raw["stand_in_nouns"]),
        done_auxiliaries=_stems(raw["done_auxiliaries"]),
        done_verbs=_phrases(raw["done_verbs"]),
        plan_words=_phrases(raw["plan_words"]),
        perfect_auxiliaries=_stems(raw["perfect_auxiliaries"]),
        perfect_participles=_stems(raw["perfect_participles"]),
        cleft_claim=str(raw["cleft_claim"]),
        cleft_choice_question=str(raw["cleft_choice_question"]),
        year_choice_question=str(raw["year_choice_question"]),
        year_choice_links=tuple(str(w) for w in raw["year_choice_links"]),
        share_of_openers=_phrases(raw["share_of_openers"]),
        time_passing=_stems(raw["time_passing"]),
        span_separators=_stems(raw["span_separators"]),
        demonstratives=_stems(raw["demonstratives"]),
        naming_verbs=_stems(raw["naming_verbs"]),
        name_words=_stems(raw["name_words"]),
        event_nouns=_stems(raw["event_nouns"]),
        topic_switches=_phrases(raw["topic_switches"]),
        first_periods=_phrases(raw["first_periods"]),
        back_to_first=tuple(
            tuple(str(w).lower() for w in raw["back_to_first"][part])
            for part in ("back", "first", "figure", "pointing", "again")
        ),
        computing_words=_stems(raw["computing_words"]),
        question_nouns=_stems(raw["question_nouns"]),
        in_year_words=_stems(raw["in_year_words"]),
        origin_links=_stems(raw["origin_links"]),
        origin_verbs=_stems(raw["origin_verbs"]),
        origin_heads=_stems(raw["origin_heads"]),
        span_words=_stems(raw["span_words"]),
        earlier_answer_words=_stems(raw["earlier_answer_words"]),
        later_answer_words=_stems(raw["later_answer_words"]),
        both_answer_words=_stems(raw["both_answer_words"]),
        question_words=_stems(raw["question_words"]),
        person_question_words=_stems(raw["person_question_words"]),
        negated_ops=_inverted(raw["negated_operations"]),
        period_phrases=_phrases(raw["period_phrases"]),
        ignored_phrases=_phrases(raw["ignored_phrases"]),
        amount_forms=_phrases(raw["amount_forms"]),
        copulas=_stems(raw["copulas"]),
        free_relative_links=_stems(raw["free_relative_links"]),
        date_anchors=_phrases(raw["date_anchors"]),
        whole_asks=_phrases(raw["whole_asks"]),
        gap_asks=_phrases(raw["gap_asks"]),
        comparison_links=_stems(raw["comparison_links"]),
        earlier_asks=_phrases(raw["earlier_asks"]),
        either_links=_stems(raw["either_links"]),
        span_links=_stems(raw["span_links"]),
        span_end_links=_stems(raw["span_end_links"]),
        event_year_links=_stems(raw["event_year_links"]),
        giver_links=_stems(raw["giver_links"]),
        method_openers=_phrases(raw["method_openers"]),
        method_heads=_phrases(raw["method_heads"]),
        absolute_words=_stems(raw["absolute_words"]),
        yes_no_openers=_phrases(raw["yes_no_openers"]),
        yes_no_tails=_phrases(raw["yes_no_tails"]) | _attribution_tails(raw["attribution_tails"]),
        date_prepositions=_phrases(raw["date_prepositions"]),
        inclusion_words=_phrases(raw["inclusion_words"]),
        figure_nouns=_stems(raw["figure_nouns"]),
        dated_nouns=_stems(raw["dated_nouns"]),
        relative_dates=_stems(raw["relative_dates"]),
        applying_words=_stems(raw["applying_words"]),
        level_asks=_phrases(raw["level_asks"]),
        person_pronouns=frozenset(str(w) for w in raw["person_pronouns"]),
        subject_pronouns=frozenset(str(w) for w in raw["subject_pronouns"]),
        vague_people=frozenset(str(w) for w in raw["vague_people"]),
        vague_people_determiners=frozenset(str(w) for w in raw["vague_people_determiners"]),
        passive_auxiliaries=frozenset(str(w) for w in raw["passive_auxiliaries"]),
        claim_pronouns=frozenset(str(w) for w in raw["claim_pronouns"]),
        become_asks=_stems(raw["become_asks"]),
        relative_heads_of_remarks=frozenset(str(w) for w in raw["relative_heads_of_remarks"]),
        relative_pronouns=frozenset(str(w) for w in raw["relative_pronouns"]),
        source_currency_verbs=_stems(raw["source_currency_verbs"]),
        source_determiners=_stems(raw["source_determiners"]),
        currency_links=_stems(raw["currency_links"]),
        person_possessives=frozenset(str(w) for w in raw["person_possessives"]),
        figure_links=_stems(raw["figure_links"]),
        courtesy_words=_stems(raw["courtesy_words"]),
        origin_question=tuple(stem(w) for w in raw["origin_question"][:2]),
        decline_words=frozenset(w.lower() for w in raw["decline_words"]),
        rise_word=str(raw["rise_word"]),
        exclusive_words=_stems(raw["exclusive_words"]),
        only_words=_stems(raw["only_words"]) | _stems(raw["exclusive_words"]),
        only_words_before_a_name=_stems(raw["only_words_before_a_name"]),
        claim_joiners=_stems(raw["claim_joiners"]),
        compared_share_ops=frozenset(raw["compared_share_ops"]),
        share_nouns=_stems(raw["share_nouns"]),
        share_noun=stem(raw["share_noun"]),
        change_verbs=_stems(raw["change_verbs"]),
        instead_words=_stems(raw["instead_words"]),
        denied_then_words=_stems(raw["denied_then_words"]),
        weak_yes_no_openers=_phrases(raw["weak_yes_no_openers"]),
        entirety_words=_phrases(raw["entirety_words"]),
        afterthought_words=_stems(raw["afterthought_words"]),
        claim_qualifiers=_inverted(raw["claim_qualifiers"]),
        bound_words=_inverted(raw["bound_words"]),
        date_words=_stems(raw["date_words"]) | _stems(raw["month_names"]),
        claim_preambles=_phrases(raw["claim_preambles"]),
        introduction_ends=tuple(str(w) for w in raw["introduction_ends"]),
        introduction_openers=tuple(str(w) for w in raw["introduction_openers"]),
        attribution_openers=_phrases(raw["attribution_openers"]),
        whole_first_openers=_phrases(raw["whole_first_openers"]),
        aside_alternative_markers=tuple(str(w) for w in raw["aside_alternative_markers"]),
        bare_alternative_markers=tuple(str(w) for w in raw["bare_alternative_markers"]),
        aside_alternative_keeps=frozenset(str(w) for w in raw["aside_alternative_keeps"]),
        claim_blockers=_stems(raw["claim_blockers"]),
        count_determiners=_stems(raw["count_determiners"]),
        answer_units=_stems(raw["answer_units"]),
        auxiliaries=_stems(raw["auxiliaries"]),
        do_forms=_stems(raw["do_forms"]),
        uncounted=_stems(raw["uncounted"]),
        amount_nouns=_stems(raw["amount_nouns"]),
        majority_words=_stems(raw["majority_words"]),
        increase_nouns=frozenset(w.lower() for w in raw["increase_nouns"]),
        noun_openers=_stems(raw["noun_openers"]),
        relating_words=_stems(raw["relating_words"]),
        greetings=_phrases(raw["greetings"]),
        derivation_cues=_stems(raw["derivation_cues"]),
        self_statements=_phrases(raw["self_statements"]),
        request_words=_phrases(raw["request_words"]),
        claim_restating=_stems(raw["claim_restating"]),
        comparatives=_classes(raw["comparatives"]),
        no_before=_stems(raw["no_before"]),
        pronouns=_stems(raw["pronouns"]),
        now=_year("today"),
        reporting_verbs=_stems(raw["reporting_verbs"]),
        organisation_nouns=_stems(raw["organisation_nouns"]),
        present_words=_stems(raw["present_words"]),
        present_times=_phrases(raw["present_times"]),
        time_bound_words=_stems(raw["time_bound_words"]),
        first_person=frozenset(str(w) for w in raw["first_person"]),
        user_possessives=frozenset(str(w) for w in raw["user_possessives"]),
        possessive_pronouns=_stems(raw["possessive_pronouns"]),
        labelling_determiners=_stems(raw["labelling_determiners"]),
        purpose_words=frozenset(str(w) for w in raw["purpose_words"]),
        purpose_articles=frozenset(str(w) for w in raw["purpose_articles"]),
        narrowing_prepositions=frozenset(stem(str(w)) for w in raw["narrowing_prepositions"]),
        chatter_openers=frozenset(stem(str(w)) for w in raw["chatter_openers"]),
        chatter_owners=frozenset(str(w).lower() for w in raw["chatter_owners"]),
        standing_in=frozenset(stem(str(w)) for w in raw["standing_in"]),
        modal_openers=frozenset(stem(str(w)) for w in raw["modal_openers"]),
        article_words=frozenset(stem(w) for t in raw["article_words"] for w in words(str(t))),
        contrast_kinds=tuple(
            ContrastKind(
                name,
                tuple(
                    phrase(str(m))
                    for m in [*members, *(raw["outside_companies"] if name == "companies" else [])]
                ),
            )
            for name, members in raw["contrast_kinds"].items()
        ),
        same_meaning={stem(str(a)): stem(str(b)) for a, b in raw["same_meaning"].items()},
        opposites={
            stem(str(x)): stem(str(y))
            for a, b in raw["opposites"].items()
            for x, y in ((a, b), (b, a))
        },
        attribution_cues=_stems(raw["attribution_cues"]),
        number_words=NumberWords.from_data(raw["number_words"]),
        count_nouns=_stems(raw["count_nouns"]),
        year_bounds=_classes(raw["year_bounds"]),
        year_determiners=_stems(raw["year_determiners"]),
        due_by_words=_stems(raw["due_by_words"]),
        date_relations=_phrase_classes(raw["date_relations"]),
        count_families=_classes(raw["count_families"]),
        request_openers=_stems(raw["request_openers"]),
        embedding_verbs=_stems(raw["embedding_verbs"]),
        earlier_edition_words=_stems(raw["earlier_edition_words"]),
        sum_verbs=_stems(raw["sum_verbs"]),
        sum_verb_openers=_stems(raw["sum_verb_openers"]),
        sum_verb_tails=_stems(raw["sum_verb_tails"]),
        sum_joint_words=_phrases(raw["sum_joint_words"]),
        sum_pair_words=_stems(raw["sum_pair_words"]),
        combined_heads=_phrases(raw["combined_heads"]),
        part_and_rest_joins=_phrases(raw["part_and_rest_joins"]),
        making_verbs=_phrases(raw["making_verbs"]),
        averaging_words=_stems(raw["averaging_words"]),
        home_places=_phrases(raw["home_places"]),
        abroad_measure_words=_stems(raw["abroad_measure_words"]),
        what_is_words=_stems(raw["what_is_words"]),
        relative_words=_stems(raw["relative_words"]),
        state_verbs=_stems(raw["state_verbs"]),
        continuing_words=_stems(raw["continuing_words"]),
        description_words=_stems(raw["description_words"]),
        described=stem(str(raw["description_words"][0])),
        first_time=_phrases(raw["first_time"]),
        since_words=_stems(raw["since_words"]),
        earlier_words=_stems(raw["earlier_words"]),
        ongoing_words=_stems(raw["ongoing_words"]),
        rate_words=_stems(raw["rate_words"]),
        using_words=_stems(raw["using_words"]),
        content_verbs=_stems(raw["content_verbs"]),
        choosing_words=_stems(raw["choosing_words"]),
        rate_means_words=_stems(raw["rate_means_words"]),
        rate_per=str(raw["rate_per"]),
        rounding_units=_phrases(raw["rounding_units"]),
        clock_units=_phrases(raw["clock_units"]),
        telegram_stops=tuple(str(w) for w in raw["telegram_stops"]),
        day_nouns=_stems(raw["day_nouns"]),
        frequency_words=_stems(raw["frequency_words"]),
        day_markers=_stems(raw["day_markers"]),
        purpose_openers=_phrases(raw["purpose_openers"]),
        contingency_openers=_phrases(raw["contingency_openers"]),
        rise_particles=_stems(raw["rise_particles"]),
        particle_verbs=_stems(raw["particle_verbs"]),
        purpose_modals=_stems(raw["purpose_modals"]),
        rate_verbs=_stems(raw["rate_verbs"]),
        target_words=_stems(raw["target_words"]),
        ending_verbs=_phrases(raw["ending_verbs"]),
        ending_forms=frozenset(str(w).lower() for w in raw["ending_forms"]),
        percent_marks=_stems(raw["percent_marks"]),
        per_markers=_stems(raw["per_markers"]),
        sum_of_a_pair=_phrases(raw["sum_of_a_pair"]),
        ending_before_a_name=frozenset(str(w).lower() for w in raw["ending_before_a_name"]),
        person_time_words=_phrases(raw["person_time_words"]),
        month_questions=_phrases(raw["month_questions"]),
        month_names=_stems(raw["month_names"]),
        person_time_exceptions=_phrases(raw["person_time_exceptions"]),
        horizons=_phrase_classes(raw["horizons"]),
        removing_words=_phrases(raw["removing_words"]),
        remaining_words=_stems(raw["remaining_words"]),
        existential_openers=_phrases(raw["existential_openers"]),
        user_world_nouns=_stems(raw["user_world_nouns"]),
        uncounted_nouns=_stems(raw["uncounted_nouns"]),
        price_words=_stems(raw["price_words"]),
        staff_verbs=_stems(raw["staff_verbs"]),
        per_hundred=tuple(str(w) for w in raw["per_hundred"]),
        per_hundred_read_as=str(raw["per_hundred_read_as"]),
        truth_words=_stems(raw["truth_words"]),
        span_prepositions=_stems(raw["span_prepositions"]),
        pseudo_cleft_openers=tuple(str(w) for w in raw["pseudo_cleft_openers"]),
        statement_verbs=frozenset(str(w).lower() for w in raw["statement_verbs"]),
        definition_openers=_phrases(raw["definition_openers"]),
        definition_words=_phrases(raw["definition_words"]),
        definition_blockers=_stems(raw["definition_blockers"]),
        statement_read_as=str(raw["statement_read_as"]),
        pseudo_cleft_bare_openers=tuple(str(w) for w in raw["pseudo_cleft_bare_openers"]),
        rate_basis_openers=tuple(str(w) for w in raw["rate_basis_openers"]),
        rate_basis_read_as=str(raw["rate_basis_read_as"]),
        achieving_words=_stems(raw["achieving_words"]),
        excepting_words=_stems(raw["excepting_words"]),
        doing_verbs=_stems(raw["doing_verbs"]),
        whole_words=_stems(raw["whole_words"]),
        study_nouns=_stems(raw["study_nouns"]),
        released_works=_stems(raw["released_works"]),
        topic_links=_phrases(raw["topic_links"]),
        topic_heads=_stems(raw["topic_heads"]),
        topic_modifiers=_stems(raw["topic_modifiers"]),
        alone_words=_stems(raw["alone_words"]),
        claim_alone_words=_stems(raw["claim_alone_words"]),
        giver_nouns=_stems(raw["giver_nouns"]),
        naming_question_words=_stems(raw["naming_question_words"]),
        multiple_joiners=_stems(raw["multiple_joiners"]),
        part_of_last_words=_stems(raw["part_of_last_words"]),
        pair_joiners=_stems(raw["pair_joiners"]),
        pair_contrasts=_stems(raw["pair_contrasts"]),
        new_pair_links=_stems(raw["new_pair_links"]),
        asker_us_before=frozenset(str(w) for w in raw["asker_us_before"]),
        country_us=str(raw["country_us"]),
        comparing_words=_stems(raw["comparing_words"]),
        two_sided_words=_stems(raw["two_sided_words"]),
        among_words=_stems(raw["among_words"]),
        date_asks=_stems(raw["date_asks"]),
        ratio_joiners=_phrases(raw["ratio_joiners"]),
        base_markers=_stems(raw["base_markers"]),
        whole_markers=_stems(raw["whole_markers"]),
        open_endings=_stems(raw["open_endings"]),
        scope_words=_stems(raw["scope_words"]),
        short_forms=frozenset(str(w).lower() for w in raw["short_forms"]),
        task_verbs=_stems(raw["task_verbs"]),
        list_cues=_stems(raw["list_cues"]),
        list_blockers=_phrases(raw["list_blockers"]),
        ordered_ops=_stems(raw["ordered_ops"]),
        aggregate_words=_stems(raw["aggregate_words"]),
        list_scope=frozenset(stem(w) for t in raw["list_scope"] for w in words(str(t))),
        reason_markers=_phrases(raw["reason_markers"]),
        meaning_verbs=frozenset(w for t in raw["meaning_verbs"] for w in (str(t), stem(str(t)))),
        subject_markers=_stems(raw["subject_markers"]),
        buyer_nouns=_stems(raw["buyer_nouns"]),
        seller_nouns=_stems(raw["seller_nouns"]),
        flow_verbs=_stems(raw["flow_verbs"]),
        overtaking_verbs=_stems(raw["overtaking_verbs"]),
        becoming_verbs=_stems(raw["becoming_verbs"]),
        buyer_verbs=_stems(raw["buyer_verbs"]),
        goods_verbs=_stems(raw["goods_verbs"]),
        thing_question_words=_stems(raw["thing_question_words"]),
        document_asks=_phrases(raw["document_asks"]),
        money_words=frozenset(stem(w) for t in raw["money_words"] for w in words(str(t))),
        money_nouns=_stems(raw["money_nouns"]),
        value_words=frozenset(stem(w) for t in raw["value_words"] for w in words(str(t))),
        figure_mentions=_stems(raw["figure_mentions"]),
        other_side_connectors=_stems(raw["other_side_connectors"]),
        mechanism_verbs=frozenset(stem(str(w)) for w in raw["mechanism_verbs"]),
        now_words=_phrases(raw["now_words"]),
        implying_words=_stems(raw["implying_words"]),
        source_verbs=_stems(raw["source_verbs"]),
        yes_no_words=_stems(raw["yes_no_words"]),
        forecast_nouns=_stems(raw["forecast_nouns"]),
        name_asks=_phrases(raw["name_asks"]),
        unrounded_words=_phrases(raw["unrounded_words"]),
        set_aside_words=_phrases(raw["set_aside_words"]),
        correcting_openers=frozenset(tuple(str(w).split()) for w in raw["correcting_openers"]),
        rejecting_words=tuple(str(w) for w in raw["rejecting_words"]),
        rejected_determiners=tuple(str(w) for w in raw["rejected_determiners"]),
        correction_leads=frozenset(str(w) for w in raw["correction_leads"]),
        which_one_phrases=_phrases(raw["which_one_phrases"]),
        worked_back_words=_stems(raw["worked_back_words"]),
        span_from_last=_stems(raw["span_from_last"]),
        relative_heads=frozenset(str(w) for w in raw["relative_heads"]),
        grown_to_words=_phrases(raw["grown_to_words"]),
        share_words=frozenset(stem(str(w)) for w in raw["share_words"]),
        giving_words=frozenset(stem(str(w)) for w in raw["giving_words"]),
        conversion_words=frozenset(stem(w) for t in raw["conversion_words"] for w in words(t)),
        other_currencies=_phrases(raw["other_currencies"]),
        out_of_scope=frozenset(
            phrase(str(t))
            for t in [*raw["out_of_scope"], *raw["outside_companies"], *raw["other_currencies"]]
            if len(str(t)) > 2
        ),
    )


def _modern_form(word: str) -> str:
    """ "implieth" -> "implies", "sheweth" -> "shews": an old verb ending the word list does
    not hold, as the present tense it stands for; any other word stays as it is."""
    if len(word) < 6 or is_english(word):
        return word
    root = word[:-3]
    forms = (root[:-1] + "ies",) if root.endswith("i") else (root + "s", root + "es")
    return next((form for form in forms if is_english(form)), word)
