"""/export and /delete: a person's data, all of it, to take away or to erase."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from bot.engine.actions import ActionContext, ActionResult
from bot.engine.events import Attachment, Reply
from bot.engine.texts import Texts
from bot.features.activities.export import exported as activities
from bot.features.questionnaires.export import exported as questionnaire_results

WORDS = frozenset({"export_json", "export_csv"})
CSV_COLUMNS = ("date", "time_utc", "presence", "connection", "feeling", "note")


async def collect(ctx: ActionContext) -> dict[str, Any]:
    """Gather everything kept about the user, decrypted, as plain JSON-ready data."""
    tx, user_id = ctx.tx, ctx.user_id
    user = ctx.user
    plan = await tx.weekly_plan(user_id)
    return {
        "user_id": user_id,
        "settings": {
            "joined": user.created_at.isoformat() if user else None,
            "consented_at": user.consented_at.isoformat() if user and user.consented_at else None,
            "declined_at": user.declined_at.isoformat() if user and user.declined_at else None,
            "age_band": user.age_band if user else None,
            "country": user.country if user else None,
            "timezone": user.timezone if user else None,
            "daily_prompt_time": user.prompt_time if user else None,
            "follow_up_at": user.follow_up_at.isoformat() if user and user.follow_up_at else None,
            "questionnaire_every_days": user.measure_every_days if user else None,
            "status": user.status.value if user else None,
        },
        "checkins": [
            {
                "at": c.at.isoformat(),
                "date": c.local_date.isoformat(),
                "presence": c.presence,
                "connection": c.connection,
                "feeling": c.feeling,
                "note": c.note,
            }
            for c in await tx.checkins(user_id)
        ],
        "journal": [
            {
                "at": e.at.isoformat(),
                "date": e.local_date.isoformat(),
                "template": e.template,
                "parts": e.parts,
            }
            for e in await tx.journal_entries(user_id)
        ],
        "notes": [
            {
                "kind": n.kind,
                "at": n.at.isoformat(),
                "date": n.local_date.isoformat(),
                "text": n.text,
            }
            for n in await tx.notes(user_id)
        ],
        "safety_plan": await tx.safety_plan(user_id),
        "weekly_plan": (
            {
                "started_on": plan.started_on.isoformat(),
                "days": {str(day): mark for day, mark in sorted(plan.days.items())},
            }
            if plan
            else None
        ),
        "small_step_reminders": [
            {"card": card, "due_on": due.isoformat()}
            for card, due in await tx.step_reminders(user_id)
        ],
        "questionnaires": await questionnaire_results(tx, user_id),
        "activities": await activities(tx, user_id),
        "safety_events": [
            {"at": at.isoformat(), "level": level} for at, level in await tx.safety_events(user_id)
        ],
    }


def checkins_csv(data: dict[str, Any]) -> str:
    """Return the check-ins as CSV, one row each."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for c in data["checkins"]:
        time_utc = c["at"][11:16]
        writer.writerow(
            (c["date"], time_utc, c["presence"], c["connection"], c["feeling"], c["note"])
        )
    return out.getvalue()


async def export_data(ctx: ActionContext, *, words: Texts) -> ActionResult:
    """Send everything as a JSON document and the check-ins as CSV."""
    data = await collect(ctx)
    document = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    table = checkins_csv(data).encode("utf-8")
    return ActionResult(
        replies=(
            Reply(
                words.get("export_json"),
                attachment=Attachment("reconnect-export.json", document, "document"),
            ),
            Reply(
                words.get("export_csv", count=len(data["checkins"])),
                attachment=Attachment("reconnect-checkins.csv", table, "document"),
            ),
        )
    )


async def forget_user(ctx: ActionContext) -> ActionResult:
    """Erase every row about the user when this turn commits."""
    await ctx.tx.forget_user(ctx.user_id)
    return ActionResult(forget_session=True)
