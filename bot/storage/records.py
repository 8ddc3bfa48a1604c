"""Plain records the store keeps: users, check-ins, outbox items."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any


class UserStatus(enum.StrEnum):
    """Whether the bot may write to a user."""

    ACTIVE = "active"
    BLOCKED = "blocked"  # the user blocked the bot: no prompts until they write again


class PromptState(enum.StrEnum):
    """Where a day's prompt is: claimed and waiting to go, or closed one of three ways."""

    DUE = "due"
    SENT = "sent"  # its turn ran: never sent again
    LATE = "late"  # too late to send: the day passed it by
    SKIPPED = "skipped"  # not wanted that day (paused, blocked, no prompt time)


PROMPT_EVENT = "prompt:"  # what a daily prompt's event id starts with
EVENT_SEPARATOR = ":"


def prompt_event_id(user_id: int, day: date) -> str:
    """Return the event id of a user's daily prompt for a local day: its turn runs under it,
    and each backend's SQL builds the same from these two values, bound as parameters
    (``PROMPT_EVENT || user_id || EVENT_SEPARATOR || day``), to tell a prompt whose turn ran
    before a restart (the storage contract checks they agree)."""
    return f"{PROMPT_EVENT}{user_id}{EVENT_SEPARATOR}{day.isoformat()}"


class Priority(enum.IntEnum):
    """Outbox order: replies to people talking now go before scheduled prompts."""

    CRISIS = -10  # crisis lines go out before anything else
    REPLY = 0
    PROMPT = 10


@dataclass(frozen=True, slots=True)
class UserRecord:
    """A user's settings and status (no message text)."""

    user_id: int
    created_at: datetime
    status: UserStatus = UserStatus.ACTIVE
    country: str | None = None  # ISO 3166 alpha-2, for crisis lines
    consented_at: datetime | None = None  # when they agreed to talk about feelings
    age_band: str | None = None
    timezone: str | None = None  # IANA name
    prompt_time: str | None = None  # "HH:MM" local, or None for no daily prompt
    paused: bool = False  # daily prompts paused by the user
    quiet_start: str | None = None  # "HH:MM" local: no prompt from then...
    quiet_end: str | None = None  # ...until then
    next_prompt_at: datetime | None = None  # UTC; None: nothing scheduled
    next_prompt_on: date | None = None  # the user's local day of that prompt
    last_nudge_at: datetime | None = None  # the last "haven't seen you" note
    declined_at: datetime | None = None  # when they said no to talking about feelings
    follow_up_at: datetime | None = None  # UTC: the check they asked for after a crisis
    measure_every_days: int | None = None  # the WHO-5 offered with the prompt this often
    measure_offered_at: datetime | None = None  # when it was last offered
    language: str | None = None  # what we speak with them ("ru", "pt-BR"): docs/languages.md


@dataclass(frozen=True, slots=True)
class TurnState:
    """What one event starts from: whether it was seen before, the user, their session."""

    seen: bool
    user: UserRecord | None
    session: dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """The replies of one event (its id is the key), in order; ``sent`` of them have left."""

    key: str
    user_id: int
    replies: list[dict[str, Any]]
    priority: Priority = Priority.REPLY
    sent: int = 0

    @property
    def unsent(self) -> list[dict[str, Any]]:
        """Return the replies still to send."""
        return self.replies[self.sent :]


@dataclass(frozen=True, slots=True)
class Note:
    """A short text a feature keeps for someone (a gratitude line), sealed at rest.

    ``kind`` is the feature's name: a new feature keeps its words here without a table of
    its own, and /export and /delete cover them already."""

    kind: str
    at: datetime
    local_date: date
    text: str


DOCUMENTS = "documents"  # the table features' documents are kept in


@dataclass(frozen=True, slots=True)
class Document:
    """A record a feature keeps for someone, in the feature's own shape: ``body`` (any JSON
    object) is sealed whole; only ``kind`` and ``at`` are plain, to find and order it.

    ``kind`` is the feature's word for the record ("activity"); it is also the field the
    body is sealed as, so a body opens only as its kind. A feature with records of its own
    declares the kind and a codec in its folder (see bot/features/activities/records.py):
    no table, migration or storage code of its own, and /export, /delete, key rotation and
    ``reconnect db copy`` cover it already. ``record_id`` is the store's key, on documents
    read back once committed; a document saved with one replaces it (its ``at`` stays).
    """

    kind: str
    at: datetime
    body: dict[str, Any]
    record_id: int | None = None


@dataclass(frozen=True, slots=True)
class DuePrompt:
    """A claimed daily prompt waiting to go out: whose, for which local day, due when, and
    whether its turn already ran (sent just before a restart)."""

    user: UserRecord
    day: date
    due_at: datetime
    done: bool


RESEAL_BATCH = 200  # values re-sealed per committed batch, by default


@dataclass(frozen=True, slots=True)
class Rotation:
    """What a rotation did: values re-sealed, and whether every value now uses the new key."""

    resealed: int
    complete: bool


@dataclass(frozen=True, slots=True)
class Vitals:
    """How much is waiting, counted for an operator: nothing about anyone in it."""

    outbox: int  # outbox items with replies still to send
    prompts_due: int  # daily prompts whose minute has come, not sent yet
    prompts_late: int  # of those, due before the moment asked about
