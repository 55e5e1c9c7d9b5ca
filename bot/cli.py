"""The `factbot` command line. The core raises; only this module turns errors into exit
codes and one-line messages.

Examples:
  factbot                                   # interactive console
  factbot ask "How much did Russians spend?"
  factbot ask --json "cross-border volume in dollars"
  printf 'q1\\nq2\\n' | factbot ask --json   # batch, one JSON object a line
  factbot check [facts.yaml]
  factbot ask --facts other.yaml "..."      # another fact base (or FACTBOT_FACTS)
  factbot eval tests/questions.yaml
  factbot telegram                          # needs TELEGRAM_BOT_TOKEN
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from intents.errors import FactBaseError

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
DEFAULT_LABELS = Path("tests/questions.yaml")
FACTS_ENV = "FACTBOT_FACTS"
FACTS_HELP = f"fact base to use (default: ${FACTS_ENV}, else the one shipped with factbot)"


def _common_options(top: bool) -> argparse.ArgumentParser:
    """--facts and -v, accepted before and after the command. Only the top level has
    defaults: a command's copy is SUPPRESSed when absent, so it never hides a value
    given before the command."""
    common = argparse.ArgumentParser(add_help=False)
    default = None if top else argparse.SUPPRESS
    common.add_argument("--facts", metavar="PATH", default=default, help=FACTS_HELP)
    common.add_argument(
        "-v", "--verbose", action="store_true", default=default, help="log debug details"
    )
    return common


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factbot",
        description="Answers questions about the 2017 article on China's cross-border "
        "e-commerce, with sources and the arithmetic shown.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__.split("Examples:", 1)[1] and "examples:" + __doc__.split("Examples:", 1)[1],
        parents=[_common_options(top=True)],
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = [_common_options(top=False)]

    console = sub.add_parser(
        "console",
        parents=common,
        help="interactive console (the default)",
        description="Ask questions one after another; /help lists commands. "
        "With stdin not a terminal, answers one question a line.",
    )
    console.add_argument("--json", action="store_true", help="print one JSON object a line")

    ask = sub.add_parser(
        "ask",
        parents=common,
        help="answer one question",
        description='Answer one question: factbot ask "How much did Russians '
        'spend?". With --json and no question, answers each stdin line '
        "independently (JSON Lines).",
    )
    ask.add_argument("question", nargs="*", help="the question (quote it)")
    ask.add_argument("--json", action="store_true", help="print the answer as JSON")

    check = sub.add_parser(
        "check",
        parents=common,
        help="validate a fact base",
        description="Validate a fact base and the shipped language files: prints a "
        "one-line summary, or every problem as file:line: message and exits 1.",
    )
    check.add_argument(
        "path", nargs="?", help="fact base (default: --facts, $FACTBOT_FACTS, the shipped one)"
    )

    ev = sub.add_parser(
        "eval",
        parents=common,
        help="run a labelled question set",
        description="Run a labelled question set; prints accuracy per intent "
        "and style, intent confusion, abstention precision/recall and every "
        "miss. Exits 1 below --min-accuracy or on any wrong value.",
    )
    ev.add_argument("file", nargs="?", default=str(DEFAULT_LABELS), help="labelled YAML")
    ev.add_argument(
        "--min-accuracy",
        type=float,
        default=0.97,
        metavar="X",
        help="fail below this accuracy (default 0.97)",
    )

    telegram = sub.add_parser(
        "telegram",
        parents=common,
        help="run the Telegram bot",
        description="Run the Telegram bot (token in TELEGRAM_BOT_TOKEN).",
    )
    from bot.telegram_app import add_arguments  # argument definitions only: no telegram import

    add_arguments(telegram)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:  # `factbot eval | head`: the reader left; not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130


def _main(argv: list[str] | None) -> int:
    args = _parser().parse_args(argv)
    if args.verbose:  # otherwise Python's own last-resort handler prints warnings to stderr
        import logging

        logging.basicConfig(
            level=logging.DEBUG, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
    command = args.command or "console"
    facts = args.facts or os.environ.get(FACTS_ENV) or None
    if command == "check":
        return _check(args.path or facts)
    try:
        from bot.assistant import Assistant

        assistant = Assistant.load(facts)
    except FactBaseError as exc:
        print(exc, file=sys.stderr)
        return EXIT_FAIL
    if command == "ask":
        return _ask(assistant, args)
    if command == "eval":
        return _eval(assistant, args)
    if command == "telegram":
        from bot.telegram_app import run

        return run(args, assistant)
    from bot.console import run_console

    return run_console(assistant, json_lines=getattr(args, "json", False))


def _check(path: str | None) -> int:
    """Loads exactly as the other commands do (the same loader and the same build), so
    what passes here is what they can run."""
    from bot.assistant import Assistant
    from intents.loader import shipped_path
    from intents.translation import languages

    try:
        base = Assistant.load(path).base
        languages()  # the shipped language files too: each problem as file:line
    except FactBaseError as exc:
        print(exc)
        return EXIT_FAIL
    facts = len(base.facts)
    print(
        f"{path or shipped_path()}: ok: {facts} facts ({facts - base.formula_count} stated, "
        f"{base.formula_count} formulas), {len(base.entities)} entities, "
        f"{len(base.sources)} sources"
    )
    return EXIT_OK


def _ask(assistant, args: argparse.Namespace) -> int:
    from bot.lines import clean_text, read_lines, write_json_line

    question = clean_text(" ".join(args.question))
    if question:
        answer = assistant.ask(question)
        if args.json:
            write_json_line(sys.stdout, answer.to_dict())
        else:
            print(answer.text)
        return EXIT_OK
    if not args.json:
        print(
            'factbot ask: give a question, e.g. factbot ask "How much did Russians spend?" '
            "(or --json to read questions from stdin)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    for line in read_lines(sys.stdin.buffer):  # one JSON line per input line, in order
        write_json_line(sys.stdout, assistant.ask(line).to_dict())
    return EXIT_OK


def _eval(assistant, args: argparse.Namespace) -> int:
    from bot.evaluation import LabelError, evaluate, load_labels

    try:
        data = load_labels(Path(args.file))
    except LabelError as exc:
        print(exc, file=sys.stderr)
        return EXIT_FAIL
    report = evaluate(assistant, data)
    print(report.render())
    failed = report.accuracy < args.min_accuracy or report.wrong_values
    return EXIT_FAIL if failed else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
