"""A transaction's record statements: check-ins, plans, journal, small steps, safety events.

Where a read merges in this unit's own writes, it says so.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime

from bot.features.checkin.records import CheckIn
from bot.features.journal.records import JournalEntry
from bot.features.weekly_plan.records import WeeklyPlan
from bot.storage.records import Note
from bot.storage.sqlite_rows import to_json, ts
from bot.storage.sqlite_unit import UnitState


class RecordStatements(UnitState):
    """Read and write a user's records, sealing free text."""

    async def add_checkin(self, user_id: int, checkin: CheckIn) -> None:
        """Save one check-in (the note encrypted)."""
        note = (
            self._cipher.encrypt(user_id, "checkin.note", checkin.note) if checkin.note else None
        )
        self.unit.writes.append(
            (
                "INSERT INTO checkins (user_id, at, local_date, presence, connection, feeling, "
                "note) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    user_id,
                    ts(checkin.at),
                    checkin.local_date.isoformat(),
                    checkin.presence,
                    checkin.connection,
                    checkin.feeling,
                    note,
                ),
            )
        )
        self._pending_checkins.setdefault(user_id, []).append(checkin)

    async def checkins(self, user_id: int, since: datetime | None = None) -> list[CheckIn]:
        """Return the user's check-ins, oldest first, this unit's own included."""
        rows = await self._db.execute_fetchall(
            "SELECT at, local_date, presence, connection, feeling, note FROM checkins "
            "WHERE user_id = ? AND at >= ? ORDER BY at, id",
            (user_id, ts(since) if since else ""),
        )
        stored = [
            CheckIn(
                at=datetime.fromisoformat(at),
                local_date=date.fromisoformat(local_date),
                presence=presence,
                connection=connection,
                feeling=feeling,
                note=self._cipher.decrypt_text(user_id, "checkin.note", note) if note else "",
            )
            for at, local_date, presence, connection, feeling, note in rows
        ]
        pending = [
            c for c in self._pending_checkins.get(user_id, []) if not since or c.at >= since
        ]
        return stored + pending

    async def safety_plan(self, user_id: int) -> dict[str, str]:
        """Return the user's safety plan, part by part, this unit's own change included."""
        if user_id in self._pending_plans:
            return dict(self._pending_plans[user_id])
        rows = await self._db.execute_fetchall(
            "SELECT plan FROM safety_plans WHERE user_id = ?", (user_id,)
        )
        for (sealed,) in rows:
            plan: dict[str, str] = json.loads(self._cipher.decrypt(user_id, "safety_plan", sealed))
            return plan
        return {}

    async def save_safety_plan(self, user_id: int, plan: Mapping[str, str], at: datetime) -> None:
        """Save the user's whole safety plan, sealed as one document."""
        sealed = self._cipher.encrypt(user_id, "safety_plan", to_json(dict(plan)))
        self.unit.writes.append(
            (
                "INSERT INTO safety_plans (user_id, plan, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (user_id) DO UPDATE SET plan = excluded.plan, "
                "updated_at = excluded.updated_at",
                (user_id, sealed, ts(at)),
            )
        )
        self._pending_plans[user_id] = dict(plan)

    async def add_journal_entry(self, user_id: int, entry: JournalEntry) -> None:
        """Save one journal entry, its parts sealed as one document."""
        body = self._cipher.encrypt(user_id, "journal", to_json(entry.parts))
        self.unit.writes.append(
            (
                "INSERT INTO journal_entries (user_id, at, local_date, template, body) "
                "VALUES (?, ?, ?, ?, ?)",
                (user_id, ts(entry.at), entry.local_date.isoformat(), entry.template, body),
            )
        )
        self._pending_journal.setdefault(user_id, []).append(entry)

    async def journal_entries(self, user_id: int) -> list[JournalEntry]:
        """Return the user's journal entries, oldest first, this unit's own included."""
        rows = await self._db.execute_fetchall(
            "SELECT id, at, local_date, template, body FROM journal_entries "
            "WHERE user_id = ? ORDER BY at, id",
            (user_id,),
        )
        stored = [
            JournalEntry(
                at=datetime.fromisoformat(at),
                local_date=date.fromisoformat(local_date),
                template=template,
                parts=json.loads(self._cipher.decrypt(user_id, "journal", body)),
                entry_id=entry_id,
            )
            for entry_id, at, local_date, template, body in rows
        ]
        return stored + self._pending_journal.get(user_id, [])

    async def add_note(self, user_id: int, note: Note) -> None:
        """Save a feature's short text, sealed."""
        body = self._cipher.encrypt(user_id, "note", note.text)
        self.unit.writes.append(
            (
                "INSERT INTO notes (user_id, kind, at, local_date, body) VALUES (?, ?, ?, ?, ?)",
                (user_id, note.kind, ts(note.at), note.local_date.isoformat(), body),
            )
        )
        self._pending_notes.setdefault(user_id, []).append(note)

    async def notes(self, user_id: int, kind: str | None = None) -> list[Note]:
        """Return the user's notes (of one kind, if given), oldest first, own writes too."""
        rows = await self._db.execute_fetchall(
            "SELECT kind, at, local_date, body FROM notes WHERE user_id = ? "
            "AND (? IS NULL OR kind = ?) ORDER BY at, id",
            (user_id, kind, kind),
        )
        stored = [
            Note(
                kind=row_kind,
                at=datetime.fromisoformat(at),
                local_date=date.fromisoformat(local_date),
                text=self._cipher.decrypt_text(user_id, "note", body),
            )
            for row_kind, at, local_date, body in rows
        ]
        pending = self._pending_notes.get(user_id, [])
        return stored + [note for note in pending if kind is None or note.kind == kind]

    async def weekly_plan(self, user_id: int) -> WeeklyPlan | None:
        """Return the user's weekly plan, this unit's own change included."""
        if user_id in self._pending_weekly:
            return self._pending_weekly[user_id]
        rows = await self._db.execute_fetchall(
            "SELECT started_on, days FROM weekly_plans WHERE user_id = ?", (user_id,)
        )
        for started_on, days in rows:
            marks = {int(day): str(mark) for day, mark in json.loads(days).items()}
            return WeeklyPlan(date.fromisoformat(started_on), marks)
        return None

    async def save_weekly_plan(self, user_id: int, plan: WeeklyPlan, at: datetime) -> None:
        """Save the user's weekly plan (a new start replaces the old one)."""
        self.unit.writes.append(
            (
                "INSERT INTO weekly_plans (user_id, started_on, days, updated_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET "
                "started_on = excluded.started_on, days = excluded.days, "
                "updated_at = excluded.updated_at",
                (user_id, plan.started_on.isoformat(), to_json(plan.days), ts(at)),
            )
        )
        self._pending_weekly[user_id] = plan

    async def add_step_reminder(self, user_id: int, card: str, due_on: date) -> None:
        """Ask to be reminded of a small step on a day (once per card and day)."""
        self.unit.writes.append(
            (
                "INSERT INTO step_reminders (user_id, card, due_on) VALUES (?, ?, ?) "
                "ON CONFLICT DO NOTHING",
                (user_id, card, due_on.isoformat()),
            )
        )

    async def step_reminders(self, user_id: int) -> list[tuple[str, date]]:
        """Return the small steps the user asked to be reminded of, and when."""
        rows = await self._db.execute_fetchall(
            "SELECT card, due_on FROM step_reminders WHERE user_id = ? ORDER BY due_on, id",
            (user_id,),
        )
        return [(card, date.fromisoformat(due_on)) for card, due_on in rows]

    async def take_step_reminders(self, user_id: int, day: date) -> list[str]:
        """Return the cards due by ``day`` and remove them when this unit commits."""
        rows = await self._db.execute_fetchall(
            "SELECT card FROM step_reminders WHERE user_id = ? AND due_on <= ? ORDER BY id",
            (user_id, day.isoformat()),
        )
        self.unit.writes.append(
            (
                "DELETE FROM step_reminders WHERE user_id = ? AND due_on <= ?",
                (user_id, day.isoformat()),
            )
        )
        return [card for (card,) in rows]

    async def record_safety_event(self, user_id: int, level: str, at: datetime) -> None:
        """Record that the screen raised a level for this user: the time and level, no text."""
        self.unit.writes.append(
            (
                "INSERT INTO safety_events (user_id, at, level) VALUES (?, ?, ?)",
                (user_id, ts(at), level),
            )
        )

    async def safety_events(self, user_id: int) -> list[tuple[datetime, str]]:
        """Return when the screen raised a level for the user, and which (no text)."""
        rows = await self._db.execute_fetchall(
            "SELECT at, level FROM safety_events WHERE user_id = ? ORDER BY at, id", (user_id,)
        )
        return [(datetime.fromisoformat(at), level) for at, level in rows]
