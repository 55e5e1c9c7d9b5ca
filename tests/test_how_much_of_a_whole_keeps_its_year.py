""" "How much of Chinese retail was online in 2017?" finds the share the article states of
that whole, which is 2016's; a year the article has no share for is refused, never
answered with another year's share. Phrasings are this file's own."""

from __future__ import annotations

from conversation import ask


def test_a_share_asked_for_a_year_the_article_lacks_is_refused(assistant):
    answer = ask(assistant, "how much of china's retail was done online in 2014?")
    assert not answer.answered, answer.text
    assert answer.reason == "year", answer.reason


def test_the_share_of_its_own_year_is_given(assistant):
    answer = ask(assistant, "how much of china's retail was done online in 2016?")
    assert answer.answered and round(float(answer.value)) == 14, answer.text


def test_a_share_of_a_whole_typed_for_another_year_is_refused(assistant):
    answer = ask(assistant, "whats 14 percent of china's total retail in 2015?")
    assert not answer.answered, answer.text
    assert answer.reason == "year", answer.reason
