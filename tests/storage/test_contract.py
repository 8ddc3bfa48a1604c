"""The storage contract: what the bot relies on, run against every backend through the protocol.

Each backend is one param of the ``backend`` fixture: SQLite, and PostgreSQL when the tests
have a server (see tests/pg.py; without one those are skipped, saying how to start it).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.features.activities.records import ActivityRecord, planned
from bot.features.activities.records import keep as keep_activity
from bot.features.checkin.records import CheckIn
from bot.features.journal.records import JournalEntry
from bot.features.questionnaires.records import QuestionnaireResult
from bot.features.questionnaires.records import keep as keep_result
from bot.features.questionnaires.records import results as questionnaire_results
from bot.features.weekly_plan.records import WeeklyPlan
from bot.privacy.crypto import FieldCipher
from bot.storage import Priority, Rotation, SqliteStore
from bot.storage.declared import sealed_columns, user_tables
from bot.storage.protocol import BotStore, DuplicateEvent
from bot.storage.records import (
    Document,
    Note,
    PromptState,
    UserRecord,
    Vitals,
    prompt_event_id,
)

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
CIPHER = FieldCipher([b"c" * 32])
OLD_KEY, NEW_KEY = b"o" * 32, b"n" * 32
HOUR = timedelta(hours=1)

Backend = Callable[[FieldCipher], BotStore]  # the same place each time, under a given cipher


def sqlite_backend(request: pytest.FixtureRequest) -> Callable[[FieldCipher], BotStore]:
    path: Path = request.getfixturevalue("tmp_path") / "contract.sqlite3"
    return lambda cipher: SqliteStore(path, cipher)


def postgres_backend(request: pytest.FixtureRequest) -> Callable[[FieldCipher], BotStore]:
    from bot.storage.postgres import PostgresStore

    dsn: str = request.getfixturevalue("pg_dsn")  # skips without a PostgreSQL (tests/pg.py)
    return lambda cipher: PostgresStore(dsn, cipher)


@pytest.fixture(params=[sqlite_backend, postgres_backend], ids=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest) -> Backend:
    make: Callable[[pytest.FixtureRequest], Backend] = request.param
    return make(request)


@asynccontextmanager
async def opened(backend: Backend, cipher: FieldCipher) -> AsyncIterator[BotStore]:
    store = backend(cipher)
    await store.open()
    try:
        yield store
    finally:
        await store.close()


@pytest.fixture
async def store(backend: Backend) -> AsyncIterator[BotStore]:
    async with opened(backend, CIPHER) as store:
        yield store


async def test_one_turn_commits_session_and_replies_together(store: BotStore) -> None:
    async with store.transaction() as tx:
        await tx.commit_turn("e1", 7, {"step": "a"}, [{"text": "hi"}], Priority.REPLY, NOW)
    async with store.transaction() as tx:
        turn = await tx.load_turn("e1", 7)
    assert (turn.seen, turn.session) == (True, {"step": "a"})
    assert [item.replies for item in await store.pending_outbox()] == [[{"text": "hi"}]]


async def test_a_duplicate_event_raises_and_changes_nothing(store: BotStore) -> None:
    async with store.transaction() as tx:
        await tx.commit_turn("e1", 7, {"step": "a"}, [{"text": "one"}], Priority.REPLY, NOW)
    with pytest.raises(DuplicateEvent):
        async with store.transaction() as tx:
            await tx.commit_turn("e1", 7, {"step": "b"}, [{"text": "two"}], Priority.REPLY, NOW)
    async with store.transaction() as tx:
        assert (await tx.load_turn("e2", 7)).session == {"step": "a"}
    assert [item.replies for item in await store.pending_outbox()] == [[{"text": "one"}]]


async def test_a_turn_reads_its_own_check_in(store: BotStore) -> None:
    checkin = CheckIn(at=NOW, local_date=NOW.date(), presence=3, connection=4, note="quiet")
    async with store.transaction() as tx:
        await tx.commit_turn("e1", 7, None, [], Priority.REPLY, NOW)
        await tx.add_checkin(7, checkin)
        assert await tx.checkins(7) == [checkin]


async def test_a_reply_is_delivered_once_then_marked_sent(store: BotStore) -> None:
    async with store.transaction() as tx:
        await tx.commit_turn("e1", 7, None, [{"text": "hi"}], Priority.REPLY, NOW)
    (item,) = await store.pending_outbox()
    await store.mark_sent(item)
    assert await store.pending_outbox() == []


async def test_delete_leaves_nothing_of_the_user(store: BotStore) -> None:
    async with store.transaction() as tx:
        await tx.commit_turn("e1", 7, {"step": "a"}, [{"text": "hi"}], Priority.REPLY, NOW)
        await tx.add_checkin(
            7, CheckIn(at=NOW, local_date=NOW.date(), presence=3, connection=4, note="quiet")
        )
    async with store.transaction() as tx:
        await tx.forget_user(7)
        await tx.commit_turn("e2", 7, None, [], Priority.REPLY, NOW)
    async with store.transaction() as tx:
        turn = await tx.load_turn("e3", 7)
        assert (turn.user, turn.session) == (None, None)
        assert await tx.checkins(7) == []
    assert await store.user(7) is None


async def test_prune_forgets_old_event_ids_and_free_text_but_keeps_scores(
    store: BotStore,
) -> None:
    old = NOW - timedelta(days=40)
    async with store.transaction() as tx:
        await tx.commit_turn("e-old", 7, None, [], Priority.REPLY, old)
        await tx.add_checkin(7, CheckIn(old, old.date(), 3, 4, "low", "an old note"))
        await tx.add_journal_entry(7, JournalEntry(old, old.date(), "expressive", {"w": "x"}))
        await tx.add_note(7, Note("gratitude", old, old.date(), "an old good thing"))
    async with store.transaction() as tx:
        await tx.commit_turn("e-new", 7, None, [], Priority.REPLY, NOW)
    touched = await store.prune(
        notes_before=NOW - timedelta(days=30), events_before=NOW - timedelta(days=7)
    )
    assert touched == 4  # one event id, one journal entry, a feature's note, a check-in note
    async with store.transaction() as tx:
        assert (await tx.load_turn("e-old", 7)).seen is False
        assert (await tx.load_turn("e-new", 7)).seen is True
        assert [(c.presence, c.note) for c in await tx.checkins(7)] == [(3, "")]
        assert await tx.journal_entries(7) == []
        assert await tx.notes(7) == []


PHQ9 = QuestionnaireResult(NOW, NOW.date(), "phq9", (1, 2, 0, 0, 1, 0, 0, 1, 0), 5, "mild")


async def test_questionnaire_results_are_kept_in_order_and_forgotten_with_the_user(
    store: BotStore,
) -> None:
    later = QuestionnaireResult(NOW + timedelta(days=14), NOW.date(), "who5", (3,) * 5, 60, "good")
    async with store.transaction() as tx:
        await tx.save_user(UserRecord(7, created_at=NOW))
        await keep_result(tx, 7, later)
        await keep_result(tx, 7, PHQ9)
    async with store.transaction() as tx:
        assert await questionnaire_results(tx, 7) == [PHQ9, later]
        assert await questionnaire_results(tx, 8) == []
        await tx.forget_user(7)
        await tx.commit_turn("e-delete", 7, None, [], Priority.REPLY, NOW)
    async with store.transaction() as tx:
        assert await questionnaire_results(tx, 7) == []


async def test_the_language_spoken_with_a_user_is_kept_and_changed(store: BotStore) -> None:
    async with store.transaction() as tx:
        await tx.save_user(UserRecord(7, created_at=NOW, language="ru"))
        await tx.commit_turn("e-ru", 7, None, [], Priority.REPLY, NOW)
    async with store.transaction() as tx:
        user = (await tx.load_turn("", 7)).user
        assert user is not None
        assert user.language == "ru"
        await tx.save_user(replace(user, language="pt-BR"))
        await tx.commit_turn("e-pt", 7, None, [], Priority.REPLY, NOW)
    async with store.transaction() as tx:
        assert (await tx.load_turn("", 7)).user == replace(user, language="pt-BR")


WALK = ActivityRecord(NOW, NOW.date(), "my own walk by the canal", True, 3, 4)


async def test_planned_activities_are_kept_rated_in_place_and_forgotten_with_the_user(
    store: BotStore,
) -> None:
    listed = ActivityRecord(NOW + timedelta(days=1), NOW.date(), "old_song", False, 2, 1)
    async with store.transaction() as tx:
        await tx.save_user(UserRecord(7, created_at=NOW))
        await keep_activity(tx, 7, listed)
        await keep_activity(tx, 7, WALK)
    async with store.transaction() as tx:
        walk, song = await planned(tx, 7)
        assert replace(walk, record_id=None) == WALK
        assert replace(song, record_id=None) == listed
        assert not walk.rated
        assert await planned(tx, 8) == []
        rated = replace(walk, actual_pleasure=6, actual_achievement=5, rated_at=NOW)
        await keep_activity(tx, 7, rated)
        await keep_activity(tx, 8, replace(song, actual_pleasure=9, actual_achievement=9))
    async with store.transaction() as tx:
        assert await planned(tx, 7) == [rated, song]  # another user's id changes nothing
        assert (await planned(tx, 7))[0].rated
        await tx.forget_user(7)
        await tx.commit_turn("e-delete", 7, None, [], Priority.REPLY, NOW)
    async with store.transaction() as tx:
        assert await planned(tx, 7) == []


async def test_a_planned_activity_is_read_back_in_its_own_transaction(store: BotStore) -> None:
    async with store.transaction() as tx:
        await tx.commit_turn("e1", 7, None, [], Priority.REPLY, NOW)
        await keep_activity(tx, 7, WALK)
        assert [a.activity for a in await planned(tx, 7)] == [WALK.activity]
    async with store.transaction() as tx:
        assert [a.activity for a in await planned(tx, 7)] == [WALK.activity]


async def test_any_kind_of_document_is_kept_sealed_by_kind_and_replaced_in_place(
    store: BotStore,
) -> None:
    """What a new feature's records rely on: a kind no backend knows is kept, read back by
    kind in its own transaction, replaced in place by its id, sealed, and erased."""
    first = Document("example", NOW, {"said": "a small thing", "scores": [1, 2]})
    async with store.transaction() as tx:
        await tx.commit_turn("e1", 7, None, [], Priority.REPLY, NOW)
        await tx.save_document(7, first)
        await tx.save_document(7, Document("other", NOW, {"n": 1}))
        # its own write (with no id yet where the backend commits the unit's writes last)
        assert [replace(d, record_id=None) for d in await tx.documents(7, "example")] == [first]
    async with store.transaction() as tx:
        (kept,) = await tx.documents(7, "example")
        assert kept.record_id is not None
        assert replace(kept, record_id=None) == first
        assert await tx.documents(8, "example") == []
        changed = replace(kept, body={"said": "changed"})
        await tx.save_document(7, changed)
        await tx.save_document(8, replace(kept, body={"said": "not theirs"}))
        await tx.save_document(7, replace(kept, kind="other", body={"n": 2}))  # not its kind
        assert await tx.documents(7, "example") == [changed]  # read back as replaced
    async with store.transaction() as tx:
        assert await tx.documents(7, "example") == [changed]
        assert [d.body for d in await tx.documents(7, "other")] == [{"n": 1}]
        await tx.forget_user(7)
        await tx.commit_turn("e-delete", 7, None, [], Priority.REPLY, NOW)
    async with store.transaction() as tx:
        assert await tx.documents(7, "example") == []


async def write_sealed(store: BotStore) -> None:
    """Write one value of every sealed kind: session, replies, note, plan, journal."""
    async with store.transaction() as tx:
        await tx.commit_turn("e1", 7, {"step": "a"}, [{"text": "hi"}], Priority.REPLY, NOW)
        await tx.add_checkin(7, CheckIn(NOW, NOW.date(), 3, 4, "low", "a quiet note"))
        await tx.save_safety_plan(7, {"reasons": "the dog"}, NOW)
        await tx.add_journal_entry(7, JournalEntry(NOW, NOW.date(), "expressive", {"w": "x"}))
        await tx.add_note(7, Note("gratitude", NOW, NOW.date(), "the sun on the kitchen floor"))
        await keep_result(tx, 7, PHQ9)
        await keep_activity(tx, 7, WALK)
        # a kind no feature declares (one retired, say) is re-sealed all the same
        await tx.save_document(7, Document("retired", NOW, {"said": "still mine"}))


async def read_sealed(store: BotStore) -> list[Any]:
    """Read every sealed value back (each raises if its key is missing)."""
    async with store.transaction() as tx:
        return [
            (await tx.load_turn("e2", 7)).session,
            [item.replies for item in await store.pending_outbox()],
            [c.note for c in await tx.checkins(7)],
            await tx.safety_plan(7),
            [e.parts for e in await tx.journal_entries(7)],
            [n.text for n in await tx.notes(7)],
            await questionnaire_results(tx, 7),
            await planned(tx, 7),
            [d.body for d in await tx.documents(7, "retired")],
        ]


async def test_reseal_moves_every_sealed_value_to_the_new_key_resumably(
    backend: Backend,
) -> None:
    async with opened(backend, FieldCipher([OLD_KEY])) as store:
        await write_sealed(store)
        before = await read_sealed(store)
    counts: list[int] = []
    async with opened(backend, FieldCipher([NEW_KEY, OLD_KEY])) as store:
        half = await store.reseal(batch=1, stop_after=2, progress=counts.append)
        assert (half.resealed, half.complete) == (2, False)
        assert await read_sealed(store) == before  # all readable meanwhile
        rest = await store.reseal(batch=2, progress=counts.append)
        assert rest.complete
        assert half.resealed + rest.resealed == 9
        assert counts[-1] == rest.resealed
        assert await store.reseal() == Rotation(0, complete=True)  # nothing left to do
    async with opened(backend, FieldCipher([NEW_KEY])) as store:  # the old key is gone
        assert await read_sealed(store) == before


async def test_a_claimed_prompt_counts_for_its_day_until_pruned_a_week_on(
    store: BotStore,
) -> None:
    day = NOW.date()
    user = UserRecord(7, created_at=NOW, consented_at=NOW, prompt_time="09:00", next_prompt_at=NOW)
    user = replace(user, next_prompt_on=day)
    async with store.transaction() as tx:
        await tx.save_user(user)
    assert await store.claim_due_prompts(NOW, NOW - timedelta(hours=1), 10) == ([7], [])
    await store.finish_prompt(replace(user, next_prompt_at=None), day, PromptState.SENT)
    await store.prune(notes_before=None, events_before=NOW)  # today's still counts
    async with store.transaction() as tx:
        assert await tx.last_prompt_day(7) == day
    await store.prune(notes_before=None, events_before=NOW + timedelta(days=8))
    async with store.transaction() as tx:
        assert await tx.last_prompt_day(7) is None


async def test_a_prompt_whose_turn_ran_is_known_as_done_not_sent_twice(store: BotStore) -> None:
    """The store tells a prompt whose turn ran before a restart by the event id the scheduler
    runs it under: if the two ever disagreed, a restart would send that prompt again."""
    day = NOW.date()
    for user_id in (7, 8):
        user = UserRecord(user_id, NOW, consented_at=NOW, prompt_time="09:00", next_prompt_at=NOW)
        async with store.transaction() as tx:
            await tx.save_user(replace(user, next_prompt_on=day))
    assert sorted((await store.claim_due_prompts(NOW, NOW - HOUR, 10))[0]) == [7, 8]
    async with store.transaction() as tx:
        await tx.commit_turn(prompt_event_id(7, day), 7, None, [], Priority.PROMPT, NOW)
    due = await store.due_prompts(NOW, talking_since=NOW + HOUR, late_before=NOW - HOUR, limit=10)
    assert {prompt.user.user_id: prompt.done for prompt in due} == {7: True, 8: False}


async def test_a_features_notes_are_read_back_by_kind_own_writes_included(
    store: BotStore,
) -> None:
    async with store.transaction() as tx:
        await tx.commit_turn("e1", 7, None, [], Priority.REPLY, NOW)
        await tx.add_note(7, Note("gratitude", NOW, NOW.date(), "tea"))
    async with store.transaction() as tx:
        await tx.add_note(7, Note("other", NOW, NOW.date(), "x"))
        await tx.add_note(7, Note("gratitude", NOW, NOW.date(), "a walk"))
        assert [n.text for n in await tx.notes(7, "gratitude")] == ["tea", "a walk"]
        assert [n.kind for n in await tx.notes(7)] == ["gratitude", "other", "gratitude"]
        await tx.commit_turn("e2", 7, None, [], Priority.REPLY, NOW)
    async with store.transaction() as tx:
        await tx.forget_user(7)
        await tx.commit_turn("e3", 7, None, [], Priority.REPLY, NOW)
    async with store.transaction() as tx:
        assert await tx.notes(7) == []


async def test_vitals_count_what_waits_and_nothing_else(store: BotStore) -> None:
    late_before = NOW - timedelta(minutes=15)
    assert await store.vitals(NOW, late_before) == Vitals(0, 0, 0)
    async with store.transaction() as tx:
        await tx.commit_turn("e1", 7, None, [{"text": "hi"}], Priority.REPLY, NOW)
        for user_id, due in ((8, NOW - timedelta(minutes=30)), (9, NOW), (10, NOW + HOUR)):
            user = UserRecord(user_id, created_at=NOW, prompt_time="09:00", next_prompt_at=due)
            await tx.save_user(replace(user, next_prompt_on=due.date()))
    assert await store.vitals(NOW, late_before) == Vitals(1, 2, 1)  # due, not claimed yet
    due, _ = await store.claim_due_prompts(NOW, NOW - timedelta(hours=2), 10)
    assert sorted(due) == [8, 9]
    assert await store.vitals(NOW, late_before) == Vitals(1, 2, 1)  # claimed, not sent
    [user] = await store.users([9])
    await store.finish_prompt(replace(user, next_prompt_at=None), NOW.date(), PromptState.SENT)
    await store.mark_sent((await store.pending_outbox())[0])
    assert await store.vitals(NOW, late_before) == Vitals(0, 1, 1)


async def test_the_database_answers_a_ping(store: BotStore) -> None:
    await store.ping()


async def test_only_one_holds_the_poller_lock_of_a_name(backend: Backend) -> None:
    async with opened(backend, CIPHER) as one, opened(backend, CIPHER) as other:
        async with one.sole_poller("bot-ab12") as first:
            async with other.sole_poller("bot-ab12") as second:
                assert (first, second) == (True, False)
            async with other.sole_poller("bot-cd34") as another_bot:
                assert another_bot
        async with other.sole_poller("bot-ab12") as after:
            assert after  # let go when the first holder's block ended


async def schema(store: BotStore) -> dict[str, dict[str, str]]:
    """Return the store's tables as it has them: by table, each column's type (lower case)."""
    if isinstance(store, SqliteStore):
        names = await store.db.execute_fetchall(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
        found: dict[str, dict[str, str]] = {}
        for (name,) in names:
            columns = await store.db.execute_fetchall(f"PRAGMA table_info({name})")
            found[name] = {column[1]: str(column[2]).lower() for column in columns}
        return found
    from bot.storage.postgres import PostgresStore

    assert isinstance(store, PostgresStore)
    async with store.connection() as db:
        rows = await (
            await db.execute(
                "SELECT table_name, column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = current_schema()"
            )
        ).fetchall()
    tables: dict[str, dict[str, str]] = {}
    for table, column, kind in rows:
        tables.setdefault(table, {})[column] = str(kind).lower()
    return tables


async def rows_of(store: BotStore, table: str, user_id: int) -> int:
    """Return how many rows of a table are about a user."""
    sql = f"SELECT count(*) FROM {table} WHERE user_id = {int(user_id)}"
    if isinstance(store, SqliteStore):
        ((count,),) = await store.db.execute_fetchall(sql)
        return int(count)
    from bot.storage.postgres import PostgresStore

    assert isinstance(store, PostgresStore)
    async with store.connection() as db:
        row = await (await db.execute(sql)).fetchone()
    assert row is not None
    return int(row[0])


async def test_every_table_about_a_person_is_declared_by_a_feature_or_the_turn(
    store: BotStore,
) -> None:
    """/delete erases what the features declare: a table about a person that no feature
    declares (nor the turn's own rows) would outlive a /delete."""
    about_someone = {
        table for table, columns in (await schema(store)).items() if "user_id" in columns
    }
    assert about_someone - set(user_tables()) == set()
    assert set(user_tables()) - about_someone == set()


async def test_every_sealed_column_is_declared_so_key_rotation_reseals_it(
    store: BotStore,
) -> None:
    binary = {"blob", "bytea"}
    stored = {
        (table, column)
        for table, columns in (await schema(store)).items()
        for column, kind in columns.items()
        if kind in binary
    }
    assert stored == {(table, column) for table, _key, column, _field in sealed_columns()}


async def keep_everything(store: BotStore, user_id: int) -> None:
    """Keep a row of every kind about a person, through the store's own calls."""
    user = UserRecord(user_id, NOW, consented_at=NOW, prompt_time="09:00", next_prompt_at=NOW)
    async with store.transaction() as tx:
        await tx.commit_turn(
            f"e{user_id}", user_id, {"step": "a"}, [{"text": "hi"}], Priority.REPLY, NOW
        )
        await tx.save_user(replace(user, next_prompt_on=NOW.date()))
        await tx.add_checkin(user_id, CheckIn(NOW, NOW.date(), 3, 4, "low", "a quiet note"))
        await tx.save_safety_plan(user_id, {"reasons": "the dog"}, NOW)
        await tx.add_journal_entry(
            user_id, JournalEntry(NOW, NOW.date(), "expressive", {"w": "x"})
        )
        await tx.add_note(user_id, Note("gratitude", NOW, NOW.date(), "the sun on the floor"))
        await keep_result(tx, user_id, PHQ9)
        await keep_activity(tx, user_id, WALK)
        await tx.save_weekly_plan(user_id, WeeklyPlan(NOW.date(), {1: "done"}), NOW)
        await tx.add_step_reminder(user_id, "trust", NOW.date())
        await tx.record_safety_event(user_id, "concern", NOW)
    await store.claim_due_prompts(NOW, NOW - HOUR, 10)


async def test_delete_leaves_no_row_of_the_user_in_any_table(store: BotStore) -> None:
    await keep_everything(store, 7)
    await keep_everything(store, 8)
    tables = [table for table, columns in (await schema(store)).items() if "user_id" in columns]
    assert [t for t in tables if await rows_of(store, t, 7) == 0] == []  # every kind was kept
    async with store.transaction() as tx:
        await tx.forget_user(7)
        await tx.commit_turn("bye", 7, None, [], Priority.REPLY, NOW)
    assert {t: n for t in tables if (n := await rows_of(store, t, 7))} == {}
    assert [t for t in tables if await rows_of(store, t, 8) == 0] == []  # others kept whole
