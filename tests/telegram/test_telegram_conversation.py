"""The conversation end to end: fake Bot API <- real PTB client <- factbot handlers.

Expected replies are computed from the real assistant (`tg_assistant.ask(...)`) so the
tests check the front end's transport and formatting, not the answering core's wording.
"""

from __future__ import annotations

import html

from fake_bot_api import BOT_USERNAME, FakeBotApi

from bot.answer import Answer
from bot.telegram_app.formatting import (
    MAX_CALLBACK_BYTES,
    MAX_MESSAGE,
    button_label,
    utf16_len,
    with_question,
)
from bot.telegram_app.handlers import NO_WHY, UNKNOWN_COMMAND

RUSSIA = "How much did Russians spend?"
VAGUE_CANDIDATES = ("hello", "what", "AliExpress", "the survey", "users")


def buttons(call) -> list[dict]:
    markup = call.params.get("reply_markup") or {}
    return [button for row in markup.get("inline_keyboard", []) for button in row]


async def ask(api: FakeBotApi, chat_id: int, text: str, count: int = 1, **kwargs) -> list:
    """Send `text` from `chat_id` and wait for `count` more replies in that chat."""
    before = len(api.sent(chat_id))
    api.message(chat_id, text, **kwargs)
    await api.wait_until(lambda: len(api.sent(chat_id)) >= before + count)
    return api.sent(chat_id)[before:]


async def test_start_registers_menu_and_offers_three_examples(api, bot, tg_assistant):
    async with bot():
        (reply,) = await ask(api, 1, "/start")
    assert api.calls_to("setMyCommands")[0].status == 200
    menu = [c["command"] for c in api.calls_to("setMyCommands")[0].params["commands"]]
    assert menu == ["start", "help", "facts", "sources", "why", "ask"]
    assert html.escape(tg_assistant.help_text()) in reply.text
    assert reply.params["parse_mode"] == "HTML"
    examples = tg_assistant.examples(3)
    assert [b["text"] for b in buttons(reply)] == [button_label(q) for q in examples]
    assert all(len(b["callback_data"].encode()) <= MAX_CALLBACK_BYTES for b in buttons(reply))


async def test_pressing_a_start_button_answers_that_example(api, bot, tg_assistant):
    async with bot():
        (start,) = await ask(api, 1, "/start")
        data = buttons(start)[1]["callback_data"]
        api.callback(1, data)
        await api.wait_until(lambda: len(api.sent(1)) == 2)
    example = tg_assistant.examples(3)[1]
    expected = with_question(example, tg_assistant.ask(example).text)
    assert api.sent(1)[1].text == html.escape(expected)
    assert len(api.calls_to("answerCallbackQuery")) == 1


async def test_a_question_gets_the_assistants_answer_escaped(api, bot, tg_assistant):
    async with bot():
        (reply,) = await ask(api, 1, RUSSIA)
    answer = tg_assistant.ask(RUSSIA)
    assert reply.text == html.escape(answer.text)
    assert "4.3" in reply.text
    assert reply.params["parse_mode"] == "HTML"
    assert "reply_parameters" not in reply.params  # no quoting in private chats


async def test_follow_up_and_why_use_this_chats_last_answer(api, bot, tg_assistant):
    first = tg_assistant.ask(RUSSIA)
    follow = tg_assistant.ask("and in yuan?", first.context)
    async with bot():
        await ask(api, 1, RUSSIA)
        (other,) = await ask(api, 2, "/why")  # another chat has no last answer
        (reply,) = await ask(api, 1, "and in yuan?")
        (why,) = await ask(api, 1, "/why")
    assert reply.text == html.escape(follow.text)
    assert why.text == html.escape(follow.explain())
    assert other.text == html.escape(NO_WHY)


async def test_suggestions_are_buttons_and_pressing_one_answers_it(api, bot, tg_assistant):
    question = next(q for q in VAGUE_CANDIDATES if tg_assistant.ask(q).suggestions)
    answer = tg_assistant.ask(question)
    async with bot():
        (reply,) = await ask(api, 1, question)
        offered = buttons(reply)
        assert [b["text"] for b in offered] == [button_label(s) for s in answer.suggestions]
        api.callback(1, offered[0]["callback_data"])
        await api.wait_until(lambda: len(api.sent(1)) == 2)
    assert reply.text == html.escape(answer.text)
    chosen = answer.suggestions[0]
    pressed = tg_assistant.ask(chosen, answer.context)
    assert api.sent(1)[1].text == html.escape(with_question(chosen, pressed.text))


