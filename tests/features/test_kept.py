"""Every kind of record kept about a person is some feature's, declared in its folder: so
/delete erases it, /export gives it, and its free text is sealed."""

from __future__ import annotations

from collections import Counter

from bot.features.catalogue import FEATURES, KEPT
from bot.storage.declared import sealed_columns, user_tables
from bot.storage.records import DOCUMENTS
from bot.storage.rows import BY_KIND, SEALED_COLUMNS, TURN_SEALED, TURN_TABLES


def owners() -> dict[str, list[str]]:
    """Return, by table, the features that declare keeping it."""
    found: dict[str, list[str]] = {}
    for feature in FEATURES:
        for kept in feature.kept:
            found.setdefault(kept.table, []).append(feature.name)
    return found


def test_every_table_about_a_person_is_one_features_or_the_turns() -> None:
    declared = owners()
    shared = {t: names for t, names in declared.items() if len(names) > 1}
    assert set(shared) <= {DOCUMENTS}  # only documents are every feature's (each its kind)
    assert set(declared) & set(TURN_TABLES) == set()  # the turn's rows are no feature's
    # what /delete erases is what they declare, nothing else (the store's own tables are
    # checked against these declarations on every backend: tests/storage/test_contract.py)
    assert set(user_tables()) == set(declared) | set(TURN_TABLES)
    assert user_tables()[-1] == "users"


def test_every_sealed_field_is_declared_by_the_feature_keeping_it() -> None:
    declared = [field for kept in KEPT if kept.table != DOCUMENTS for field in kept.sealed]
    assert sorted([*declared, *TURN_SEALED]) == sorted(SEALED_COLUMNS)  # each once
    kinds = [kind for kept in KEPT if kept.table == DOCUMENTS for kind in kept.sealed]
    assert len(kinds) == len(set(kinds))  # a kind is one feature's
    assert set(kinds) & set(SEALED_COLUMNS) == set()  # no body seals as another field
    # documents are re-sealed each as its row's kind, declared or not
    assert {field for *_, field in sealed_columns()} == set(SEALED_COLUMNS) | {BY_KIND}


def test_each_feature_has_a_section_of_its_own_in_the_export() -> None:
    sections = Counter(kept.section for kept in KEPT)
    assert [section for section, count in sections.items() if count > 1] == []
    assert "user_id" not in sections
