"""`python -m bot telegram` as a real process against the fake Bot API: serving, exit 0
on SIGTERM/SIGINT, exit 2 for token problems, and no token anywhere in its output, even
at DEBUG level where PTB logs Bot API URLs."""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import signal
import socket
import sys
from pathlib import Path

import pytest
from conftest import PROXY_VARS, TOKEN

from bot.telegram_app import run
from bot.telegram_app.config import load_settings

ROOT = Path(__file__).resolve().parents[2]
WRONG_TOKEN = "424242:WRONGsecretTOKEN_rejected_by_server_01"
TOKEN_SHAPE = re.compile(r"[0-9]{3,}:[A-Za-z0-9_-]{20,}")


def bot_env(api, tmp_path: Path, token: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in PROXY_VARS}
    env.update(
        TELEGRAM_BOT_TOKEN=token,
        TELEGRAM_API_BASE_URL=api.base_url,
        XDG_STATE_HOME=str(tmp_path / "state"),
        NO_PROXY="127.0.0.1,localhost",
        PYTHONUNBUFFERED="1",
    )
    return env


async def start_bot(
    env: dict[str, str], *args: str, verbose: bool = True
) -> tuple[asyncio.subprocess.Process, ...]:
    flags = ["-v"] if verbose else []
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *flags, "telegram", *args,
        cwd=ROOT, env=env, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    # Drain both pipes while it runs: DEBUG output would otherwise fill them and block it.
    return proc, asyncio.create_task(proc.stdout.read()), asyncio.create_task(proc.stderr.read())


async def finish(proc, out, err, timeout: float = 20) -> tuple[int, str]:
    code = await asyncio.wait_for(proc.wait(), timeout)
    return code, (await out).decode() + (await err).decode()


def assert_no_token(output: str, token: str) -> None:
    assert token not in output
    assert token.split(":", 1)[1] not in output
    assert not TOKEN_SHAPE.search(output), TOKEN_SHAPE.search(output)


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
async def test_process_serves_then_exits_0_on_a_stop_signal(api, tmp_path, stop):
    proc, out, err = await start_bot(bot_env(api, tmp_path, TOKEN))
    try:
        await api.wait_until(lambda: api.calls_to("getUpdates"), timeout=20)
        api.message(1, "How much did Russians spend?")
        await api.wait_until(lambda: api.sent(1), timeout=10)
        proc.send_signal(stop)
        code, output = await finish(proc, out, err)
    finally:
        if proc.returncode is None:
            proc.kill()
    assert code == 0, output
    assert "4.3" in api.sent(1)[0].text
    assert "serving as @factbot_test_bot" in output
    assert "bot<redacted>" in output  # PTB did log a Bot API URL at DEBUG: redacted
    assert_no_token(output, TOKEN)
    assert (tmp_path / "state" / "factbot" / "telegram.json").exists()
    polls = [(c.params.get("offset"), c.params.get("timeout")) for c in api.calls_to("getUpdates")]
    assert (2, 0) in polls  # the last call at shutdown confirmed the update it handled


@pytest.mark.parametrize("verbose", [True, False])
async def test_a_rejected_token_is_a_fixed_one_line_error(api, tmp_path, verbose):
    proc, out, err = await start_bot(bot_env(api, tmp_path, WRONG_TOKEN), verbose=verbose)
    try:
        code, output = await finish(proc, out, err)
    finally:
        if proc.returncode is None:
            proc.kill()
    assert code == 2, output
    assert "factbot telegram: Telegram rejected the token in TELEGRAM_BOT_TOKEN" in output
    assert_no_token(output, WRONG_TOKEN)
    assert "Traceback" not in output  # checked before PTB starts: one line, even at -v


async def test_a_malformed_token_fails_before_any_network_call(api, tmp_path):
    malformed = "12345:tooShortToBeReal"
    proc, out, err = await start_bot(bot_env(api, tmp_path, malformed))
    code, output = await finish(proc, out, err)
    assert code == 2
    assert output.strip().endswith("(expected <digits>:<secret> as issued by @BotFather)")
    assert malformed not in output and "tooShort" not in output
    assert not api.calls


def test_a_missing_token_is_exit_2_with_one_line(monkeypatch, capsys, tg_assistant):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    assert run(argparse.Namespace(), tg_assistant) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "TELEGRAM_BOT_TOKEN is not set" in err


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--webhook-url", "http://bot.example.org/hook"], "must use https"),
        (["--webhook-url", "https://bot.example.org:8080/hook"], "port 8080 is not one"),
        (["--webhook-url", "https://bot.example.org/h", "--secret-token", "a b"], "1-256"),
    ],
)
async def test_bad_webhook_settings_exit_2_at_once_with_one_line(api, tmp_path, args, says):
    proc, out, err = await start_bot(bot_env(api, tmp_path, TOKEN), *args, verbose=False)
    code, output = await finish(proc, out, err)
    assert code == 2 and says in output and output.count("\n") == 1, output
    assert not api.calls  # refused before anything reached Telegram


async def test_an_unreachable_api_is_retried_with_a_logged_bounded_backoff(api, tmp_path):
    env = bot_env(api, tmp_path, TOKEN)
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        env["TELEGRAM_API_BASE_URL"] = f"http://127.0.0.1:{sock.getsockname()[1]}/bot"
    env.update(FACTBOT_TELEGRAM_START_ATTEMPTS="3", FACTBOT_TELEGRAM_START_BACKOFF="0.1")
    proc, out, err = await start_bot(env, verbose=False)
    code, output = await finish(proc, out, err)
    assert code == 1, output
    assert "attempt 1 of 3 failed (network:" in output and "next in 0.1 s" in output
    assert "attempt 2 of 3 failed" in output and "next in 0.2 s" in output
    last = output.strip().splitlines()[-1]
    assert last.startswith("factbot telegram: could not reach Telegram after 3 attempts (")
    assert "Traceback" not in output
    assert_no_token(output, TOKEN)


def test_by_default_the_bot_gives_up_on_telegram_within_a_minute():
    settings = load_settings(argparse.Namespace(), {"TELEGRAM_BOT_TOKEN": TOKEN})
    assert settings.start_attempts >= 3
    assert settings.start_budget() < 60
