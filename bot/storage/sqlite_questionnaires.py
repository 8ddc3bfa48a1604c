"""A transaction's questionnaire statements: results sealed as one document each."""

from __future__ import annotations

import json
from datetime import date, datetime

from bot.storage.records import QuestionnaireResult
from bot.storage.sqlite_rows import to_json, ts
from bot.storage.sqlite_unit import UnitState

FIELD = "questionnaire"  # the field a result is sealed as


class QuestionnaireStatements(UnitState):
    """Read and write a user's questionnaire results; everything but the time is sealed."""

    async def add_questionnaire_result(self, user_id: int, result: QuestionnaireResult) -> None:
        """Save one questionnaire result, sealed."""
        body = {
            "date": result.local_date.isoformat(),
            "questionnaire": result.questionnaire,
            "items": list(result.items),
            "total": result.total,
            "band": result.band,
        }
        sealed = self._cipher.encrypt(user_id, FIELD, to_json(body))
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
        results = []
        for at, sealed in rows:
            body = json.loads(self._cipher.decrypt(user_id, FIELD, sealed))
            results.append(
                QuestionnaireResult(
                    at=datetime.fromisoformat(at),
                    local_date=date.fromisoformat(body["date"]),
                    questionnaire=str(body["questionnaire"]),
                    items=tuple(int(score) for score in body["items"]),
                    total=int(body["total"]),
                    band=str(body["band"]),
                )
            )
        return results
