""" "The consultancy behind the online shopping data?": who is behind a figure is its source,
asked without a question word; as a turn after another subject's figure, the turn's own
measure ("online shopping") says whose source, not the subject talked about before.
Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import ask, turns


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("the research firm behind the 2018 forecast?", "iResearch"),
        ("the company that provided the figure on russian spending?", "Yandex"),
    ],
)
def test_the_source_behind_a_figure(question, source, assistant):
    answer = ask(assistant, question)
    assert answer.answered and source in answer.text.splitlines()[0], answer.text


def test_a_turn_naming_another_measure_is_read_by_it(assistant):
    *_, answer = turns(
        assistant,
        "which payment service tracked the russian spending?",
        "and the research firm behind the online shopping numbers?",
    )
    first = answer.text.splitlines()[0]
    assert answer.answered and "iResearch" in first and "online shopping" in first, answer.text
