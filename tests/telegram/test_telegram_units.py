"""Pure pieces of the Telegram front end, without a network: settings, formatting,
callback data, limits, per-chat state, addressing and log redaction."""

from __future__ import annotations

import argparse
import datetime as dtm
import html
import logging
import re
from pathlib import Path

import pytest
from conftest import TOKEN
from hypothesis import given
from hypothesis import strategies as st
from telegram import Chat, Message, MessageEntity, User

from bot.telegram_app import chatstate
from bot.telegram_app.addressing import addressed_question, command_argument
from bot.telegram_app.config import ConfigError, load_settings, parse_allowed_users
from bot.telegram_app.formatting import (
    MAX_CALLBACK_BYTES,
    ask_data,
    html_pieces,
    parse_callback,
    question_key,
    split_text,
    topic_data,
    topic_html,
    truncate,
    utf16_len,
)
from bot.telegram_app.limits import AllowList, RateLimiter
from bot.telegram_app.options import add_arguments
from bot.telegram_app.security import RedactingFilter, redact

BOT_ID = 424242


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    return parser.parse_args(argv)


# --- settings --------------------------------------------------------------------------
def test_defaults_come_from_environment_then_built_ins() -> None:
    env = {"TELEGRAM_BOT_TOKEN": f" {TOKEN}\n", "XDG_STATE_HOME": "/state"}
    settings = load_settings(parse([]), env)
    assert settings.token == TOKEN
    assert settings.persistence_path == Path("/state/factbot/telegram.json")
    assert (settings.user_rate, settings.concurrency, settings.webhook) == (30, 8, None)
    assert settings.base_url is None and settings.allowed_users is None


def test_options_override_environment() -> None:
    env = {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "FACTBOT_TELEGRAM_USER_RATE": "5",
        "FACTBOT_TELEGRAM_PERSISTENCE": "/env.pickle",
        "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/bot",
        "TELEGRAM_ALLOWED_USERS": "1, 2,,3",
    }
    settings = load_settings(parse(["--user-rate", "7", "--persistence", "/opt.pickle"]), env)
    assert settings.user_rate == 7 and settings.persistence_path == Path("/opt.pickle")
    assert settings.base_file_url == "http://127.0.0.1:8081/file/bot"
    assert settings.allowed_users == {1, 2, 3}
    assert load_settings(parse([]), env).user_rate == 5


def test_webhook_settings() -> None:
    env = {"TELEGRAM_BOT_TOKEN": TOKEN}
    args = parse(["--webhook-url", "https://bot.example.org/hook/factbot", "--port", "8080"])
    hook = load_settings(args, env).webhook
    assert (hook.url_path, hook.port, hook.listen) == ("hook/factbot", 8080, "127.0.0.1")
    assert re.fullmatch(r"[A-Za-z0-9_-]{20,}", hook.secret_token)  # random when not given
    fixed = load_settings(args, {**env, "TELEGRAM_WEBHOOK_SECRET": "abc"}).webhook
    assert fixed.secret_token == "abc"
    assert load_settings(args, {**env, "TELEGRAM_WEBHOOK_SECRET": "abc"}).secrets() == (
        TOKEN,
        "abc",
    )


@pytest.mark.parametrize(
    ("env", "argv", "message"),
    [
        ({"TELEGRAM_BOT_TOKEN": None}, [], "TELEGRAM_BOT_TOKEN is not set"),
        ({"TELEGRAM_BOT_TOKEN": "   "}, [], "is not set"),
        ({"TELEGRAM_BOT_TOKEN": "123:short"}, [], "does not look like a bot token"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN + " extra"}, [], "does not look like"),
        ({"TELEGRAM_ALLOWED_USERS": "12,bob"}, [], "'bob' is not a numeric"),
        ({"TELEGRAM_API_BASE_URL": "ftp://x"}, [], "must be an http(s) URL"),
        ({"FACTBOT_TELEGRAM_USER_RATE": "lots"}, [], "--user-rate: expected a whole"),
        ({}, ["--user-rate", "-1"], "must be 0 or more"),
        ({}, ["--webhook-url", "not a url"], "--webhook-url must be a full URL"),
        ({}, ["--webhook-url", "https://x.org/h", "--secret-token", "no spaces"], "1-256"),
        ({}, ["--webhook-url", "https://x.org/h", "--port", "70000"], "not a TCP port"),
    ],
)
def test_bad_settings_are_one_line_errors_without_the_token(env, argv, message) -> None:
    merged = {"TELEGRAM_BOT_TOKEN": TOKEN, **env}
    merged = {name: value for name, value in merged.items() if value is not None}
    with pytest.raises(ConfigError) as caught:
        load_settings(parse(argv), merged)
    text = str(caught.value)
    assert message in text and "\n" not in text
    token = merged.get("TELEGRAM_BOT_TOKEN", "").strip()
    assert not token or token not in text


