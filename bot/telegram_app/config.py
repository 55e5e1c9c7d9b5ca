"""Settings of the Telegram bot from command-line options and the environment.

Pure functions (no telegram import) so that every rule is unit-tested without a network.
Precedence: option, then environment variable, then default. Errors are `ConfigError`
with a one-line message that never contains the token.
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from bot.telegram_app.limits import Pacing

TOKEN_ENV = "TELEGRAM_BOT_TOKEN"
BASE_URL_ENV = "TELEGRAM_API_BASE_URL"
BASE_FILE_URL_ENV = "TELEGRAM_API_BASE_FILE_URL"
ALLOWED_USERS_ENV = "TELEGRAM_ALLOWED_USERS"
SECRET_ENV = "TELEGRAM_WEBHOOK_SECRET"
PERSISTENCE_ENV = "FACTBOT_TELEGRAM_PERSISTENCE"
USER_RATE_ENV = "FACTBOT_TELEGRAM_USER_RATE"
START_ATTEMPTS_ENV = "FACTBOT_TELEGRAM_START_ATTEMPTS"
START_BACKOFF_ENV = "FACTBOT_TELEGRAM_START_BACKOFF"

DEFAULT_USER_RATE = 30  # questions per user per minute
DEFAULT_CONCURRENCY = 8  # see docs/telegram.md: as fast as 1 with no latency, 7x with 50 ms
DEFAULT_ANSWER_CACHE = 4096
DEFAULT_LISTEN = "127.0.0.1"
DEFAULT_PORT = 8443
WEBHOOK_PORTS = (443, 80, 88, 8443)  # the only ports Telegram posts updates to
DEFAULT_START_ATTEMPTS = 5  # reaching Telegram at start: 5 tries, waits 1+2+4+8 s
DEFAULT_START_BACKOFF = 1.0
START_ATTEMPT_TIMEOUT = 6.0  # seconds one try may take; worst case 5 x 6 + 15 = 45 s

# <bot id>:<secret>, as @BotFather issues them (the secret is 35 characters today).
TOKEN_RE = re.compile(r"[0-9]{1,20}:[A-Za-z0-9_-]{30,100}")
SECRET_TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{1,256}")  # what setWebhook accepts


class ConfigError(ValueError):
    """A setting is missing or malformed; str() is one line, safe to print."""


@dataclass(frozen=True)
class WebhookSettings:
    url: str
    url_path: str
    listen: str
    port: int
    secret_token: str


@dataclass(frozen=True)
class Settings:
    token: str
    persistence_path: Path
    base_url: str | None = None
    base_file_url: str | None = None
    user_rate: int = DEFAULT_USER_RATE
    allowed_users: frozenset[int] | None = None
    concurrency: int = DEFAULT_CONCURRENCY
    throttle: bool = False
    webhook: WebhookSettings | None = None
    answer_cache: int = DEFAULT_ANSWER_CACHE  # answers memoised (0: off); see cache.py
    pacing: Pacing = Pacing()  # per-chat and per-group message pacing; see outbox.py
    start_attempts: int = DEFAULT_START_ATTEMPTS
    start_backoff: float = DEFAULT_START_BACKOFF

    def start_budget(self) -> float:
        """Worst-case seconds spent trying to reach Telegram before giving up."""
        waits = sum(self.start_backoff * 2**n for n in range(self.start_attempts - 1))
        return self.start_attempts * START_ATTEMPT_TIMEOUT + waits

    def secrets(self) -> tuple[str, ...]:
        """Strings that must never reach a log line."""
        found = [self.token]
        if self.webhook:
            found.append(self.webhook.secret_token)
        return tuple(found)


def load_settings(args: argparse.Namespace, environ: Mapping[str, str]) -> Settings:
    """Build `Settings` from parsed options and an environment mapping."""
    base_url = _base_url(environ)
    return Settings(
        token=parse_token(environ.get(TOKEN_ENV)),
        persistence_path=_persistence_path(_opt(args, "persistence"), environ),
        base_url=base_url,
        base_file_url=_base_file_url(base_url, environ),
        user_rate=_non_negative(
            "--user-rate",
            _first(_opt(args, "user_rate"), environ.get(USER_RATE_ENV)),
            DEFAULT_USER_RATE,
        ),
        allowed_users=parse_allowed_users(environ.get(ALLOWED_USERS_ENV)),
        concurrency=max(
            1, _non_negative("--concurrency", _opt(args, "concurrency"), DEFAULT_CONCURRENCY)
        ),
        throttle=bool(_opt(args, "throttle")),
        webhook=_webhook(args, environ),
        start_attempts=max(
            1,
            _non_negative(
                START_ATTEMPTS_ENV, environ.get(START_ATTEMPTS_ENV), DEFAULT_START_ATTEMPTS
            ),
        ),
        start_backoff=_seconds(START_BACKOFF_ENV, environ.get(START_BACKOFF_ENV)),
    )


def parse_token(raw: str | None) -> str:
    """The bot token, stripped; malformed ones are refused without echoing them."""
    token = (raw or "").strip()
    if not token:
        raise ConfigError(
            f"{TOKEN_ENV} is not set: create a bot with @BotFather and export "
            "its token (see docs/telegram.md)"
        )
    if not TOKEN_RE.fullmatch(token):
        raise ConfigError(
            f"{TOKEN_ENV} does not look like a bot token (expected "
            "<digits>:<secret> as issued by @BotFather)"
        )
    return token


def parse_allowed_users(raw: str | None) -> frozenset[int] | None:
    """`"1, 2"` -> {1, 2}; unset or blank -> None (everyone may use the bot)."""
    if raw is None or not raw.strip():
        return None
    users = set()
    for item in raw.split(","):
        item = item.strip()
        if not item:
            continue
        if not re.fullmatch(r"-?[0-9]{1,20}", item):
            raise ConfigError(f"{ALLOWED_USERS_ENV}: {item!r} is not a numeric Telegram user id")
        users.add(int(item))
    return frozenset(users)


def default_persistence_path(environ: Mapping[str, str]) -> Path:
    """`$XDG_STATE_HOME/factbot/telegram.json`, else `~/.local/state/factbot/...`."""
    state = environ.get("XDG_STATE_HOME") or os.path.join(
        os.path.expanduser("~"), ".local", "state"
    )
    return Path(state) / "factbot" / "telegram.json"


def _opt(args: argparse.Namespace, name: str) -> object:
    return getattr(args, name, None)


def _first(*values: object) -> object:
    return next((v for v in values if v is not None and v != ""), None)


def _non_negative(name: str, value: object, default: int) -> int:
    if value is None:
        return default
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ConfigError(f"{name}: expected a whole number, got {value!r}") from None
    if number < 0:
        raise ConfigError(f"{name}: must be 0 or more, got {number}")
    return number


def _seconds(name: str, value: str | None) -> float:
    if value is None or not value.strip():
        return DEFAULT_START_BACKOFF
    try:
        seconds = float(value)
    except ValueError:
        raise ConfigError(f"{name}: expected a number of seconds, got {value!r}") from None
    if not 0 <= seconds <= 60:
        raise ConfigError(f"{name}: must be between 0 and 60 seconds, got {value}")
    return seconds


def _persistence_path(option: object, environ: Mapping[str, str]) -> Path:
    chosen = _first(option, environ.get(PERSISTENCE_ENV))
    if chosen is None:
        return default_persistence_path(environ)
    return Path(str(chosen)).expanduser()


def _base_url(environ: Mapping[str, str]) -> str | None:
    url = (environ.get(BASE_URL_ENV) or "").strip()
    if not url:
        return None
    if urlsplit(url).scheme not in ("http", "https"):
        raise ConfigError(
            f"{BASE_URL_ENV} must be an http(s) URL such as https://api.telegram.org/bot"
        )
    return url


def _base_file_url(base_url: str | None, environ: Mapping[str, str]) -> str | None:
    """Explicit env, else derived from `.../bot` -> `.../file/bot` as the Bot API lays out."""
    explicit = (environ.get(BASE_FILE_URL_ENV) or "").strip()
    if explicit:
        return explicit
    if base_url and base_url.endswith("/bot"):
        return base_url[: -len("bot")] + "file/bot"
    return None


def _webhook(args: argparse.Namespace, environ: Mapping[str, str]) -> WebhookSettings | None:
    url = _opt(args, "webhook_url")
    if not url:
        return None
    parts = urlsplit(str(url))
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(
            "--webhook-url must be a full URL such as https://bot.example.org/factbot"
        )
    if parts.scheme != "https":
        raise ConfigError("--webhook-url must use https: Telegram posts updates over HTTPS only")
    try:
        url_port = parts.port or 443
    except ValueError:
        raise ConfigError("--webhook-url has an invalid port") from None
    if url_port not in WEBHOOK_PORTS:
        raise ConfigError(
            f"--webhook-url: port {url_port} is not one Telegram posts to "
            "(443, 80, 88 or 8443); --port may differ behind a reverse proxy"
        )
    secret = str(_first(_opt(args, "secret_token"), environ.get(SECRET_ENV)) or "")
    if secret and not SECRET_TOKEN_RE.fullmatch(secret):
        raise ConfigError("--secret-token: use 1-256 characters from A-Z, a-z, 0-9, _ and -")
    port = _non_negative("--port", _opt(args, "port"), DEFAULT_PORT)
    if not 0 < port < 65536:
        raise ConfigError(f"--port: {port} is not a TCP port")
    return WebhookSettings(
        url=str(url),
        url_path=parts.path.strip("/"),
        listen=str(_opt(args, "listen") or DEFAULT_LISTEN),
        port=port,
        secret_token=secret or secrets.token_urlsafe(32),
    )
