"""A long message where the user first talks about themselves and then, after a colon,
asks ("my cousin says China rules the world's online trade, so I have to ask: how big was
China's total e-commerce?") is answered from the question after the colon: words of the
story before it ("the world") pick no figure. A name the article lacks in that story
still counts when the question points back to it. Phrasings are this file's own."""

from __future__ import annotations

from conversation import ask


def test_the_question_after_the_colon_is_the_one_answered(assistant):
    answer = ask(
        assistant,
        "My cousin swears China now owns the whole world's online trade, so I have to ask: "
        "how big was China's total e-commerce last year?",
    )
    assert answer.answered, answer.text
    assert round(float(answer.value) / 1e12, 1) == 26.1 and answer.unit == "CNY", answer.text


def test_a_name_the_article_lacks_before_the_colon_is_still_asked_about(assistant):
    answer = ask(
        assistant,
        "I mostly shop on Ozon these days, and I wondered: how many buyers does it have?",
    )
    assert not answer.answered, answer.text
    assert "Ozon" in answer.text or "ozon" in answer.text, answer.text


def test_an_outside_name_in_the_users_own_clause_is_what_it_points_to(assistant):
    answer = ask(assistant, "I buy most things on Ozon, how many buyers does it have?")
    assert not answer.answered, answer.text
    assert answer.reason == "unknown", answer.reason
