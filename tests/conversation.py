"""Asking the assistant as a user does, one question or a conversation, for the behaviour
tests (shared, so every file talks to it the same way)."""

from __future__ import annotations


def ask(assistant, question, context=None):
    return assistant.ask(question, context)


def turns(assistant, *questions):
    """Each question in turn, with the context the answer before it left."""
    context, answers = None, []
    for question in questions:
        answer = assistant.ask(question, context)
        context = answer.context
        answers.append(answer)
    return answers
