"""What /measure keeps (each questionnaire answered, scored) and the store's calls it needs.

Kept as the store's documents of kind "questionnaire", sealed whole but for when it was
answered; the record and its codec are the feature's own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from bot.storage.protocol import Documents
from bot.storage.records import Document


@dataclass(frozen=True, slots=True)
class QuestionnaireResult:
    """One questionnaire answered: which, the score per item, the total and its band."""

    at: datetime
    local_date: date
    questionnaire: str  # its id: "phq9", or a short form's id ("phq2")
    items: tuple[int, ...]
    total: int  # as shown (WHO-5's raw score times four)
    band: str


KIND = "questionnaire"  # the kind of document a result is kept as


def as_document(result: QuestionnaireResult) -> Document:
    """Return a result as kept: when it was answered plain, the rest sealed."""
    body = {
        "date": result.local_date.isoformat(),
        "questionnaire": result.questionnaire,
        "items": list(result.items),
        "total": result.total,
        "band": result.band,
    }
    return Document(KIND, result.at, body)


def from_document(document: Document) -> QuestionnaireResult:
    """Return the questionnaire result a document keeps."""
    body = document.body
    return QuestionnaireResult(
        at=document.at,
        local_date=date.fromisoformat(body["date"]),
        questionnaire=str(body["questionnaire"]),
        items=tuple(int(score) for score in body["items"]),
        total=int(body["total"]),
        band=str(body["band"]),
    )


async def results(tx: Documents, user_id: int) -> list[QuestionnaireResult]:
    """Return the user's questionnaire results, oldest first, this turn's own included."""
    return [from_document(document) for document in await tx.documents(user_id, KIND)]


async def keep(tx: Documents, user_id: int, result: QuestionnaireResult) -> None:
    """Keep one questionnaire result, sealed (which one, the answers and the score)."""
    await tx.save_document(user_id, as_document(result))
