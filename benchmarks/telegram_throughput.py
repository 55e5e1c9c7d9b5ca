"""Throughput of the Telegram front end against the fake Bot API, beside PTB's ceiling.

    python benchmarks/telegram_throughput.py [--chats 50] [--questions 20] [--repeat 3]

Each of `--chats` users asks `--questions` questions, the next one as soon as the
previous reply arrives, so the fake server hands updates out as fast as the bot takes
them. The fake server runs in its own process (its CPU is not the bot's) and measures,
per update, the time from the update being available to its reply arriving.

Four harnesses, same server, same transport (RetryingRequest), same concurrency:
  echo     a trivial echo handler: what PTB and httpx alone can do (the ceiling)
  factbot  the real application from `build_application`, answer cache on (default)
  nocache  the same with the answer cache off: every question reaches the core
  faults   factbot with 5% of all Bot API calls failing with 500 and 2% with 429
           (retry_after 1 s): slower by design, but nothing may be lost or doubled

Prints answered updates/s, p50/p99 latency, lost and duplicated replies, and the
factbot/echo throughput ratio (goal: at least 80%). Exits 1 if any reply was lost or
duplicated; timings are reported, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "telegram"))

from bot_api_rules import FloodLimits  # noqa: E402
from fake_bot_api import Call, FakeBotApi  # noqa: E402
from telegram_harness import TOKEN, running  # noqa: E402

QUESTIONS = (
    "How much did Russians spend?",
    "and in yuan?",
    "How many active users does AliExpress have?",
    "What share of Russian cross-border spending went to Chinese platforms?",
    "hello",
    "How big was China's cross-border e-commerce in 2016?",
    "When was AliExpress set up?",
    "the survey",
    "How much did China's online shopping grow in 2016?",
    "What is Alibaba's 2025 target for overseas consumers?",
)
FAULTS = {500: 0.05, 429: 0.02}
SETTLE = 0.5  # seconds to wait after the last reply, to catch late duplicates


# --- the server process ------------------------------------------------------------------
@dataclass
class ClosedLoop:
    """Users who each ask their next question when the previous reply arrives."""

    api: FakeBotApi
    chats: int
    per_chat: int
    asked: dict[int, int] = field(default_factory=dict)
    waiting: dict[int, int] = field(default_factory=dict)  # chat -> update id awaiting reply
    latencies: list[float] = field(default_factory=list)
    duplicates: int = 0
    first_at: float = 0.0
    last_at: float = 0.0
    done: asyncio.Event = field(default_factory=asyncio.Event)
    questions: tuple[str, ...] = ()

    def start(self) -> None:
        self.first_at = time.perf_counter()
        self.api.on_delivered = self.delivered
        for chat in range(1, self.chats + 1):
            self.ask(chat)

    def ask(self, chat: int) -> None:
        index = self.asked.get(chat, 0)
        self.asked[chat] = index + 1
        pool = self.questions or QUESTIONS
        self.waiting[chat] = self.api.message(chat, pool[(chat * 7 + index) % len(pool)])

    def delivered(self, call: Call) -> None:
        if call.method != "sendMessage":
            return
        update_id = self.waiting.pop(call.chat_id, None)
        if update_id is None:
            self.duplicates += 1
            return
        self.last_at = call.at
        self.latencies.append(call.at - self.api.available_at[update_id])
        if self.asked[call.chat_id] < self.per_chat:
            self.ask(call.chat_id)
        elif not self.waiting and all(n >= self.per_chat for n in self.asked.values()):
            self.done.set()

    def result(self) -> dict[str, Any]:
        cuts = statistics.quantiles(self.latencies, n=100) if len(self.latencies) > 1 else [0] * 99
        elapsed = max(self.last_at - self.first_at, 1e-9)
        return {
            "answered": len(self.latencies),
            "lost": self.chats * self.per_chat - len(self.latencies),
            "duplicates": self.duplicates,
            "rate": len(self.latencies) / elapsed,
            "p50": cuts[49] * 1000,
            "p99": cuts[98] * 1000,
            "failed_calls": sum(1 for c in self.api.calls if c.status != 200),
        }


def serve(conn: Any, chats: int, per_chat: int, faults: bool, timeout: float,
          questions: tuple[str, ...]) -> None:  # fmt: skip
    asyncio.run(_serve(conn, chats, per_chat, faults, timeout, questions))


async def _serve(conn: Any, chats: int, per_chat: int, faults: bool, timeout: float,
                 questions: tuple[str, ...]) -> None:  # fmt: skip
    # Flood limits off: this measures the bot's own cost per update (pacing is off too).
    api = FakeBotApi(TOKEN, max_poll_wait=1.0, seed=1, flood=FloodLimits(enabled=False))
    await api.start()
    if faults:
        api.random_faults(FAULTS, retry_after=1)
    users = ClosedLoop(api, chats, per_chat, questions=questions)
    conn.send(api.base_url)
    await asyncio.to_thread(conn.recv)  # the bot is polling: go
    users.start()
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(users.done.wait(), timeout)
    await asyncio.sleep(SETTLE)
    conn.send(users.result())
    await asyncio.to_thread(conn.recv)  # the bot has stopped
    await api.stop()


# --- the bot process ---------------------------------------------------------------------
def echo_app(base_url: str, state: Path, concurrency: int) -> Any:
    from telegram.ext import MessageHandler, filters

    from bot.telegram_app.app import base_builder

    async def echo(update: Any, context: Any) -> None:
        await update.message.reply_text(update.message.text)

    app = base_builder(settings(base_url, state, concurrency)).build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    return app


def factbot_app(
    base_url: str, state: Path, concurrency: int, assistant: Any, cache: bool = True
) -> Any:
    from bot.telegram_app.app import build_application

    config = settings(base_url, state, concurrency)
    return build_application(config if cache else replace(config, answer_cache=0), assistant)


def settings(base_url: str, state: Path, concurrency: int) -> Any:
    from bot.telegram_app.config import Settings
    from bot.telegram_app.limits import Pacing

    return Settings(token=TOKEN, persistence_path=state / "telegram.json",
                    base_url=base_url, concurrency=concurrency, pacing=Pacing.off(),
                    user_rate=0)  # fmt: skip


async def measure(make_app: Any, args: argparse.Namespace, faults: bool) -> dict[str, Any]:
    """One run: a fresh server process, a fresh application, the closed loop to the end."""
    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    server = context.Process(
        target=serve,
        args=(child, args.chats, args.questions, faults, args.timeout, args.pool),
    )
    server.start()
    try:
        base_url = await asyncio.to_thread(parent.recv)
        with tempfile.TemporaryDirectory() as state:
            async with running(make_app(base_url, Path(state))):
                parent.send("go")
                result = await asyncio.to_thread(parent.recv)
        parent.send("stopped")
    finally:
        server.join(10)
        if server.is_alive():
            server.kill()
    return result


async def main_async(args: argparse.Namespace) -> int:
    from bot import Assistant

    assistant = Assistant.load()
    # Distinct questions: each fact's suggested question, each chat starting elsewhere.
    args.pool = ()
    if args.distinct:
        from bot.describe import suggestion

        args.pool = tuple(suggestion(assistant.base, f) for f in assistant.base.facts.values())
    harnesses = {
        "echo": lambda url, state: echo_app(url, state, args.concurrency),
        "factbot": lambda url, state: factbot_app(url, state, args.concurrency, assistant),
        "nocache": lambda url, state: factbot_app(
            url, state, args.concurrency, assistant, cache=False
        ),
    }
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in harnesses}
    for _ in range(args.repeat):  # interleaved, so drift affects both alike
        for name, make_app in harnesses.items():
            runs[name].append(await measure(make_app, args, faults=False))
    runs["faults"] = [await measure(harnesses["factbot"], args, faults=True)]
    return report(runs, args)


def median_run(results: list[dict[str, Any]]) -> dict[str, Any]:
    ordered = sorted(results, key=lambda r: r["rate"])
    return ordered[len(ordered) // 2]


def report(runs: dict[str, list[dict[str, Any]]], args: argparse.Namespace) -> int:
    total = args.chats * args.questions
    print(f"{args.chats} chats x {args.questions} questions = {total} updates a run; "
          f"concurrency {args.concurrency}; median of {args.repeat} runs "
          f"(faults: 1 run, {FAULTS[500]:.0%} 500s + {FAULTS[429]:.0%} 429s)")  # fmt: skip
    print(f"{'harness':<9}{'answered':>9}{'lost':>6}{'dup':>5}{'updates/s':>11}"
          f"{'p50 ms':>9}{'p99 ms':>9}{'faults':>8}")  # fmt: skip
    chosen = {name: median_run(results) for name, results in runs.items()}
    for name, r in chosen.items():
        print(f"{name:<9}{r['answered']:>9}{r['lost']:>6}{r['duplicates']:>5}{r['rate']:>11.1f}"
              f"{r['p50']:>9.1f}{r['p99']:>9.1f}{r['failed_calls']:>8}")  # fmt: skip
    for name in ("factbot", "nocache"):
        ratio = chosen[name]["rate"] / chosen["echo"]["rate"]
        print(f"{name} / echo throughput: {ratio:.0%} (goal >= 80%)")
    bad = [(n, r) for n, rs in runs.items() for r in rs if r["lost"] or r["duplicates"]]
    for name, r in bad:
        print(f"FAIL {name}: {r['lost']} lost, {r['duplicates']} duplicated", file=sys.stderr)
    return 1 if bad else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chats", type=int, default=50)
    parser.add_argument("--questions", type=int, default=20, help="per chat")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=120, help="seconds a run may take")
    parser.add_argument("--repeated", dest="distinct", action="store_false",
                        help="the 10 fixed questions (cache-friendly) instead of one distinct "
                        "question per fact")  # fmt: skip
    args = parser.parse_args()
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        os.environ.pop(name, None)
    os.environ["NO_PROXY"] = "127.0.0.1,localhost"
    logging.basicConfig(level=logging.ERROR)  # retries in the fault run log WARNINGs
    return asyncio.run(main_async(args))


if __name__ == "__main__":
    sys.exit(main())
