"""PostgreSQL's numbered schema migrations; ``schema_version`` holds the last one applied.

The same tables as SQLite's (see ``migrations``), with PostgreSQL's own types: moments are
``timestamptz``, days ``date``, sealed values ``bytea``. References to a user are deferred
to the commit, as in SQLite: a turn may write a record before the user's row exists.
"""

from __future__ import annotations

_USER = "BIGINT NOT NULL REFERENCES users(user_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED"

MIGRATIONS: tuple[str, ...] = (
    # 1: the schema as SQLite had it after its eleventh migration
    f"""
    CREATE TABLE users (
        user_id         BIGINT PRIMARY KEY,
        created_at      TIMESTAMPTZ NOT NULL,
        status          TEXT NOT NULL DEFAULT 'active',
        country         TEXT,
        consented_at    TIMESTAMPTZ,
        age_band        TEXT,
        timezone        TEXT,
        prompt_time     TEXT,
        paused          SMALLINT NOT NULL DEFAULT 0,
        quiet_start     TEXT,
        quiet_end       TEXT,
        next_prompt_at  TIMESTAMPTZ,
        next_prompt_on  DATE,
        last_nudge_at   TIMESTAMPTZ,
        declined_at     TIMESTAMPTZ,
        follow_up_at    TIMESTAMPTZ
    );
    CREATE INDEX users_due ON users(next_prompt_at) WHERE next_prompt_at IS NOT NULL;
    CREATE TABLE sessions (
        user_id     BIGINT PRIMARY KEY REFERENCES users(user_id) ON DELETE CASCADE
                    DEFERRABLE INITIALLY DEFERRED,
        state       BYTEA NOT NULL,
        updated_at  TIMESTAMPTZ NOT NULL
    );
    CREATE TABLE checkins (
        id          BIGSERIAL PRIMARY KEY,
        user_id     {_USER},
        at          TIMESTAMPTZ NOT NULL,
        local_date  DATE NOT NULL,
        presence    INTEGER NOT NULL,
        connection  INTEGER NOT NULL,
        feeling     TEXT NOT NULL DEFAULT '',
        note        BYTEA
    );
    CREATE INDEX checkins_by_user ON checkins(user_id, at);
    CREATE TABLE processed_events (
        event_id    TEXT PRIMARY KEY,
        user_id     BIGINT NOT NULL,
        at          TIMESTAMPTZ NOT NULL
    );
    CREATE INDEX processed_events_by_time ON processed_events(at);
    CREATE TABLE outbox (
        id          BIGSERIAL PRIMARY KEY,
        key         TEXT NOT NULL UNIQUE,
        user_id     BIGINT NOT NULL,
        priority    INTEGER NOT NULL,
        created_at  TIMESTAMPTZ NOT NULL,
        replies     BYTEA NOT NULL,
        sent        INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX outbox_in_order ON outbox(priority, id);
    CREATE TABLE safety_events (
        id          BIGSERIAL PRIMARY KEY,
        user_id     {_USER},
        at          TIMESTAMPTZ NOT NULL,
        level       TEXT NOT NULL
    );
    CREATE INDEX safety_events_by_user ON safety_events(user_id, at);
    CREATE TABLE safety_plans (
        user_id     BIGINT PRIMARY KEY REFERENCES users(user_id) ON DELETE CASCADE
                    DEFERRABLE INITIALLY DEFERRED,
        plan        BYTEA NOT NULL,
        updated_at  TIMESTAMPTZ NOT NULL
    );
    CREATE TABLE journal_entries (
        id          BIGSERIAL PRIMARY KEY,
        user_id     {_USER},
        at          TIMESTAMPTZ NOT NULL,
        local_date  DATE NOT NULL,
        template    TEXT NOT NULL,
        body        BYTEA NOT NULL
    );
    CREATE INDEX journal_by_user ON journal_entries(user_id, at);
    CREATE TABLE weekly_plans (
        user_id     BIGINT PRIMARY KEY REFERENCES users(user_id) ON DELETE CASCADE
                    DEFERRABLE INITIALLY DEFERRED,
        started_on  DATE NOT NULL,
        days        TEXT NOT NULL,
        updated_at  TIMESTAMPTZ NOT NULL
    );
    CREATE TABLE step_reminders (
        id          BIGSERIAL PRIMARY KEY,
        user_id     {_USER},
        card        TEXT NOT NULL,
        due_on      DATE NOT NULL,
        UNIQUE (user_id, card, due_on)
    );
    CREATE TABLE prompts (
        user_id     {_USER},
        local_date  DATE NOT NULL,
        due_at      TIMESTAMPTZ NOT NULL,
        state       TEXT NOT NULL,
        PRIMARY KEY (user_id, local_date)
    );
    CREATE INDEX prompts_waiting ON prompts(due_at) WHERE state = 'due';
    CREATE TABLE notes (
        id          BIGSERIAL PRIMARY KEY,
        user_id     {_USER},
        kind        TEXT NOT NULL,
        at          TIMESTAMPTZ NOT NULL,
        local_date  DATE NOT NULL,
        body        BYTEA NOT NULL
    );
    CREATE INDEX notes_by_user ON notes(user_id, kind, at);
    CREATE TABLE questionnaire_results (
        id          BIGSERIAL PRIMARY KEY,
        user_id     {_USER},
        at          TIMESTAMPTZ NOT NULL,
        body        BYTEA NOT NULL
    );
    CREATE INDEX questionnaire_results_by_user ON questionnaire_results(user_id, at);
    """,
    # 2: several workers on one database. An outbox item is held by the worker sending it
    # until ``claimed_until``, a claimed prompt by the worker sending it until
    # ``lease_until``: a worker that dies lets go when its lease runs out, and another
    # takes the item or the prompt over
    """
    ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
    ALTER TABLE outbox ADD COLUMN claimed_until TIMESTAMPTZ;
    ALTER TABLE prompts ADD COLUMN leased_by TEXT;
    ALTER TABLE prompts ADD COLUMN lease_until TIMESTAMPTZ;
    """,
    # 3: as SQLite's twelfth: the WHO-5 offered again with the daily prompt, every two or
    # four weeks, if the person asked for it: how often, and when it was last offered
    """
    ALTER TABLE users ADD COLUMN measure_every_days INTEGER;
    ALTER TABLE users ADD COLUMN measure_offered_at TIMESTAMPTZ;
    """,
    # 4: as SQLite's thirteenth: small activities planned, sealed as one document each
    f"""
    CREATE TABLE activities (
        id          BIGSERIAL PRIMARY KEY,
        user_id     {_USER},
        at          TIMESTAMPTZ NOT NULL,
        body        BYTEA NOT NULL
    );
    CREATE INDEX activities_by_user ON activities(user_id, at);
    """,
    # 5: as SQLite's fourteenth: the language we speak with the person
    """
    ALTER TABLE users ADD COLUMN language TEXT;
    """,
    # 6: as SQLite's fifteenth: every feature's records in one table, sealed whole as their
    # kind; activities (keeping their ids) and questionnaire results move in, still sealed
    f"""
    CREATE TABLE documents (
        id          BIGSERIAL PRIMARY KEY,
        user_id     {_USER},
        kind        TEXT NOT NULL,
        at          TIMESTAMPTZ NOT NULL,
        body        BYTEA NOT NULL
    );
    CREATE INDEX documents_by_user ON documents(user_id, kind, at);
    INSERT INTO documents (id, user_id, kind, at, body)
        SELECT id, user_id, 'activity', at, body FROM activities;
    SELECT setval(pg_get_serial_sequence('documents', 'id'),
                  (SELECT coalesce(max(id), 0) + 1 FROM documents), false);
    INSERT INTO documents (user_id, kind, at, body)
        SELECT user_id, 'questionnaire', at, body FROM questionnaire_results ORDER BY id;
    DROP TABLE activities;
    DROP TABLE questionnaire_results;
    """,  # noqa: S608 (no value is put into it: only the users column's declaration)
)
