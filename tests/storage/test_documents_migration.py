"""Planned activities and questionnaire results kept before documents existed move into the
documents table on both backends: still sealed, still opening, an activity keeping its id
(a conversation waiting to rate it holds that id), and nothing of anyone lost."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from bot.features.activities.records import ActivityRecord, as_document, planned
from bot.features.activities.records import keep as keep_activity
from bot.features.questionnaires.records import QuestionnaireResult
from bot.features.questionnaires.records import as_document as result_document
from bot.features.questionnaires.records import results as questionnaire_results
from bot.privacy.crypto import FieldCipher
from bot.storage.migrations import MIGRATIONS
from bot.storage.protocol import BotStore
from bot.storage.rows import to_json
from bot.storage.sqlite import SqliteStore

CIPHER = FieldCipher([b"m" * 32])
AT = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
WALK = ActivityRecord(AT, date(2026, 11, 3), "walk", False, 6, 4, record_id=41)
PHQ9 = QuestionnaireResult(AT, date(2026, 11, 2), "phq9", (1,) * 9, 9, "mild")
BEFORE_DOCUMENTS = 14  # SQLite's schema before migration 15; PostgreSQL's is 5


def sealed(user_id: int, kind: str, body: dict[str, object]) -> bytes:
    return CIPHER.encrypt(user_id, kind, to_json(body))


async def check_moved(store: BotStore) -> None:
    await store.open()
    try:
        async with store.transaction() as tx:
            assert await planned(tx, 7) == [WALK]  # its id kept
            assert await questionnaire_results(tx, 7) == [PHQ9]
            assert await planned(tx, 8) == []
            # rated in place by the id it had, and a new one planned after it
            await keep_activity(tx, 7, replace(WALK, actual_pleasure=7, actual_achievement=5))
            await keep_activity(tx, 7, replace(WALK, activity="call", record_id=None))
        async with store.transaction() as tx:
            walk, call = await planned(tx, 7)
        assert (walk.record_id, walk.actual_pleasure) == (41, 7)
        assert call.activity == "call"
        assert call.record_id is not None
        assert call.record_id > 41
    finally:
        await store.close()


async def test_sqlite_moves_activities_and_results_into_documents(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as db:
        for script in MIGRATIONS[:BEFORE_DOCUMENTS]:
            db.executescript(script)
        db.execute(f"PRAGMA user_version = {BEFORE_DOCUMENTS}")
        db.execute("INSERT INTO users (user_id, created_at) VALUES (7, ?)", (AT.isoformat(),))
        db.execute(
            "INSERT INTO activities (id, user_id, at, body) VALUES (41, 7, ?, ?)",
            (AT.isoformat(), sealed(7, "activity", as_document(WALK).body)),
        )
        db.execute(
            "INSERT INTO questionnaire_results (user_id, at, body) VALUES (7, ?, ?)",
            (AT.isoformat(), sealed(7, "questionnaire", result_document(PHQ9).body)),
        )
    db.close()
    await check_moved(SqliteStore(path, CIPHER))
    with sqlite3.connect(path) as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    db.close()
    assert {"activities", "questionnaire_results"} & tables == set()


async def test_postgres_moves_activities_and_results_into_documents(pg_dsn: str) -> None:
    import psycopg

    from bot.storage.postgres import PostgresStore
    from bot.storage.postgres_migrations import MIGRATIONS as PG_MIGRATIONS

    with psycopg.connect(pg_dsn, autocommit=True) as db:
        db.execute("CREATE TABLE schema_version (version INTEGER)")
        for number, script in enumerate(PG_MIGRATIONS[:5], start=1):
            db.execute(script)  # type: ignore[arg-type]  # a migration: no parameters
            db.execute("INSERT INTO schema_version (version) VALUES (%s)", (number,))
        db.execute("INSERT INTO users (user_id, created_at) VALUES (7, %s)", (AT,))
        db.execute(
            "INSERT INTO activities (id, user_id, at, body) VALUES (41, 7, %s, %s)",
            (AT, sealed(7, "activity", as_document(WALK).body)),
        )
        db.execute(
            "INSERT INTO questionnaire_results (user_id, at, body) VALUES (7, %s, %s)",
            (AT, sealed(7, "questionnaire", result_document(PHQ9).body)),
        )
    await check_moved(PostgresStore(pg_dsn, CIPHER))
