"""Sealed values open only for their user and field, and only with the right key."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest

from bot.privacy.crypto import CipherError, FieldCipher, load_or_create_keys, parse_key


def test_a_value_opens_for_its_user_and_field_only() -> None:
    cipher = FieldCipher([b"a" * 32])
    sealed = cipher.encrypt(1, "note", "hello")
    assert cipher.decrypt_text(1, "note", sealed) == "hello"
    with pytest.raises(CipherError):
        cipher.decrypt(2, "note", sealed)
    with pytest.raises(CipherError):
        cipher.decrypt(1, "journal", sealed)
    with pytest.raises(CipherError):
        FieldCipher([b"b" * 32]).decrypt(1, "note", sealed)


def test_an_old_key_still_opens_what_it_sealed() -> None:
    old, new = b"o" * 32, b"n" * 32
    sealed = FieldCipher([old]).encrypt(1, "note", "kept")
    both = FieldCipher([new, old])
    assert both.decrypt_text(1, "note", sealed) == "kept"
    assert not both.sealed_with_current(sealed)
    assert both.sealed_with_current(both.encrypt(1, "note", "x"))


def test_without_a_key_one_is_created_owner_only_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    key_file = tmp_path / "data" / "reconnect.key"
    with caplog.at_level(logging.WARNING):
        keys = load_or_create_keys(None, key_file)
    assert [len(key) for key in keys] == [32]
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert "RECONNECT_ENCRYPTION_KEY is not set" in caplog.text
    assert load_or_create_keys(None, key_file) == keys  # the same key next time


@pytest.mark.parametrize("text", ["short", "x" * 64, "!!!!"])
def test_a_malformed_key_is_refused_clearly(text: str) -> None:
    with pytest.raises(CipherError, match=r"32 bytes|64 hex"):
        parse_key(text)
