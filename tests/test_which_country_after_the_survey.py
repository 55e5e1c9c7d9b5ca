"""After the survey's figures, "which country had the most (respondents)?" asks about the
respondents' countries, which the article never lists; the countries China dislodged as
top destination (the US and the UK) answer another question, found only through the word
"countries" and the survey carried over. Asked in its own words, that question is still
answered in a conversation. Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import turns


@pytest.mark.parametrize("follow_up", ["which country sent the most?", "what countries were those"])
def test_the_respondents_countries_are_not_the_dislodged_ones(assistant, follow_up):
    *_, last = turns(
        assistant,
        "how many people did paypal and ipsos survey?",
        "from how many countries?",
        follow_up,
    )
    assert not last.answered, last.text
    assert "United States" not in last.text.split("You could ask")[0], last.text


def test_the_dislodged_countries_asked_in_their_own_words_are_answered(assistant):
    *_, last = turns(
        assistant,
        "how many people did paypal and ipsos survey?",
        "which countries did China knock off the top spot?",
    )
    assert last.answered and "United States" in last.text, last.text