def test_allowed_users_blank_means_everyone() -> None:
    assert parse_allowed_users("") is None and parse_allowed_users(None) is None
    assert parse_allowed_users("-100, 5") == {-100, 5}


# --- formatting ------------------------------------------------------------------------
def test_split_prefers_line_breaks_and_keeps_everything() -> None:
    text = "\n".join(f"line {i} " + "x" * 50 for i in range(200))
    pieces = split_text(text, 1000)
    assert all(utf16_len(p) <= 1000 for p in pieces)
    assert all(p.endswith("\n") for p in pieces[:-1])
    assert "".join(pieces) == text


def test_short_text_is_one_piece_and_blank_text_a_placeholder() -> None:
    assert split_text("hello") == ["hello"]
    assert split_text("  \n ") == ["…"]


def test_astral_characters_count_twice_and_are_never_cut_in_half() -> None:
    text = "😀" * 3000  # 6000 UTF-16 units
    pieces = split_text(text)
    assert [utf16_len(p) for p in pieces] == [4096, 1904]
    assert "".join(pieces) == text


@given(
    st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=3000),
    st.integers(min_value=2, max_value=500),
)
def test_split_text_respects_the_limit_and_loses_no_visible_character(text, limit) -> None:
    pieces = split_text(text, limit)
    assert all(utf16_len(p) <= limit and p.strip() for p in pieces) or pieces == ["…"]
    visible = re.sub(r"\s", "", text)
    if visible:
        assert re.sub(r"\s", "", "".join(pieces)) == visible


def test_html_pieces_escape_user_and_fact_text() -> None:
    assert html_pieces('1 < 2 & "3" > <b>x</b>') == [
        "1 &lt; 2 &amp; &quot;3&quot; &gt; &lt;b&gt;x&lt;/b&gt;"
    ]
    assert html.unescape(html_pieces("a & b")[0]) == "a & b"


def test_truncate_marks_the_cut() -> None:
    assert truncate("short", 10) == "short"
    cut = truncate("a long sentence here", 10)
    assert cut.endswith("…") and utf16_len(cut) <= 10


@given(st.text(max_size=5000))
def test_callback_data_fits_64_bytes_whatever_the_question(question) -> None:
    data = ask_data(question_key(question))
    assert len(data.encode()) <= MAX_CALLBACK_BYTES
    assert parse_callback(data) == ("q", question_key(question))


def test_callback_data_round_trips_and_rejects_junk() -> None:
    assert parse_callback(topic_data(3)) == ("t", "3")
    assert parse_callback(topic_data(None)) == ("t", "*")
    for junk in (None, "", "q:", "x:1", "hello"):
        assert parse_callback(junk) is None
    with pytest.raises(ValueError):
        ask_data("k" * 100)


def test_question_keys_are_stable_and_distinct() -> None:
    assert question_key("a") == question_key("a") != question_key("b")
    assert len(question_key("anything")) == 11


def test_topic_text_is_escaped_and_cut_to_one_message() -> None:
    text = topic_html("A & B", ["x < y"] * 2000)
    assert text.startswith("<b>A &amp; B</b>\n• x &lt; y")
    shown = html.unescape(re.sub(r"<[^>]+>", "", text))  # what Telegram counts
    assert text.endswith("…") and utf16_len(shown) <= 4096


# --- limits ----------------------------------------------------------------------------
class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_rate_limiter_allows_n_per_window_and_warns_once() -> None:
    clock = Clock()
    limiter = RateLimiter(3, window=60, clock=clock)
    assert [limiter.check(1).allowed for _ in range(3)] == [True] * 3
    first, second = limiter.check(1), limiter.check(1)
    assert not first.allowed and first.notify and first.retry_in == pytest.approx(60)
    assert not second.allowed and not second.notify
    assert limiter.check(2).allowed  # per user
    clock.now += 60.01
    assert limiter.check(1).allowed
    assert RateLimiter(0).check(1).allowed  # 0 disables


