"""/export and /delete alone: everything kept comes out readable; erasing leaves nothing."""

from __future__ import annotations

import json
from functools import partial

from bot.features.catalogue import KEPT
from bot.features.checkin.actions import save_checkin
from bot.features.data_rights.actions import WORDS, export_data, forget_user
from bot.features.gratitude.actions import keep_gratitude
from bot.features.journal.actions import save_journal_entry
from tests.features.acting import USER_ID, Acting, words

SHIPPED = words("data_rights.yaml", WORDS)
export = partial(export_data, words=SHIPPED, kept=KEPT)
keep = partial(keep_gratitude, words=words("gratitude.yaml", frozenset()))


async def keep_some_of_everything(person: Acting) -> None:
    await person.run(save_checkin, presence=3, connection=4, feeling="numb", note="long day")
    await person.run(save_journal_entry, template="expressive", writing="it was loud")
    await person.run(keep, line="warm tea")


async def test_the_export_is_a_document_of_everything_and_a_table_of_check_ins(
    person: Acting,
) -> None:
    await keep_some_of_everything(person)
    document, table = (await person.run(export)).replies
    assert document.text == SHIPPED.get("export_json")
    assert table.text == SHIPPED.get("export_csv", count=1)
    assert document.attachment is not None
    assert table.attachment is not None
    data = json.loads(document.attachment.content)
    assert data["settings"]["timezone"] == "UTC"
    assert [c["note"] for c in data["checkins"]] == ["long day"]
    assert [e["parts"] for e in data["journal"]] == [{"writing": "it was loud"}]
    assert [(n["kind"], n["text"]) for n in data["notes"]] == [("gratitude", "warm tea")]
    assert table.attachment.content.decode().splitlines() == [
        "date,time_utc,presence,connection,feeling,note",
        "2026-11-02,09:00,3,4,numb,long day",
    ]


async def test_with_no_check_ins_the_export_is_one_document_saying_why_no_table(
    person: Acting,
) -> None:
    await person.run(keep, line="warm tea")
    (document,) = (await person.run(export)).replies
    assert document.attachment is not None
    assert document.attachment.filename == "reconnect-export.json"
    assert SHIPPED.get("export_no_checkins") in document.text
    assert "0" not in document.text
    assert json.loads(document.attachment.content)["checkins"] == []


async def test_delete_erases_every_record_and_where_they_were(person: Acting) -> None:
    await keep_some_of_everything(person)
    result = await person.run(forget_user)
    assert result.forget_session
    async with person.reading() as tx:
        assert await tx.checkins(USER_ID) == []
        assert await tx.journal_entries(USER_ID) == []
        assert await tx.notes(USER_ID) == []
    assert await person.store.user(USER_ID) is None
