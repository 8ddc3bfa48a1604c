"""What behavioural activation keeps (each activity planned, how it went), and how: as the
store's documents of kind "activity", sealed whole but for when it was planned. The record
and its codec are the feature's own; the store knows nothing of them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from bot.storage.protocol import Documents
from bot.storage.records import Document


@dataclass(frozen=True, slots=True)
class ActivityRecord:
    """One small activity planned (behavioural activation): what, for which day, how it was
    expected to feel, and, once done, how it was (pleasure and achievement, 0-10 each)."""

    at: datetime  # when it was planned
    due_on: date  # the person's local day it was planned for
    activity: str  # an id from data/activities.yaml, or the person's own words
    own: bool  # True: ``activity`` is what they typed
    expected_pleasure: int
    expected_achievement: int
    actual_pleasure: int | None = None
    actual_achievement: int | None = None
    rated_at: datetime | None = None
    record_id: int | None = None  # the store's key, on records read back

    @property
    def rated(self) -> bool:
        """Return whether the person has said how it went."""
        return self.actual_pleasure is not None and self.actual_achievement is not None


KIND = "activity"  # the kind of document a planned activity is kept as


def as_document(record: ActivityRecord) -> Document:
    """Return a planned activity as kept: when it was planned plain, the rest sealed."""
    actual = [record.actual_pleasure, record.actual_achievement] if record.rated else None
    body = {
        "due_on": record.due_on.isoformat(),
        "activity": record.activity,
        "own": record.own,
        "expected": [record.expected_pleasure, record.expected_achievement],
        "actual": actual,
        "rated_at": record.rated_at.isoformat() if record.rated_at else None,
    }
    return Document(KIND, record.at, body, record.record_id)


def from_document(document: Document) -> ActivityRecord:
    """Return the planned activity a document keeps."""
    body = document.body
    pleasure, achievement = (int(score) for score in body["expected"])
    actual = body["actual"]
    return ActivityRecord(
        at=document.at,
        due_on=date.fromisoformat(body["due_on"]),
        activity=str(body["activity"]),
        own=bool(body["own"]),
        expected_pleasure=pleasure,
        expected_achievement=achievement,
        actual_pleasure=int(actual[0]) if actual else None,
        actual_achievement=int(actual[1]) if actual else None,
        rated_at=datetime.fromisoformat(body["rated_at"]) if body["rated_at"] else None,
        record_id=document.record_id,
    )


async def planned(tx: Documents, user_id: int) -> list[ActivityRecord]:
    """Return the user's planned activities, oldest first, this turn's own included (each
    with its ``record_id`` once committed)."""
    return [from_document(document) for document in await tx.documents(user_id, KIND)]


async def keep(tx: Documents, user_id: int, record: ActivityRecord) -> None:
    """Keep a planned activity: a new one, or (with its ``record_id``) rated in place."""
    await tx.save_document(user_id, as_document(record))
