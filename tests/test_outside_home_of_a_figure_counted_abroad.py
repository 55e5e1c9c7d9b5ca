"""A figure counted abroad is itself what is "outside China": "how many of Alibaba's 2025
consumers will be outside China?" is the 1 billion overseas consumers, stated, not the
2 billion less them (which is the part at home). A rest outside China of a figure that
is not counted abroad is still computed (Russians' spending outside China is the part
not on Chinese platforms). Phrasings are this file's own."""

from __future__ import annotations

from conversation import ask, turns


def test_outside_china_of_the_consumers_is_the_overseas_figure(assistant):
    answer = ask(assistant, "by 2025 how many alibaba consumers are expected outside china?")
    assert answer.answered and answer.intent == "lookup", answer.text
    assert answer.facts == ("alibaba_overseas_consumers_2025",), answer.facts


def test_outside_china_after_the_whole_is_the_overseas_figure(assistant):
    _, second = turns(
        assistant,
        "Alibaba's 2025 consumer target, worldwide?",
        "and how many of them outside China?",
    )
    assert second.answered and second.facts == ("alibaba_overseas_consumers_2025",), second.text


def test_russian_spending_outside_china_is_still_the_rest(assistant):
    answer = ask(assistant, "how much did russians spend outside china?")
    assert answer.answered and round(float(answer.value) / 1e6) == 860, answer.text
