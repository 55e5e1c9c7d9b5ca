"""A claim that quotes a part together with the whole it is a part of ("1 billion of its
2 billion consumers") is checked figure by figure: both agree, so it is confirmed; a
wrong whole makes it a No. The whole is stated in another sentence of the article than
the part, so the claim's second figure must be looked for there. Phrasings are this
file's own."""

from __future__ import annotations

import pytest
from conversation import ask


@pytest.mark.parametrize(
    "claim",
    [
        "Claim: by 2025 Alibaba wants 1bn of its 2bn customers to be overseas.",
        "Alibaba expects one billion of its two billion consumers in 2025 to be overseas, true?",
    ],
)
def test_a_part_quoted_with_its_true_whole_is_confirmed(assistant, claim):
    answer = ask(assistant, claim)
    assert answer.text.startswith("Yes"), answer.text


def test_a_part_quoted_with_a_wrong_whole_is_denied(assistant):
    answer = ask(assistant, "Claim: by 2025 Alibaba wants 1bn of its 3bn customers to be overseas.")
    assert answer.text.startswith("No"), answer.text
