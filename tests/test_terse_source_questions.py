"""Telegram-style fragments: a topic, a full stop, then "Which ministry." or "Who
confirmed?" ask who gave or did the thing named, never its figure. Phrasings are this
file's own."""

from __future__ import annotations

import pytest
from conversation import ask


@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("Overseas warehouse target. Which ministry?", "Ministry of Commerce"),
        ("Online shopping figure. Which firm.", "iResearch"),
        ("The 12 pilot zones. Who confirmed?", "State Council"),
        ("Russian spend numbers! Which company?", "Yandex"),
    ],
)
def test_a_bare_question_of_who_after_a_topic_asks_the_body(assistant, question, body):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value is None, answer.text
    assert body in answer.text.split("\n")[0]


def test_a_who_clause_after_a_count_noun_still_describes_it(assistant):
    answer = ask(assistant, "how many respondents who shopped on Chinese sites")
    assert answer.answered, answer.text
    assert answer.value == 5880
