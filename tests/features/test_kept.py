"""Every kind of record kept about a person is some feature's, declared in its folder: so
/delete erases it, /export gives it, and its free text is sealed."""

from __future__ import annotations

from collections import Counter

from bot.features import FEATURES, KEPT
from bot.storage.rows import SEALED, USER_TABLES

# The turn's own rows, not a feature's: erased by /delete, never exported (where a person
# is in a flow, replies waiting to go, prompts claimed, event ids seen).
MACHINERY: dict[str, set[str]] = {
    "sessions": {"session"},
    "outbox": {"outbox"},
    "prompts": set(),
    "processed_events": set(),
}


def owners() -> dict[str, list[str]]:
    """Return, by table, the features that declare keeping it."""
    found: dict[str, list[str]] = {}
    for feature in FEATURES:
        for kept in feature.kept:
            found.setdefault(kept.table, []).append(feature.name)
    return found


def test_every_table_about_a_person_is_one_features_or_the_turns() -> None:
    declared = owners()
    assert {t: names for t, names in declared.items() if len(names) > 1} == {}
    assert set(USER_TABLES) - set(MACHINERY) == set(declared)


def test_every_sealed_field_is_declared_by_the_feature_keeping_it() -> None:
    stored = {(table, field) for table, _key, _column, field in SEALED}
    declared = {(kept.table, field) for kept in KEPT for field in kept.sealed}
    machinery = {(table, field) for table, fields in MACHINERY.items() for field in fields}
    assert stored == declared | machinery


def test_each_feature_has_a_section_of_its_own_in_the_export() -> None:
    sections = Counter(kept.section for kept in KEPT)
    assert [section for section, count in sections.items() if count > 1] == []
    assert "user_id" not in sections