def test_rate_limiter_forgets_idle_users() -> None:
    clock = Clock()
    limiter = RateLimiter(1, window=1, clock=clock)
    for user in range(5000):
        limiter.check(user)
        clock.now += 0.01
    assert len(limiter._events) < 1500


def test_allow_list() -> None:
    assert AllowList().permits(None) and AllowList().permits(5)
    restricted = AllowList(frozenset({5}))
    assert restricted.permits(5) and not restricted.permits(6) and not restricted.permits(None)


# --- per-chat state --------------------------------------------------------------------
def test_chat_state_keeps_context_why_and_a_bounded_offer_list() -> None:
    data: dict = {}
    assert chatstate.context_of(data) is None and chatstate.why_of(data) is None
    chatstate.remember_answer(data, {"stems": ["x"]}, "because")
    assert chatstate.context_of(data) == {"stems": ["x"]} and chatstate.why_of(data) == "because"
    pairs = chatstate.offer(data, [f"q{i}?" for i in range(100)])
    assert len(pairs) == 100 and len(data[chatstate.OFFERS]) == chatstate.MAX_OFFERS
    assert chatstate.offered(data, pairs[-1][0]) == "q99?"
    assert chatstate.offered(data, pairs[0][0]) is None  # forgotten: "expired"
    assert chatstate.offer(None, ["a"]) == [(question_key("a"), "a")]


# --- addressing ------------------------------------------------------------------------
def message(text: str, chat_type: str = "group", entities=(), reply_from=None) -> Message:
    chat = Chat(-1 if chat_type != "private" else 5, chat_type)
    reply = None
    if reply_from is not None:
        reply = Message(1, dtm.datetime.now(dtm.UTC), chat, from_user=reply_from, text="x")
    return Message(
        2,
        dtm.datetime.now(dtm.UTC),
        chat,
        from_user=User(5, "U", False),
        text=text,
        entities=list(entities),
        reply_to_message=reply,
    )


BOT = User(BOT_ID, "FactBot", True, username="factbot_test_bot")


@pytest.mark.parametrize(
    ("msg", "expected"),
    [
        (message("how much?", "private"), "how much?"),
        (message("how much?"), None),  # group chatter
        (message("@factbot_test_bot how much?"), "how much?"),
        (message("how much, @FactBot_Test_Bot?"), "how much, ?"),
        (message("@factbot_test_botty how much?"), None),  # another bot
        (message("how much?", reply_from=BOT), "how much?"),
        (message("how much?", reply_from=User(9, "Other", False)), None),
        (
            message("FactBot how much?", entities=[MessageEntity("text_mention", 0, 7, user=BOT)]),
            "how much?",
        ),
        (message("@factbot_test_bot"), ""),
    ],
)
def test_addressed_question(msg, expected) -> None:
    assert addressed_question(msg, BOT_ID, "factbot_test_bot") == expected


def test_command_argument() -> None:
    assert command_argument(message("/ask@factbot_test_bot  how much  ?")) == "how much  ?"
    assert command_argument(message("/ask")) == ""


# --- redaction -------------------------------------------------------------------------
def test_redact_removes_tokens_in_urls_and_bare() -> None:
    line = f"POST http://x/bot{TOKEN}/getMe and {TOKEN} and bot999:abc_DEF-1"
    clean = redact(line)
    assert TOKEN not in clean and "999:abc" not in clean
    assert clean.count("<redacted>") == 3
    assert redact("the secret s3", secrets=["s3"]) == "the secret <redacted>"


def test_redacting_filter_cleans_messages_arguments_and_tracebacks() -> None:
    logger = logging.getLogger("test.redaction")
    stream_records: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            stream_records.append(self.format(record))

    handler = Collect()
    handler.addFilter(RedactingFilter([TOKEN]))
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("url %s", f"https://api.telegram.org/bot{TOKEN}/getMe")
        try:
            raise RuntimeError(f"The token `{TOKEN}` was rejected by the server.")
        except RuntimeError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)
    output = "\n".join(stream_records)
    assert TOKEN not in output and TOKEN.split(":")[1] not in output
    assert "bot<redacted>/getMe" in output and "RuntimeError" in output
