""" "According to whom has China been the largest online retail market since 2013?" asks
who says so (the Ministry of Commerce); its inverted verb makes it no yes/no claim. A
claim with "correct?" after it is still answered Yes or No. Phrasings are this file's
own."""

from __future__ import annotations

from conversation import ask


def test_according_to_whom_names_the_source(assistant):
    answer = ask(
        assistant, "according to whom has china been the biggest online retail market since 2013?"
    )
    assert answer.answered and "Ministry of Commerce" in answer.text.splitlines()[0], answer.text
    assert not answer.text.startswith(("Yes", "No")), answer.text


def test_a_source_claimed_is_still_checked(assistant):
    answer = ask(
        assistant, "the 26.1 trillion yuan e-commerce figure comes from iResearch. correct?"
    )
    assert answer.text.startswith("No"), answer.text
