"""The article describes "online payment provider PayPal and research firm Ipsos". A claim
that gives one firm the other's kind in other words ("Ipsos is a payments company?",
"PayPal is a polling company?") is answered No with that sentence; the firm's own kind
in other words is never No. Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import ask


@pytest.mark.parametrize(
    "claim", ["ipsos is a payment company right?", "is paypal a polling company?"]
)
def test_the_other_firm_s_kind_is_no(claim, assistant):
    answer = ask(assistant, claim)
    assert answer.text.startswith("No"), answer.text


def test_its_own_kind_in_other_words_is_not_denied(assistant):
    answer = ask(assistant, "so ipsos is a market research company?")
    assert not answer.text.startswith("No"), answer.text
