"""/export and /delete: a person's data, all of it, to take away or to erase.

What there is comes from the features: each declares in its ``kept.py`` the records it keeps
(``Kept``: the table /delete erases, its /export section, its sealed fields), and the app
hands them all to this feature through ``Needs.kept``."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from bot.engine.actions import ActionContext, ActionResult
from bot.engine.events import Attachment, Reply
from bot.engine.texts import Texts
from bot.features.feature import Kept

WORDS = frozenset({"export_json", "export_csv", "export_no_checkins"})
CSV_COLUMNS = ("date", "time_utc", "presence", "connection", "feeling", "note")


async def collect(ctx: ActionContext, kept: Sequence[Kept]) -> dict[str, Any]:
    """Gather everything kept about the user, decrypted, as plain JSON-ready data: each
    feature's section, read as the feature declares it."""
    data: dict[str, Any] = {"user_id": ctx.user_id}
    for record in kept:
        data[record.section] = await record.read(ctx)
    return data


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


async def export_data(ctx: ActionContext, *, words: Texts, kept: Sequence[Kept]) -> ActionResult:
    """Send everything the features keep as a JSON document, and the check-ins as CSV (with
    none yet, the document alone, saying why there is no table)."""
    data = await collect(ctx, kept)
    document = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    everything = Attachment("reconnect-export.json", document, "document")
    if not data["checkins"]:
        caption = f"{words.get('export_json')}\n\n{words.get('export_no_checkins')}"
        return ActionResult(replies=(Reply(caption, attachment=everything),))
    table = checkins_csv(data).encode("utf-8")
    return ActionResult(
        replies=(
            Reply(words.get("export_json"), attachment=everything),
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
