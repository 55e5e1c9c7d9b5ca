"""What the real Bot API would do to the bot: every kind of message it sends accepted by
the strict fake, flood limits that stall one chat only, button presses answered once and
first (even refused or late), errors named by kind, privacy mode in groups."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest
from bot_api_rules import FloodLimits, check_text, parse_html
from conftest import FAST_PACING, TOKEN
from telegram import Bot
from telegram.error import BadRequest, RetryAfter

from bot.telegram_app.gate import NOT_ALLOWED
from bot.telegram_app.limits import Pacing

RUSSIA = "How much did Russians spend?"


def buttons(call) -> list[dict]:
    markup = call.params.get("reply_markup") or {}
    return [button for row in markup.get("inline_keyboard", []) for button in row]


async def said(api, chat_id: int, text: str, count: int = 1, **options) -> list:
    before = len(api.sent(chat_id))
    api.message(chat_id, text, **options)
    await api.wait_until(lambda: len(api.sent(chat_id)) >= before + count)
    return api.sent(chat_id)[before:]


async def press(api, chat_id: int, data: str, calls: str = "answerCallbackQuery", **options):
    before = len(api.calls_to(calls))
    api.callback(chat_id, data, **options)
    await api.wait_until(lambda: len(api.calls_to(calls)) > before)


async def press_for_reply(api, chat_id: int, data: str) -> None:
    before = len(api.sent(chat_id))
    await press(api, chat_id, data)
    await api.wait_until(lambda: len(api.sent(chat_id)) > before)


async def press_for_edit(api, chat_id: int, data: str, edits: int) -> None:
    await press(api, chat_id, data)
    await api.wait_until(lambda: len(api.calls_to("editMessageText")) == edits)


# --- the fake is as strict as Telegram ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("/ask <question>", 'Unsupported start tag "question"'),
        ("<b>bold", 'end tag corresponding to start tag "b"'),
        ("<b>x</i>", 'Unmatched end tag "i"'),
        ("fish & chips", "Unsupported HTML entity"),
        ("1 > 0", 'Unexpected ">"'),
        ("<br>", 'Unsupported start tag "br"'),
        ('<b class="x">y</b>', 'Unsupported attribute "class"'),
    ],
)
def test_html_that_telegram_rejects_is_rejected(text, error):
    visible, problem = parse_html(text)
    assert visible is None and error in problem


def test_html_that_telegram_accepts_and_its_length_after_parsing():
    text = '<b>A</b> &amp; <a href="https://x.org">b</a> &lt;q&gt; &#x1F600; <tg-spoiler>s'
    text += "</tg-spoiler>"
    assert parse_html(text) == ("A & b <q> 😀 s", None)
    assert check_text("&amp;" * 4096, "HTML") is None  # 4,096 characters once parsed
    assert "too long" in check_text("😀" * 2049, None)  # 4,098 UTF-16 units
    assert "non-empty" in check_text("<b> </b>", "HTML")


async def test_the_fake_refuses_what_the_bot_api_refuses_through_the_real_client(api):
    api.expect_rejections = True
    api.callback(1, "q:x")  # query cb1
    api.inline(5, "x", age=30)  # query iq2, too old
    async with Bot(TOKEN, base_url=api.base_url) as bot:
        from telegram import InlineKeyboardButton, InlineKeyboardMarkup

        too_long_data = InlineKeyboardMarkup([[InlineKeyboardButton("b", callback_data="x" * 65)]])
        for call in (
            bot.send_message(1, "/ask <question>", parse_mode="HTML"),
            bot.send_message(1, "x" * 4097),
            bot.send_message(1, "ok", reply_markup=too_long_data),
            bot.answer_inline_query("iq2", []),
            bot.set_webhook("http://bot.example.org/hook"),
            bot.set_webhook("https://bot.example.org:8080/hook"),
            bot.set_webhook("https://bot.example.org/hook", secret_token="no spaces"),
        ):
            with pytest.raises(BadRequest):
                await call
        await bot.answer_callback_query("cb1")
        with pytest.raises(BadRequest, match="(?i)query is too old"):
            await bot.answer_callback_query("cb1")  # once only
    assert len(api.rejected()) == 8


async def test_the_fake_applies_flood_limits_with_retry_after(api):
    api.flood = FloodLimits(chat_burst=2, chat_window=5)
    async with Bot(TOKEN, base_url=api.base_url) as bot:
        await bot.send_message(1, "a")
        await bot.send_message(1, "b")
        with pytest.raises(RetryAfter):
            await bot.send_message(1, "c")
        await bot.send_message(2, "other chats are not limited")
    (throttled,) = api.throttled()
    assert throttled.chat_id == 1 and "retry after 5" in throttled.description


# --- every message the bot sends is accepted ---------------------------------------------
async def test_every_kind_of_message_the_bot_sends_is_accepted(api, bot, tg_assistant):
    titles = list(tg_assistant.topics())
    async with bot(user_rate=0):
        (start,) = await said(api, 1, "/start")
        await said(api, 1, "/help")
        await said(api, 1, "/sources")
        await said(api, 1, "/why")  # before any answer
        await said(api, 1, "/frobnicate")
        for question in (RUSSIA, "ratio of total e-commerce to online shopping",
                         "who estimated the cross-border e-commerce volume",
                         "How much did Germans spend?", "the survey"):  # fmt: skip
            (reply,) = await said(api, 1, question)
            (why,) = await said(api, 1, "/why")
            for button in buttons(reply):  # every suggestion, pressed
                await press_for_reply(api, 1, button["callback_data"])
        for button in buttons(start):
            await press_for_reply(api, 1, button["callback_data"])
        (facts,) = await said(api, 1, "/facts")
        for index, button in enumerate(buttons(facts)):
            await press_for_edit(api, 1, button["callback_data"], 2 * index + 1)
            (back,) = buttons(api.calls_to("editMessageText")[-1])
            await press_for_edit(api, 1, back["callback_data"], 2 * index + 2)
        for query in (RUSSIA, "", "How much did Germans spend?", "x" * 300):
            api.inline(5, query)
        await api.wait_until(lambda: len(api.calls_to("answerInlineQuery")) == 4)
        await asyncio.sleep(0.1)
    assert len(api.calls_to("editMessageText")) == 2 * len(titles)
    assert all(c.status == 200 for c in api.calls if c.method != "getUpdates"), [
        (c.method, c.status, c.description) for c in api.calls if c.status != 200
    ]
    assert "not answered" in why.text  # /why after a refusal, as in the console


# --- flood control isolates ----------------------------------------------------------------
async def test_a_group_over_its_limit_stalls_only_itself(api, bot, settings):
    """Telegram's group limit is hit (the bot's pacing is set looser than the server's):
    the group waits out its 429s while others are answered at once."""
    api.flood = FloodLimits(chat_burst=50, chat_window=1, group_count=3, group_window=2)
    group = -100
    latencies = {}
    async with bot(pacing=Pacing(chat_burst=50, chat_window=1, group_count=0), user_rate=0):
        (start,) = await said(api, 2, "/start")  # offers a button to press later
        for _ in range(7):
            api.message(group, f"/ask {RUSSIA}", user_id=7, chat_type="supergroup")
        await api.wait_until(lambda: api.throttled(group))
        asked = time.monotonic()
        api.message(3, RUSSIA)
        api.inline(4, RUSSIA)
        api.callback(2, buttons(start)[0]["callback_data"])
        await api.wait_until(lambda: len(api.sent(3)) == 1)
        latencies["private"] = time.monotonic() - asked
        await api.wait_until(lambda: api.calls_to("answerInlineQuery"))
        latencies["inline"] = time.monotonic() - asked
        await api.wait_until(lambda: len(api.sent(2)) == 2)
        latencies["button"] = time.monotonic() - asked
        stalled = len(api.sent(group))
        await api.wait_until(lambda: len(api.sent(group)) == 7, timeout=15)
    assert stalled < 7  # the group was still waiting while the others were answered
    assert all(seconds < 1 for seconds in latencies.values()), latencies
    assert {c.chat_id for c in api.throttled()} == {group}
    assert len(api.calls_to("answerCallbackQuery")) == 1
    print("latencies:", {k: f"{v * 1000:.0f} ms" for k, v in latencies.items()})


async def test_pacing_keeps_a_busy_group_under_the_limit_without_a_429(api, bot):
    group = -200
    async with bot(pacing=FAST_PACING, user_rate=0):
        for _ in range(25):  # more than a group's 20 a (scaled) minute
            api.message(group, f"/ask {RUSSIA}", user_id=7, chat_type="supergroup")
        await api.wait_until(lambda: len(api.sent(group)) == 25, timeout=15)
    assert not api.throttled()
    times = [c.at for c in api.sent(group)]
    assert times[-1] - times[0] >= FAST_PACING.group_window * 0.9  # paced, not bursted


# --- button presses ------------------------------------------------------------------------
async def test_a_press_refused_by_the_rate_limit_is_still_answered_once(api, bot):
    async with bot(user_rate=2):
        (start,) = await said(api, 1, "/start")  # counts as one question
        data = buttons(start)[0]["callback_data"]
        await press(api, 1, data)  # second: answered
        await api.wait_until(lambda: len(api.sent(1)) == 2)
        await press(api, 1, data)  # third: over the limit
        await press(api, 1, data)  # fourth: over the limit, already told once
        await asyncio.sleep(0.1)
    answers = api.calls_to("answerCallbackQuery")
    assert len(answers) == 3 and all(c.status == 200 for c in answers)
    assert len({c.params["callback_query_id"] for c in answers}) == 3  # each exactly once
    assert "2 questions a minute" in answers[1].params["text"]
    assert len(api.sent(1)) == 2


async def test_an_expired_press_still_gets_its_question_answered(api, bot, tg_assistant):
    api.expect_rejections = True  # the late answerCallbackQuery is refused, as by Telegram
    async with bot():
        (start,) = await said(api, 1, "/start")
        api.callback(1, buttons(start)[0]["callback_data"], age=60)  # pressed while down
        await api.wait_until(lambda: len(api.sent(1)) == 2)
    example = tg_assistant.examples(3)[0]
    assert api.sent(1)[1].text.startswith("Q: " + example.replace("'", "&#x27;"))
    (late,) = api.calls_to("answerCallbackQuery")
    assert late.status == 400 and "too old" in late.description
    assert all(c.method == "answerCallbackQuery" for c in api.rejected())


async def test_the_press_is_answered_before_the_reply(api, bot):
    async with bot():
        (start,) = await said(api, 1, "/start")
        await press(api, 1, buttons(start)[0]["callback_data"])
        await api.wait_until(lambda: len(api.sent(1)) == 2)
    answered = api.calls_to("answerCallbackQuery")[0].at
    assert answered < api.sent(1)[1].at


# --- errors named by kind ------------------------------------------------------------------
async def test_a_rejected_reply_is_logged_as_a_bad_request_with_telegrams_reason(api, bot, caplog):
    api.expect_rejections = True
    api.fail("sendMessage", 400, chat_id=1)
    caplog.set_level(logging.WARNING, logger="bot.telegram_app")
    async with bot():
        api.message(1, RUSSIA)
        await api.wait_until(lambda: api.calls_to("sendMessage", 1))
        await asyncio.sleep(0.1)
    lines = [r.getMessage() for r in caplog.records if "chat 1" in r.getMessage()]
    assert len(lines) == 1 and "bad request: Bad Request" in lines[0], lines
    assert "unreachable" not in caplog.text and TOKEN not in caplog.text


async def test_a_flood_wait_too_long_to_sit_out_is_logged_as_flood_control(api, bot, caplog):
    api.fail("sendMessage", 429, retry_after=3600, chat_id=1)
    caplog.set_level(logging.WARNING, logger="bot.telegram_app")
    async with bot():
        api.message(1, RUSSIA)
        api.message(2, RUSSIA)
        await api.wait_until(lambda: api.calls_to("sendMessage", 1) and api.sent(2))
        await asyncio.sleep(0.1)
    assert any("chat 1: reply dropped: flood control" in r.getMessage() for r in caplog.records)


# --- groups and privacy mode ---------------------------------------------------------------
async def test_no_allow_list_reply_to_other_bots_commands_in_groups(api, bot):
    group = -300
    async with bot(allowed_users=frozenset({7})):
        for text in ("/frobnicate", "/help@some_other_bot", "/start@some_other_bot"):
            api.message(group, text, user_id=8, chat_type="supergroup")
        replies = await said(api, group, "/help", user_id=8, chat_type="supergroup")
        await asyncio.sleep(0.1)
    assert [r.text for r in replies] == [NOT_ALLOWED] and len(api.sent(group)) == 1


async def test_help_explains_privacy_mode_and_the_addressed_command(api, bot):
    async with bot():
        (helped,) = await said(api, 1, "/help")
    assert "privacy mode" in helped.text and "/ask@factbot_test_bot" in helped.text
