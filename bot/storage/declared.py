"""What /delete erases and key rotation re-seals, walked from the features' declarations
(each feature's ``kept``: the tables it keeps and the fields sealed in them) and the turn's
own rows, never from a list kept here.

Read on first use, not on import: the features import the store's records, so the store
reads their declarations only once everything is loaded.
"""

from __future__ import annotations

from functools import cache

from bot.storage.records import DOCUMENTS
from bot.storage.rows import BY_KIND, DOCUMENT_BODY, SEALED_COLUMNS, TURN_SEALED, TURN_TABLES

USERS = "users"  # erased last: every other table about a person refers to it


@cache
def user_tables() -> tuple[str, ...]:
    """Return every table that holds rows about a person, ``users`` last: the turn's, then
    each feature's in the features' order."""
    from bot.features.catalogue import KEPT  # lazily: see the module's note

    tables = dict.fromkeys((*TURN_TABLES, *(kept.table for kept in KEPT)))
    tables.pop(USERS, None)
    return (*tables, USERS)


@cache
def sealed_columns() -> tuple[tuple[str, str, str, str], ...]:
    """Return every sealed column as (table, key column, column, field): the turn's sealed
    fields, then each feature's; fail if a declared field is not where its feature keeps it."""
    from bot.features.catalogue import KEPT  # lazily: see the module's note

    declared = [(SEALED_COLUMNS[field][0], field) for field in TURN_SEALED]
    declared += [
        (kept.table, field) for kept in KEPT if kept.table != DOCUMENTS for field in kept.sealed
    ]
    found: list[tuple[str, str, str, str]] = []
    for table, field in declared:
        where = SEALED_COLUMNS.get(field)
        if where is None or where[0] != table:
            raise LookupError(f"sealed field {field!r} of {table!r} has no column in the store")
        found.append((*where, field))
    # Every document, of whatever kind, each opened as its row's kind: a kind no feature
    # declares any more (retired, renamed) is re-sealed too, never left under an old key.
    found.append((*DOCUMENT_BODY, BY_KIND))
    return tuple(found)
