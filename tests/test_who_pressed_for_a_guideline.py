""" "Which ministry pushed for overseas warehouses?" asks who pressed for what the 2015
guideline set: the Ministry of Commerce, not the 100 warehouses alone. "Pushed into a
market" is no such verb. Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import ask


@pytest.mark.parametrize(
    "question",
    [
        "what government body was pushing for chinese platforms to build warehouses overseas?",
        "Which authority encouraged the overseas warehouses?",
        "who advocated setting up 100 overseas warehouses",
    ],
)
def test_who_pressed_for_the_warehouses_is_the_ministry(question, assistant):
    answer = ask(assistant, question)
    assert answer.answered and "Ministry of Commerce" in answer.text.splitlines()[0], answer.text


def test_a_push_into_a_market_names_no_source(assistant):
    answer = ask(assistant, "which company pushed into russia first?")
    assert "According to" not in answer.text, answer.text
