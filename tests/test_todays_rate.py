"""Today's exchange rate is not the one the article implies (2016): asked with a word of
the present, in English or in Russian, it is refused with that reason; the article's own
rate is still given. Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import ask


@pytest.mark.parametrize(
    "question",
    [
        "Yuan per dollar currently?",
        "Сколько юаней за доллар сейчас?",
        "Курс доллара к юаню на сегодня?",
    ],
)
def test_todays_rate_is_refused(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert "6.83" not in answer.text.split("\n")[0].split("only")[0]
    assert "today" in answer.text or "2026" in answer.text


def test_the_articles_rate_is_still_given(assistant):
    answer = ask(assistant, "How many yuan per dollar do the article's figures imply?")
    assert answer.answered, answer.text
    assert answer.unit == "CNY/USD" and "6.83" in answer.text.split("\n")[0]
