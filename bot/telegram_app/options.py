"""Command-line options of `factbot telegram`; no telegram import, so `--help` stays fast.

Every option defaults to None here so that `config.load_settings` can tell "not given"
from a value and fall back to the environment, then to the built-in default.
"""

from __future__ import annotations

import argparse

EPILOG = """\
environment:
  TELEGRAM_BOT_TOKEN             bot token from @BotFather (required, never printed)
  TELEGRAM_API_BASE_URL          Bot API endpoint, e.g. http://127.0.0.1:8081/bot
                                 (a local Bot API server); the token is appended
  TELEGRAM_API_BASE_FILE_URL     file endpoint (default: derived from the above)
  TELEGRAM_ALLOWED_USERS         comma-separated user ids; everyone else is refused
  TELEGRAM_WEBHOOK_SECRET        same as --secret-token (keeps it out of `ps`)
  FACTBOT_TELEGRAM_PERSISTENCE   same as --persistence
  FACTBOT_TELEGRAM_USER_RATE     same as --user-rate

examples:
  TELEGRAM_BOT_TOKEN=123456:ABC... factbot telegram
  factbot telegram --webhook-url https://bot.example.org/factbot --port 8443
  factbot -v telegram --persistence /var/lib/factbot/telegram.json --user-rate 10

Setup, commands and deployment: docs/telegram.md.
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the `factbot telegram` options (and their help epilog) to `parser`."""
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = EPILOG
    hook = parser.add_argument_group("webhook mode (default: long polling)")
    hook.add_argument(
        "--webhook-url",
        metavar="URL",
        help="public HTTPS URL Telegram posts updates to; its path is served locally",
    )
    hook.add_argument(
        "--listen", metavar="ADDR", help="address the webhook server binds (default 127.0.0.1)"
    )
    hook.add_argument(
        "--port", type=int, metavar="N", help="port the webhook server binds (default 8443)"
    )
    hook.add_argument(
        "--secret-token",
        metavar="TOKEN",
        help="X-Telegram-Bot-Api-Secret-Token to require (default: random at each start)",
    )
    parser.add_argument(
        "--persistence",
        metavar="PATH",
        help="JSON file keeping each chat's follow-up context across restarts "
        "(default ~/.local/state/factbot/telegram.json)",
    )
    parser.add_argument(
        "--user-rate",
        type=int,
        metavar="N",
        help="questions a user may ask per minute, 0 for no limit (default 30)",
    )
    parser.add_argument(
        "--concurrency",
        type=int,
        metavar="N",
        help="updates handled at once (default 8)",
    )
    parser.add_argument(
        "--throttle",
        action="store_true",
        default=None,
        help="also pace all sends below Telegram's flood limits (PTB AIORateLimiter, "
        "about 30 messages/s overall); for very busy bots",
    )
