"""The local console: ask one question after another, with follow-ups, history and /why.

With a terminal it offers line editing and history (readline); with stdin piped it answers
one question a line, keeping context, in text or JSON Lines. In JSON Lines every input
line gets exactly one JSON object, commands and blank lines included, so a script can
pair replies with what it sent (see `bot.lines` for how bytes are read).
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import TextIO

from bot.answer import Answer
from bot.assistant import Assistant
from bot.lines import text_lines, write_json_line

PROMPT = "factbot> "
QUIT = ("/quit", "/exit", "/q")
HISTORY = Path(os.environ.get("FACTBOT_HISTORY", Path.home() / ".factbot_history"))
COMMANDS = {
    "/help": "what I know and how to ask",
    "/facts": "what the article gives, by topic",
    "/sources": "who reported the figures",
    "/why": "the full calculation and source clauses of the last answer",
    "/quit": "leave (Ctrl-D works too)",
}


class Session:
    """One conversation: the context of the last turn and the last answer for /why."""

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant
        self.context: dict | None = None
        self.last: Answer | None = None

    def handle(self, line: str) -> str | None:
        """The reply to one line, or None to quit."""
        text = line.strip()
        if text.startswith("/"):
            return self.command(text.split()[0].lower())
        answer = self.ask(text)
        return answer.text

    def handle_json(self, line: str) -> tuple[dict, bool]:
        """The JSON object for one line, and whether to go on. Commands get the answer's
        fields too (intent "command"; answered false for an unknown one), so every line
        of output reads the same way."""
        text = line.strip()
        if not text:  # an answer (a polite prompt), without forgetting the conversation
            return self.assistant.ask(line, self.context).to_dict(), True
        if not text.startswith("/"):
            return self.ask(line).to_dict(), True
        name = text.split()[0].lower()
        reply = self.command(name)
        known = name in COMMANDS or name in QUIT
        payload = Answer(question=line, answered=known, text=reply or "", intent="command")
        return payload.to_dict(), reply is not None

    def ask(self, text: str) -> Answer:
        answer = self.assistant.ask(text, self.context)
        self.context = answer.context
        self.last = answer  # /why after a refusal says there was no answer
        return answer

    def command(self, name: str) -> str | None:
        if name in QUIT:
            return None
        if name == "/help":
            listing = "\n".join(f"  {cmd:<9} {what}" for cmd, what in COMMANDS.items())
            examples = "\n".join(f"  {q}" for q in self.assistant.examples())
            return f"{self.assistant.help_text()}\n\nCommands:\n{listing}\n\nExamples:\n{examples}"
        if name == "/facts":
            return "\n".join(
                f"{topic}:\n" + "\n".join(f"  - {line}" for line in lines)
                for topic, lines in self.assistant.topics().items()
            )
        if name == "/sources":
            return self.assistant.sources_text()
        if name == "/why":
            return self.last.explain() if self.last else "Ask a question first."
        return f"Unknown command {name}. Commands: {', '.join(COMMANDS)}"


def run_console(
    assistant: Assistant,
    json_lines: bool = False,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
) -> int:
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    session = Session(assistant)
    if not stdin.isatty():
        return _run_piped(session, stdin, stdout, json_lines)
    return _run_interactive(session, stdout)


def _run_piped(session: Session, stdin: TextIO, stdout: TextIO, json_lines: bool) -> int:
    for line in text_lines(stdin):
        if json_lines:
            payload, go_on = session.handle_json(line)
            write_json_line(stdout, payload)
            if not go_on:
                break
            continue
        if not line.strip():
            continue
        reply = session.handle(line)
        if reply is None:
            break
        stdout.write(reply + "\n\n")
        stdout.flush()
    return 0


def _run_interactive(session: Session, stdout: TextIO) -> int:
    _enable_readline()
    stdout.write(
        "factbot: ask about China's cross-border e-commerce (2017 article). "
        "/help for commands, /quit or Ctrl-D to leave.\n"
    )
    while True:
        try:
            line = input(PROMPT)
        except EOFError:
            stdout.write("\n")
            break
        except KeyboardInterrupt:
            stdout.write("\n")
            break
        if not line.strip():
            continue
        reply = session.handle(line)
        if reply is None:
            break
        stdout.write(reply + "\n\n")
    _save_history()
    return 0


def _enable_readline() -> None:
    try:
        import readline
    except ImportError:  # not on every platform; the console works without it
        return
    with contextlib.suppress(OSError):  # no history yet
        readline.read_history_file(HISTORY)
    readline.set_history_length(1000)


def _save_history() -> None:
    try:
        import readline

        readline.write_history_file(HISTORY)
    except (ImportError, OSError):
        pass
