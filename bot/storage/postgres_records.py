"""A PostgreSQL transaction's record statements: check-ins, plans, journal, notes, small steps,
safety events. Free text is sealed as in every backend (see ``rows``);
the transaction is open, so every read includes the unit's own writes."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime

from bot.features.checkin.records import CheckIn
from bot.features.journal.records import JournalEntry
from bot.features.weekly_plan.records import WeeklyPlan
from bot.storage.postgres_unit import PostgresUnit
from bot.storage.records import Note
from bot.storage.rows import to_json


class PostgresRecords(PostgresUnit):
    """Read and write a user's records, sealing free text."""

    async def add_checkin(self, user_id: int, checkin: CheckIn) -> None:
        """Save one check-in (the note sealed)."""
        note = (
            self._cipher.encrypt(user_id, "checkin.note", checkin.note) if checkin.note else None
        )
        await self._write(
            "INSERT INTO checkins (user_id, at, local_date, presence, connection, feeling, note) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s)",
            (
                user_id,
                checkin.at,
                checkin.local_date,
                checkin.presence,
                checkin.connection,
                checkin.feeling,
                note,
            ),
        )

    async def checkins(self, user_id: int, since: datetime | None = None) -> list[CheckIn]:
        """Return the user's check-ins, oldest first."""
        rows = await self._rows(
            "SELECT at, local_date, presence, connection, feeling, note FROM checkins "
            "WHERE user_id = %s AND (%s::timestamptz IS NULL OR at >= %s) ORDER BY at, id",
            (user_id, since, since),
        )
        return [
            CheckIn(
                at=at,
                local_date=local_date,
                presence=presence,
                connection=connection,
                feeling=feeling,
                note=self._cipher.decrypt_text(user_id, "checkin.note", note) if note else "",
            )
            for at, local_date, presence, connection, feeling, note in rows
        ]

    async def safety_plan(self, user_id: int) -> dict[str, str]:
        """Return the user's safety plan, part by part (empty if they have none)."""
        for (sealed,) in await self._rows(
            "SELECT plan FROM safety_plans WHERE user_id = %s", (user_id,)
        ):
            plan: dict[str, str] = json.loads(self._cipher.decrypt(user_id, "safety_plan", sealed))
            return plan
        return {}

    async def save_safety_plan(self, user_id: int, plan: Mapping[str, str], at: datetime) -> None:
        """Save the user's whole safety plan, sealed as one document."""
        sealed = self._cipher.encrypt(user_id, "safety_plan", to_json(dict(plan)))
        await self._write(
            "INSERT INTO safety_plans (user_id, plan, updated_at) VALUES (%s, %s, %s) "
            "ON CONFLICT (user_id) DO UPDATE SET plan = excluded.plan, "
            "updated_at = excluded.updated_at",
            (user_id, sealed, at),
        )

    async def add_journal_entry(self, user_id: int, entry: JournalEntry) -> None:
        """Save one journal entry, its parts sealed as one document."""
        body = self._cipher.encrypt(user_id, "journal", to_json(entry.parts))
        await self._write(
            "INSERT INTO journal_entries (user_id, at, local_date, template, body) "
            "VALUES (%s, %s, %s, %s, %s)",
            (user_id, entry.at, entry.local_date, entry.template, body),
        )

    async def journal_entries(self, user_id: int) -> list[JournalEntry]:
        """Return the user's journal entries, oldest first."""
        rows = await self._rows(
            "SELECT id, at, local_date, template, body FROM journal_entries "
            "WHERE user_id = %s ORDER BY at, id",
            (user_id,),
        )
        return [
            JournalEntry(
                at=at,
                local_date=local_date,
                template=template,
                parts=json.loads(self._cipher.decrypt(user_id, "journal", body)),
                entry_id=entry_id,
            )
            for entry_id, at, local_date, template, body in rows
        ]

    async def add_note(self, user_id: int, note: Note) -> None:
        """Save a feature's short text, sealed."""
        body = self._cipher.encrypt(user_id, "note", note.text)
        await self._write(
            "INSERT INTO notes (user_id, kind, at, local_date, body) VALUES (%s, %s, %s, %s, %s)",
            (user_id, note.kind, note.at, note.local_date, body),
        )

    async def notes(self, user_id: int, kind: str | None = None) -> list[Note]:
        """Return the user's notes (of one kind, if given), oldest first."""
        rows = await self._rows(
            "SELECT kind, at, local_date, body FROM notes WHERE user_id = %s "
            "AND (%s::text IS NULL OR kind = %s) ORDER BY at, id",
            (user_id, kind, kind),
        )
        return [
            Note(
                kind=row_kind,
                at=at,
                local_date=local_date,
                text=self._cipher.decrypt_text(user_id, "note", body),
            )
            for row_kind, at, local_date, body in rows
        ]

    async def weekly_plan(self, user_id: int) -> WeeklyPlan | None:
        """Return the user's weekly plan, if one was started."""
        for started_on, days in await self._rows(
            "SELECT started_on, days FROM weekly_plans WHERE user_id = %s", (user_id,)
        ):
            marks = {int(day): str(mark) for day, mark in json.loads(days).items()}
            return WeeklyPlan(started_on, marks)
        return None

    async def save_weekly_plan(self, user_id: int, plan: WeeklyPlan, at: datetime) -> None:
        """Save the user's weekly plan (a new start replaces the old one)."""
        await self._write(
            "INSERT INTO weekly_plans (user_id, started_on, days, updated_at) "
            "VALUES (%s, %s, %s, %s) ON CONFLICT (user_id) DO UPDATE SET "
            "started_on = excluded.started_on, days = excluded.days, "
            "updated_at = excluded.updated_at",
            (user_id, plan.started_on, to_json(plan.days), at),
        )

    async def add_step_reminder(self, user_id: int, card: str, due_on: date) -> None:
        """Ask to be reminded of a small step on a day (once per card and day)."""
        await self._write(
            "INSERT INTO step_reminders (user_id, card, due_on) VALUES (%s, %s, %s) "
            "ON CONFLICT DO NOTHING",
            (user_id, card, due_on),
        )

    async def step_reminders(self, user_id: int) -> list[tuple[str, date]]:
        """Return the small steps the user asked to be reminded of, and when."""
        rows = await self._rows(
            "SELECT card, due_on FROM step_reminders WHERE user_id = %s ORDER BY due_on, id",
            (user_id,),
        )
        return [(card, due_on) for card, due_on in rows]

    async def take_step_reminders(self, user_id: int, day: date) -> list[str]:
        """Return the cards due by ``day`` and remove them (when the unit commits)."""
        rows = await self._rows(
            "DELETE FROM step_reminders WHERE user_id = %s AND due_on <= %s RETURNING id, card",
            (user_id, day),
        )
        return [card for _, card in sorted(rows)]

    async def record_safety_event(self, user_id: int, level: str, at: datetime) -> None:
        """Record that the screen raised a level for this user: the time and level, no text."""
        await self._write(
            "INSERT INTO safety_events (user_id, at, level) VALUES (%s, %s, %s)",
            (user_id, at, level),
        )

    async def safety_events(self, user_id: int) -> list[tuple[datetime, str]]:
        """Return when the screen raised a level for the user, and which (no text)."""
        rows = await self._rows(
            "SELECT at, level FROM safety_events WHERE user_id = %s ORDER BY at, id", (user_id,)
        )
        return [(at, level) for at, level in rows]
