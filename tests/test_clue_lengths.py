"""A crossword clue's letter count, "(5)" or "(2,3)" closing the clue, says how the answer
is written and names no figure: the clue is answered as if it were not there. Phrasings are
this file's own."""

from __future__ import annotations

import pytest
from conversation import ask


@pytest.mark.parametrize(
    ("clue", "name"),
    [
        ("Country that became the top cross-border shopping destination in 2016 (5).", "China"),
        (
            "Crossword: the research firm that worked with PayPal on the report (5). Answer?",
            "Ipsos",
        ),
        ("Russia's largest e-payment service, source of the spending figures (6)", "Yandex"),
    ],
)
def test_a_crossword_clues_letter_count_is_not_read_as_a_figure(assistant, clue, name):
    answer = ask(assistant, clue)
    assert answer.answered, answer.text
    assert name in answer.text.split("\n")[0]
