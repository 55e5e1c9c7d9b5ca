""" "By when does he want to hit the target?" asked after the general manager's job: the
target is not the figure just given (a person's post, whose sentence only mentions
targets), so the post's year is no deadline; the turn is refused. Phrasings are this
file's own."""

from __future__ import annotations

from conversation import turns


def test_the_job_year_is_no_deadline_for_a_target(assistant):
    *_, answer = turns(
        assistant,
        "who stated the medium-term user target of alibaba's go-global campaign?",
        "and what is his role?",
        "by when is he aiming to reach the target?",
    )
    assert not answer.answered and answer.value is None, answer.text
