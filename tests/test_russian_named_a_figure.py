""" "Какую цель по пользователям он назвал?": "назвал" (he named) is a figure mentioned, not
the name of something; "как назвали кампанию?" (what did they call it) still asks a name.
Phrasings are this file's own."""

from __future__ import annotations

from conversation import ask, turns


def test_a_target_he_named_after_the_manager(assistant):
    *_, answer = turns(
        assistant,
        "Кто руководит AliExpress?",
        "Какую цель по числу пользователей он назвал на среднесрочную перспективу?",
    )
    assert answer.answered and answer.value == 100_000_000, answer.text


def test_what_they_called_the_campaign_is_its_name(assistant):
    answer = ask(assistant, "Как Alibaba назвала свою кампанию?")
    assert answer.answered and "go-global" in answer.text.splitlines()[0], answer.text