async def test_a_stale_or_forged_button_is_answered_politely(api, bot):
    async with bot():
        api.callback(1, "q:doesnotexist")
        api.callback(1, "garbage")
        await api.wait_until(lambda: len(api.calls_to("answerCallbackQuery")) == 2)
    assert "expired" in api.calls_to("answerCallbackQuery")[0].params["text"]
    assert not api.sent(1)


async def test_facts_drills_down_into_a_topic_and_back(api, bot, tg_assistant):
    titles = list(tg_assistant.topics())
    async with bot():
        (reply,) = await ask(api, 1, "/facts")
        assert [b["text"] for b in buttons(reply)] == [button_label(t) for t in titles]
        api.callback(1, buttons(reply)[0]["callback_data"])
        await api.wait_until(lambda: len(api.calls_to("editMessageText")) == 1)
        topic = api.calls_to("editMessageText")[0]
        api.callback(1, buttons(topic)[0]["callback_data"])
        await api.wait_until(lambda: len(api.calls_to("editMessageText")) == 2)
    first_line = tg_assistant.topics()[titles[0]][0]
    assert f"<b>{html.escape(titles[0])}</b>" in topic.text
    assert html.escape(first_line) in topic.text
    assert buttons(topic)[0]["text"] == "« All topics"
    assert len(buttons(api.calls_to("editMessageText")[1])) == len(titles)


async def test_help_sources_and_unknown_commands(api, bot, tg_assistant):
    async with bot():
        (helped,) = await ask(api, 1, "/help")
        (sources,) = await ask(api, 1, "/sources")
        (unknown,) = await ask(api, 1, "/frobnicate")
    assert "/why" in helped.text and f"@{BOT_USERNAME}" in helped.text
    assert html.escape(tg_assistant.sources_text()) in sources.text
    assert unknown.text == html.escape(UNKNOWN_COMMAND)


async def test_inline_query_offers_the_answer_as_an_article(api, bot, tg_assistant):
    async with bot():
        api.inline(5, RUSSIA)
        api.inline(5, "")
        await api.wait_until(lambda: len(api.calls_to("answerInlineQuery")) == 2)
    answered, examples = api.calls_to("answerInlineQuery")
    (article,) = answered.params["results"]
    content = article["input_message_content"]
    assert article["type"] == "article"
    assert content["message_text"] == html.escape(
        with_question(RUSSIA, tg_assistant.ask(RUSSIA).text)
    )
    assert content["parse_mode"] == "HTML"
    assert len(examples.params["results"]) == 3


async def test_groups_answer_only_when_addressed(api, bot, tg_assistant):
    group = -100
    expected = html.escape(tg_assistant.ask(RUSSIA).text)
    async with bot():
        api.message(group, RUSSIA, user_id=7, chat_type="supergroup")  # chatter: ignored
        api.message(group, "/help@some_other_bot", user_id=7, chat_type="supergroup")
        replies = await ask(api, group, f"/ask {RUSSIA}", user_id=7, chat_type="supergroup")
        replies += await ask(
            api, group, f"@{BOT_USERNAME} {RUSSIA}", user_id=8, chat_type="supergroup"
        )
        replies += await ask(
            api, group, RUSSIA, user_id=9, chat_type="supergroup", reply_to_bot=True
        )
        replies += await ask(api, group, "/ask", user_id=9, chat_type="supergroup")
    assert [r.text for r in replies[:3]] == [expected] * 3
    assert all("reply_parameters" in r.params for r in replies)  # quoted in groups
    assert len(buttons(replies[3])) == 3  # bare /ask: examples offered
    assert len(api.sent(group)) == 4


class LongAssistant:
    """A stand-in core whose answer is longer than one Telegram message."""

    def __init__(self, real) -> None:
        self.real = real
        self.text = ("A fact with <markup> & more. " * 300).strip()

    def ask(self, question, context=None):
        return Answer(
            question=question, answered=True, text=self.text, suggestions=["Another question?"]
        )

    def __getattr__(self, name):
        return getattr(self.real, name)


async def test_long_replies_are_split_and_buttons_go_last(api, bot, tg_assistant):
    stub = LongAssistant(tg_assistant)
    async with bot(assistant=stub):
        replies = await ask(api, 1, "anything", count=3)
    assert len(replies) == 3
    assert all(utf16_len(html.unescape(r.text)) <= MAX_MESSAGE for r in replies)
    assert "".join(html.unescape(r.text) for r in replies).replace(" ", "") == (
        stub.text.replace(" ", "")
    )
    assert [bool(buttons(r)) for r in replies] == [False, False, True]
