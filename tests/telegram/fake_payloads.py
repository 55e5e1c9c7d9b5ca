"""Bot API JSON objects as Telegram sends them: messages (with the entities Telegram adds),
callback queries, inline queries, and the messages a bot's sends return."""

from __future__ import annotations

import re
import time

BOT_USERNAME = "factbot_test_bot"


def user(user_id: int) -> dict:
    return {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def entities(text: str) -> list[dict]:
    """bot_command and mention entities, as Telegram adds them (offsets in UTF-16 units)."""
    found = []
    for match in re.finditer(r"(?<!\w)(/[A-Za-z0-9_]+(?:@\w+)?|@\w{3,})", text):
        kind = "bot_command" if match.group().startswith("/") else "mention"
        if kind == "bot_command" and match.start() != 0:
            continue
        offset, length = utf16(text[: match.start()]), utf16(match.group())
        found.append({"type": kind, "offset": offset, "length": length})
    return found


class Payloads:
    """Builds update payloads; remembers each chat's type so replies carry the right chat."""

    def __init__(self, bot_id: int) -> None:
        self.me = {
            "id": bot_id,
            "is_bot": True,
            "first_name": "FactBot",
            "username": BOT_USERNAME,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
        }
        self.chats: dict[int, dict] = {}
        self._next_message = 1000

    def chat(self, chat_id: int) -> dict:
        return self.chats.get(chat_id, {"id": chat_id, "type": "private", "first_name": "U"})

    def _message(self, chat: dict, sender: dict, text: str, message_id: int | None = None) -> dict:
        if message_id is None:
            self._next_message += 1
            message_id = self._next_message
        return {"message_id": message_id, "date": int(time.time()), "chat": chat,
                "from": sender, "text": text}  # fmt: skip

    def message(self, chat_id: int, text: str, *, user_id: int | None = None,
                chat_type: str = "private", reply_to_bot: bool = False) -> dict:  # fmt: skip
        sender = user(user_id if user_id is not None else chat_id)
        chat = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = sender["first_name"]
        else:
            chat["title"] = f"Group {chat_id}"
        self.chats[chat_id] = chat
        payload = self._message(chat, sender, text)
        if entities(text):
            payload["entities"] = entities(text)
        if reply_to_bot:
            payload["reply_to_message"] = self._message(chat, self.me, "earlier", message_id=1)
        return payload

    def callback(self, query_id: str, chat_id: int, data: str, *, user_id: int | None = None,
                 message_id: int = 1) -> dict:  # fmt: skip
        message = self._message(self.chat(chat_id), self.me, "buttons", message_id=message_id)
        return {"id": query_id, "from": user(user_id or chat_id), "chat_instance": str(chat_id),
                "data": data, "message": message}  # fmt: skip

    def inline(self, query_id: str, user_id: int, query: str) -> dict:
        return {"id": query_id, "from": user(user_id), "query": query, "offset": ""}

    def sent(self, chat_id: int, text: str, message_id: int | None = None) -> dict:
        """What sendMessage / editMessageText return."""
        return self._message(self.chat(chat_id), self.me, text, message_id=message_id)
