"""What flows into the engine (events) and what comes out of it (replies)."""

from __future__ import annotations

import base64
import enum
from dataclasses import dataclass
from typing import Any


class EventKind(enum.StrEnum):
    """The kinds of input a channel can hand to the engine."""

    TEXT = "text"  # a message, caption or edited message: always screened first
    BUTTON = "button"  # a button was pressed; ``payload`` holds its callback data
    COMMAND = "command"  # ``/name args``; ``text`` holds the whole line
    OPEN = "open"  # the channel (re)opened: show the user where they are
    UNSUPPORTED = "unsupported"  # a sticker, photo, voice note...: ``payload`` names the kind
    PROMPT = "prompt"  # a scheduled prompt: ``payload`` names the flow to start


@dataclass(frozen=True, slots=True)
class Event:
    """One input from one user, with an id unique per channel for de-duplication."""

    event_id: str
    user_id: int
    kind: EventKind
    text: str = ""
    payload: str = ""
    language: str = ""  # the person's language as their app reports it ("de", "pt-br")

    @property
    def command(self) -> str:
        """Return the command name without slash or bot mention, lower-cased."""
        if self.kind is not EventKind.COMMAND:
            return ""
        head = self.text.strip().split(maxsplit=1)[0] if self.text.strip() else ""
        return head.lstrip("/").split("@", 1)[0].lower()


@dataclass(frozen=True, slots=True)
class Choice:
    """A button: what it says and the payload it sends back."""

    label: str
    payload: str


def payload(nonce: str, value: object) -> str:
    """Return a button's payload: the question's nonce, then the value it answers with."""
    return f"{nonce}:{value}"


def split_payload(data: str) -> tuple[str, str]:
    """Return (nonce, value) from a button's payload."""
    nonce, _, value = data.partition(":")
    return nonce, value


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file sent with a reply: a chart, an export."""

    filename: str
    content: bytes
    kind: str = "document"  # "photo" or "document"


@dataclass(frozen=True, slots=True)
class Reply:
    """One message to the user, with optional buttons and attachment."""

    text: str
    choices: tuple[Choice, ...] = ()
    attachment: Attachment | None = None


def reply_to_dict(reply: Reply) -> dict[str, Any]:
    """Return a JSON-ready form of a reply, for the outbox."""
    body: dict[str, Any] = {"text": reply.text}
    if reply.choices:
        body["choices"] = [[choice.label, choice.payload] for choice in reply.choices]
    if reply.attachment is not None:
        body["attachment"] = {
            "filename": reply.attachment.filename,
            "kind": reply.attachment.kind,
            "content": base64.b64encode(reply.attachment.content).decode("ascii"),
        }
    return body


def reply_from_dict(body: dict[str, Any]) -> Reply:
    """Rebuild a reply from its outbox form."""
    attachment = body.get("attachment")
    return Reply(
        text=str(body.get("text", "")),
        choices=tuple(
            Choice(str(label), str(payload)) for label, payload in body.get("choices", ())
        ),
        attachment=Attachment(
            filename=attachment["filename"],
            content=base64.b64decode(attachment["content"]),
            kind=attachment["kind"],
        )
        if attachment
        else None,
    )
