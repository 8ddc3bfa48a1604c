"""Numbered schema migrations; ``PRAGMA user_version`` holds the last one applied."""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: users, sessions, check-ins, processed events, outbox, and the one-statement turn commit
    """
    CREATE TABLE users (
        user_id     INTEGER PRIMARY KEY,
        created_at  TEXT NOT NULL,
        status      TEXT NOT NULL DEFAULT 'active'
    );
    CREATE TABLE sessions (
        user_id     INTEGER PRIMARY KEY REFERENCES users(user_id) ON DELETE CASCADE
                    DEFERRABLE INITIALLY DEFERRED,
        state       BLOB NOT NULL,
        updated_at  TEXT NOT NULL
    );
    CREATE TABLE checkins (
        id          INTEGER PRIMARY KEY,
        user_id     INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE
                    DEFERRABLE INITIALLY DEFERRED,
        at          TEXT NOT NULL,
        local_date  TEXT NOT NULL,
        presence    INTEGER NOT NULL,
        connection  INTEGER NOT NULL,
        feeling     TEXT NOT NULL DEFAULT '',
        note        BLOB
    );
    CREATE INDEX checkins_by_user ON checkins(user_id, at);
    CREATE TABLE processed_events (
        event_id    TEXT PRIMARY KEY,
        user_id     INTEGER NOT NULL,
        at          TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX processed_events_by_time ON processed_events(at);
    -- One row per event (or scheduled prompt): its replies, sealed, in order; ``sent``
    -- counts how many have left, so a crash mid-way resends none twice.
    CREATE TABLE outbox (
        id          INTEGER PRIMARY KEY,
        key         TEXT NOT NULL UNIQUE,
        user_id     INTEGER NOT NULL,
        priority    INTEGER NOT NULL,
        created_at  TEXT NOT NULL,
        replies     BLOB NOT NULL,
        sent        INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX outbox_in_order ON outbox(priority, id);
    -- Inserting one row here commits a whole turn in one statement: the event id, the user,
    -- the session and the replies. A repeated event id fails the statement and changes nothing.
    CREATE VIEW turn_commits AS
        SELECT NULL AS event_id, NULL AS user_id, NULL AS at, NULL AS state,
               NULL AS replies, NULL AS priority;
    CREATE TRIGGER turn_commit INSTEAD OF INSERT ON turn_commits
    BEGIN
        INSERT INTO processed_events (event_id, user_id, at)
            VALUES (NEW.event_id, NEW.user_id, NEW.at);
        INSERT INTO users (user_id, created_at) VALUES (NEW.user_id, NEW.at)
            ON CONFLICT (user_id) DO UPDATE SET status = 'active' WHERE status != 'active';
        INSERT INTO sessions (user_id, state, updated_at)
            SELECT NEW.user_id, NEW.state, NEW.at WHERE NEW.state IS NOT NULL
            ON CONFLICT (user_id) DO UPDATE SET state = excluded.state,
                                                updated_at = excluded.updated_at;
        INSERT INTO outbox (key, user_id, priority, created_at, replies)
            SELECT NEW.event_id, NEW.user_id, NEW.priority, NEW.at, NEW.replies
            WHERE NEW.replies IS NOT NULL;
    END
    """,
    # 2: where a user lives (for crisis lines), and safety events: time and level, no text
    """
    ALTER TABLE users ADD COLUMN country TEXT;
    CREATE TABLE safety_events (
        id          INTEGER PRIMARY KEY,
        user_id     INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE
                    DEFERRABLE INITIALLY DEFERRED,
        at          TEXT NOT NULL,
        level       TEXT NOT NULL
    );
    CREATE INDEX safety_events_by_user ON safety_events(user_id, at);
    """,
    # 3: what onboarding and /settings keep: consent, age band, timezone, daily prompt time
    """
    ALTER TABLE users ADD COLUMN consented_at TEXT;
    ALTER TABLE users ADD COLUMN age_band TEXT;
    ALTER TABLE users ADD COLUMN timezone TEXT;
    ALTER TABLE users ADD COLUMN prompt_time TEXT;
    """,
    # 4: a safety plan per user: its parts as one sealed JSON document
    """
    CREATE TABLE safety_plans (
        user_id     INTEGER PRIMARY KEY REFERENCES users(user_id) ON DELETE CASCADE
                    DEFERRABLE INITIALLY DEFERRED,
        plan        BLOB NOT NULL,
        updated_at  TEXT NOT NULL
    );
    """,
    # 5: practices: journal entries (sealed), weekly plan progress, small-step reminders
    """
    CREATE TABLE journal_entries (
        id          INTEGER PRIMARY KEY,
        user_id     INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE
                    DEFERRABLE INITIALLY DEFERRED,
        at          TEXT NOT NULL,
        local_date  TEXT NOT NULL,
        template    TEXT NOT NULL,
        body        BLOB NOT NULL
    );
    CREATE INDEX journal_by_user ON journal_entries(user_id, at);
    CREATE TABLE weekly_plans (
        user_id     INTEGER PRIMARY KEY REFERENCES users(user_id) ON DELETE CASCADE
                    DEFERRABLE INITIALLY DEFERRED,
        started_on  TEXT NOT NULL,
        days        TEXT NOT NULL,
        updated_at  TEXT NOT NULL
    );
    CREATE TABLE step_reminders (
        id          INTEGER PRIMARY KEY,
        user_id     INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE
                    DEFERRABLE INITIALLY DEFERRED,
        card        TEXT NOT NULL,
        due_on      TEXT NOT NULL,
        UNIQUE (user_id, card, due_on)
    );
    """,
    # 6: daily prompts: pause, quiet hours, the next prompt (UTC and local day), nudges,
    # and one row per prompt claimed: at most one a user and local day, by the primary key
    """
    ALTER TABLE users ADD COLUMN paused INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE users ADD COLUMN quiet_start TEXT;
    ALTER TABLE users ADD COLUMN quiet_end TEXT;
    ALTER TABLE users ADD COLUMN next_prompt_at TEXT;
    ALTER TABLE users ADD COLUMN next_prompt_on TEXT;
    ALTER TABLE users ADD COLUMN last_nudge_at TEXT;
    CREATE INDEX users_due ON users(next_prompt_at) WHERE next_prompt_at IS NOT NULL;
    CREATE TABLE prompts (
        user_id     INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE
                    DEFERRABLE INITIALLY DEFERRED,
        local_date  TEXT NOT NULL,
        due_at      TEXT NOT NULL,
        state       TEXT NOT NULL,
        PRIMARY KEY (user_id, local_date)
    ) WITHOUT ROWID;
    CREATE INDEX prompts_due ON prompts(state, due_at);
    """,
    # 7: the index of prompts waiting to go out holds only those (not every day's history)
    """
    DROP INDEX prompts_due;
    CREATE INDEX prompts_waiting ON prompts(due_at) WHERE state = 'due';
    """,
    # 8: when someone asked for consent said no: later they hear a short word, not the
    # whole introduction again
    """
    ALTER TABLE users ADD COLUMN declined_at TEXT;
    """,
    # 9: the check the day after a crisis that someone asked for: when it is due (UTC), and
    # nothing of what they said
    """
    ALTER TABLE users ADD COLUMN follow_up_at TEXT;
    """,
    # 10: short texts a feature keeps for someone (kind = the feature), sealed, so a new
    # feature needs no table of its own
    """
    CREATE TABLE notes (
        id          INTEGER PRIMARY KEY,
        user_id     INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE
                    DEFERRABLE INITIALLY DEFERRED,
        kind        TEXT NOT NULL,
        at          TEXT NOT NULL,
        local_date  TEXT NOT NULL,
        body        BLOB NOT NULL
    );
    CREATE INDEX notes_by_user ON notes(user_id, kind, at);
    """,
    # 11: questionnaire results (PHQ-9, GAD-7, WHO-5): which one, answers and score sealed
    # as one document; only the time is in the clear. Not notes: a result is not free
    # text, and is kept (not pruned) to be compared over time
    """
    CREATE TABLE questionnaire_results (
        id          INTEGER PRIMARY KEY,
        user_id     INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE
                    DEFERRABLE INITIALLY DEFERRED,
        at          TEXT NOT NULL,
        body        BLOB NOT NULL
    );
    CREATE INDEX questionnaire_results_by_user ON questionnaire_results(user_id, at);
    """,
    # 12: the WHO-5 offered again with the daily prompt, every two or four weeks, if the
    # person asked for it: how often, and when it was last offered (no score here)
    """
    ALTER TABLE users ADD COLUMN measure_every_days INTEGER;
    ALTER TABLE users ADD COLUMN measure_offered_at TEXT;
    """,
    # 13: small activities planned (behavioural activation): what, the day, the pleasure
    # and achievement expected and then felt, sealed as one document; only the time is in
    # the clear. A row is rated in place afterwards
    """
    CREATE TABLE activities (
        id          INTEGER PRIMARY KEY,
        user_id     INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE
                    DEFERRABLE INITIALLY DEFERRED,
        at          TEXT NOT NULL,
        body        BLOB NOT NULL
    );
    CREATE INDEX activities_by_user ON activities(user_id, at);
    """,
    # 14: the language we speak with the person, from their app's on first contact
    # (docs/languages.md); none for those met before: their app's, as until now
    """
    ALTER TABLE users ADD COLUMN language TEXT;
    """,
    # 15: every feature's records in one table, each sealed whole as its kind, so a feature
    # with records of its own needs no table (bot.storage.records.Document). Planned
    # activities and questionnaire results move in as they are, still sealed (their fields
    # were already "activity" and "questionnaire"); an activity keeps its id, which a
    # conversation waiting to rate it holds
    """
    CREATE TABLE documents (
        id          INTEGER PRIMARY KEY,
        user_id     INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE
                    DEFERRABLE INITIALLY DEFERRED,
        kind        TEXT NOT NULL,
        at          TEXT NOT NULL,
        body        BLOB NOT NULL
    );
    CREATE INDEX documents_by_user ON documents(user_id, kind, at);
    INSERT INTO documents (id, user_id, kind, at, body)
        SELECT id, user_id, 'activity', at, body FROM activities;
    INSERT INTO documents (user_id, kind, at, body)
        SELECT user_id, 'questionnaire', at, body FROM questionnaire_results ORDER BY id;
    DROP TABLE activities;
    DROP TABLE questionnaire_results;
    """,
)
