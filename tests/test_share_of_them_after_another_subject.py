""" "What share of them ...?" takes the figure just given as its whole. After the survey's
respondents, "what share of them were Russian?" has no answer in the article; Russia's 80%
(a share of Russians' own spending, found through the word "Russian") would be a wrong
figure. A share of the last figure the article does give is still answered. Phrasings are
this file's own."""

from __future__ import annotations

from conversation import turns


def test_a_share_of_them_found_of_another_subject_is_refused(assistant):
    *_, last = turns(
        assistant,
        "survey respondents count?",
        "and how many of them shopped on chinese sites?",
        "what share of them were from russia?",
    )
    assert not last.answered, last.text
    assert last.reason == "kind", last.reason


def test_a_share_of_the_last_figure_is_still_answered(assistant):
    *_, last = turns(
        assistant, "russian cross-border spending last year?", "what share of it went to china?"
    )
    assert last.answered and round(float(last.value)) == 80, last.text
