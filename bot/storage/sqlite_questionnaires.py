"""A transaction's questionnaire statements: results sealed as one document each."""

from __future__ import annotations

from datetime import datetime

from bot.features.questionnaires.records import QuestionnaireResult
from bot.storage.rows import questionnaire_body, questionnaire_from_body, ts
from bot.storage.sqlite_unit import UnitState

FIELD = "questionnaire"  # the field a result is sealed as


class QuestionnaireStatements(UnitState):
    """Read and write a user's questionnaire results; everything but the time is sealed."""

    async def add_questionnaire_result(self, user_id: int, result: QuestionnaireResult) -> None:
        """Save one questionnaire result, sealed."""
        sealed = self._cipher.encrypt(user_id, FIELD, questionnaire_body(result))
        self.unit.writes.append(
            (
                "INSERT INTO questionnaire_results (user_id, at, body) VALUES (?, ?, ?)",
                (user_id, ts(result.at), sealed),
            )
        )

    async def questionnaire_results(self, user_id: int) -> list[QuestionnaireResult]:
        """Return the user's questionnaire results, oldest first (committed ones)."""
        rows = await self._db.execute_fetchall(
            "SELECT at, body FROM questionnaire_results WHERE user_id = ? ORDER BY at, id",
            (user_id,),
        )
        return [
            questionnaire_from_body(
                datetime.fromisoformat(at), self._cipher.decrypt(user_id, FIELD, sealed)
            )
            for at, sealed in rows
        ]
