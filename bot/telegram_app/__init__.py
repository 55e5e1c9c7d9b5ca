"""The Telegram front end of factbot: `factbot telegram`.

This package is the only place in the project that imports `telegram`, and this module
must not: the CLI imports `add_arguments` for every command, and `import telegram.ext`
costs a quarter of a second. `run` imports the heavy parts only when the bot starts.

    from bot.telegram_app import add_arguments, run
    add_arguments(subparser)          # options of `factbot telegram`
    exit_code = run(args, assistant)  # blocks until SIGINT/SIGTERM
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from bot.telegram_app.options import add_arguments

if TYPE_CHECKING:
    from bot.assistant import Assistant

__all__ = ["add_arguments", "run"]


def run(args: argparse.Namespace, assistant: Assistant) -> int:
    """Run the bot until stopped; returns the process exit code (0 on a clean stop)."""
    from bot.telegram_app.main import run as run_bot

    return run_bot(args, assistant)
