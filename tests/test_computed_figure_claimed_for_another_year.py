"""A figure claimed for a year the article has no figure of is neither confirmed nor
denied, also when the article's own figure is computed (Russians' spending on Chinese
platforms is 80% of their 2016 spending): "No" would say the article knows that year.
The article's own figure with another year is still a No. Phrasings are this file's own."""

from __future__ import annotations

from conversation import ask


def test_an_amount_claimed_for_a_year_before_the_computed_figure_is_refused(assistant):
    answer = ask(assistant, "Russian shoppers put $3bn into Chinese sites in 2014, correct?")
    assert not answer.answered, answer.text
    assert answer.reason == "year", answer.reason
    assert "2014" in answer.text, answer.text


def test_the_articles_own_computed_figure_with_another_year_is_denied(assistant):
    answer = ask(assistant, "Russians spent $3.44 billion on Chinese platforms in 2015, right?")
    assert answer.text.startswith("No"), answer.text
