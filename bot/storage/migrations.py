"""Numbered schema migrations; ``PRAGMA user_version`` holds the last one applied."""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: users, sessions, check-ins, processed events, outbox
    """
    CREATE TABLE users (
        user_id     INTEGER PRIMARY KEY,
        created_at  TEXT NOT NULL,
        status      TEXT NOT NULL DEFAULT 'active'
    );
    CREATE TABLE sessions (
        user_id     INTEGER PRIMARY KEY REFERENCES users(user_id) ON DELETE CASCADE,
        state       BLOB NOT NULL,
        updated_at  TEXT NOT NULL
    );
    CREATE TABLE checkins (
        id          INTEGER PRIMARY KEY,
        user_id     INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
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
    CREATE TABLE outbox (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id     INTEGER NOT NULL,
        priority    INTEGER NOT NULL,
        created_at  TEXT NOT NULL,
        body        BLOB NOT NULL
    );
    CREATE INDEX outbox_in_order ON outbox(priority, id);
    """,
)
