"""What /measure keeps (each questionnaire answered, scored) and the store's calls it needs.

The records are the feature's own; bot/storage implements the calls on every backend
(bot.storage.protocol.Transaction has them all).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol


@dataclass(frozen=True, slots=True)
class QuestionnaireResult:
    """One questionnaire answered: which, the score per item, the total and its band."""

    at: datetime
    local_date: date
    questionnaire: str  # its id: "phq9", or a short form's id ("phq2")
    items: tuple[int, ...]
    total: int  # as shown (WHO-5's raw score times four)
    band: str


class QuestionnaireCalls(Protocol):
    """The storage calls this feature makes, in the turn's transaction."""

    async def add_questionnaire_result(self, user_id: int, result: QuestionnaireResult) -> None:
        """Save one questionnaire result, sealed (which one, the answers and the score)."""
        ...

    async def questionnaire_results(self, user_id: int) -> list[QuestionnaireResult]:
        """Return the user's questionnaire results, oldest first."""
        ...
