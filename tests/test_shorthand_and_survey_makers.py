"""Chat shorthand and learners' plurals ("goal num", "Russian buyings") read as the words
they stand for, and who ran the survey is who released its report. Phrasings are this
file's own."""

from __future__ import annotations

from conversation import ask


def test_num_is_number(assistant):
    answer = ask(assistant, "pilot zone num?")
    assert answer.answered, answer.text
    assert answer.value == 12


def test_buyings_are_purchases(assistant):
    answer = ask(assistant, "who reports the Russian buyings abroad?")
    assert answer.answered, answer.text
    assert "Yandex" in answer.text.split("\n")[0]


def test_who_ran_the_survey_is_who_released_the_report(assistant):
    answer = ask(assistant, "Which company ran that survey alongside PayPal?")
    assert answer.answered, answer.text
    assert "Ipsos" in answer.text.split("\n")[0]


def test_who_runs_a_platform_is_still_not_the_surveys_makers(assistant):
    answer = ask(assistant, "Who runs JD's cross-border business?")
    assert "Ipsos" not in answer.text.split("\n")[0]
