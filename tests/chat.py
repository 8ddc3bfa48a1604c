"""Drive the real engine and store the way a channel would, for tests."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from bot.app import App
from bot.engine import Event, EventKind, Reply, reply_from_dict
from bot.storage.records import Priority, UserRecord

_ids = itertools.count(1)


@dataclass
class Chat:
    """One user talking to the engine; remembers the last buttons shown, like a screen would."""

    app: App
    user_id: int = 42
    shown: list[Reply] = field(default_factory=list)
    crisis: bool = False  # the last turn's replies went out as a crisis reply: first, whole
    language: str = ""  # as Telegram would report the person's app language

    async def consent(self) -> None:
        """Start as someone who went through /start and agreed to talk about feelings."""
        now = self.app.engine.clock.now()
        async with self.app.store.transaction() as tx:
            await tx.save_user(UserRecord(self.user_id, created_at=now, consented_at=now))

    async def user(self) -> UserRecord | None:
        """Return the user's stored record."""
        async with self.app.store.transaction() as tx:
            return (await tx.load_turn("", self.user_id)).user

    async def event(self, kind: EventKind, text: str = "", payload: str = "") -> list[Reply]:
        """Send one event; return the replies it produced (and mark them delivered)."""
        event = Event(
            f"test:{next(_ids)}",
            self.user_id,
            kind,
            text=text,
            payload=payload,
            language=self.language,
        )
        return await self.deliver(event)

    async def deliver(self, event: Event) -> list[Reply]:
        """Hand an event to the engine; return and deliver its replies."""
        item = (await self.app.engine.handle(event)).item
        if item is None:
            return []
        await self.app.store.mark_sent(item)
        self.crisis = item.priority is Priority.CRISIS
        replies = [reply_from_dict(body) for body in item.replies]
        self.shown.extend(replies)
        return replies

    async def send(self, text: str) -> list[Reply]:
        """Type a line: a command if it starts with a slash, else text."""
        kind = EventKind.COMMAND if text.startswith("/") else EventKind.TEXT
        return await self.event(kind, text=text)

    def payload_for(self, label: str) -> str:
        """Return the payload of the newest button with this label."""
        for reply in reversed(self.shown):
            for choice in reply.choices:
                if choice.label.casefold() == label.casefold():
                    return choice.payload
        offered = [c.label for r in self.shown[-3:] for c in r.choices]
        raise AssertionError(f"no button {label!r} was shown; recent buttons: {offered}")

    async def tap(self, label: str) -> list[Reply]:
        """Press the newest button with this label."""
        return await self.event(EventKind.BUTTON, payload=self.payload_for(label))

    async def through_a_crisis(self, message: str) -> list[Reply]:
        """Send a crisis message mid-flow, say safe, then carry on: the replies of carrying on."""
        replies = await self.send(message)
        assert "Thank you for telling me" in replies[0].text, replies[0].text
        if "Which country are you in?" in text_of(replies):
            await self.tap("Somewhere else")
        await self.tap("I'm safe for now")
        await self.tap("Not now")
        replies = await self.tap("No, thank you")
        assert "Carry on" in labels_of(replies), text_of(replies)
        return await self.tap("Carry on")


def text_of(replies: list[Reply]) -> str:
    """Return all reply texts joined, for fragment checks."""
    return "\n".join(reply.text for reply in replies)


def labels_of(replies: list[Reply]) -> list[str]:
    """Return every button label offered in these replies."""
    return [choice.label for reply in replies for choice in reply.choices]


def in_order(text: str, *fragments: str) -> bool:
    """Return whether every fragment is in the text, each after the one before."""
    at = 0
    for fragment in fragments:
        found = text.find(fragment, at)
        if found < 0:
            return False
        at = found + len(fragment)
    return True
