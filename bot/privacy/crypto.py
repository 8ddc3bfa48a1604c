"""Encrypt free text at rest: AES-GCM, bound to the user and the field it belongs to."""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import os
import secrets
from collections.abc import Sequence
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

logger = logging.getLogger(__name__)

_FORMAT = 1
_NONCE = 12
_KEY_ID = 4


class CipherError(ValueError):
    """An encryption key that is missing, malformed or does not match the data."""


def key_id(key: bytes) -> bytes:
    """Return a short fingerprint that tells which key sealed a value."""
    return hashlib.sha256(b"reconnect-key-id" + key).digest()[:_KEY_ID]


class FieldCipher:
    """Seal and open field values; the first key seals, every key can open."""

    def __init__(self, keys: Sequence[bytes]) -> None:
        if not keys:
            raise CipherError("at least one key is needed")
        for key in keys:
            if len(key) != 32:
                raise CipherError("an encryption key must be 32 bytes")
        self._sealer = AESGCM(keys[0])
        self._sealer_id = key_id(keys[0])
        self._openers = {key_id(key): AESGCM(key) for key in keys}

    @property
    def current_key_id(self) -> bytes:
        """Return the fingerprint of the key that seals new values."""
        return self._sealer_id

    def encrypt(self, user_id: int, field: str, plaintext: bytes | str) -> bytes:
        """Seal a value so it opens only for this user and field."""
        data = plaintext.encode("utf-8") if isinstance(plaintext, str) else plaintext
        nonce = os.urandom(_NONCE)
        sealed = self._sealer.encrypt(nonce, data, _aad(user_id, field))
        return bytes([_FORMAT]) + self._sealer_id + nonce + sealed

    def decrypt(self, user_id: int, field: str, blob: bytes) -> bytes:
        """Open a sealed value, or raise CipherError if it was not sealed for this place."""
        if len(blob) < 1 + _KEY_ID + _NONCE or blob[0] != _FORMAT:
            raise CipherError("not a sealed value")
        opener = self._openers.get(blob[1 : 1 + _KEY_ID])
        if opener is None:
            raise CipherError("sealed with a key this cipher does not have")
        nonce = blob[1 + _KEY_ID : 1 + _KEY_ID + _NONCE]
        try:
            return opener.decrypt(nonce, blob[1 + _KEY_ID + _NONCE :], _aad(user_id, field))
        except InvalidTag as error:
            raise CipherError("the value does not open for this user and field") from error

    def decrypt_text(self, user_id: int, field: str, blob: bytes) -> str:
        """Open a sealed text value."""
        return self.decrypt(user_id, field, blob).decode("utf-8")

    def sealed_with_current(self, blob: bytes) -> bool:
        """Return whether a value is already sealed with the current key."""
        return blob[1 : 1 + _KEY_ID] == self._sealer_id


def _aad(user_id: int, field: str) -> bytes:
    return f"reconnect:{user_id}:{field}".encode()


def parse_key(text: str) -> bytes:
    """Read a 32-byte key written as URL-safe base64 or 64 hex digits."""
    text = text.strip()
    try:
        if len(text) == 64:
            return bytes.fromhex(text)
        key = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (ValueError, binascii.Error) as error:
        raise CipherError(
            "the key must be URL-safe base64 of 32 bytes, or 64 hex digits"
        ) from error
    if len(key) != 32:
        raise CipherError("the key must be 32 bytes (URL-safe base64 or 64 hex digits)")
    return key


def new_key_text() -> str:
    """Return a fresh random key as URL-safe base64."""
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode("ascii")


def parse_keys(text: str) -> list[bytes]:
    """Read one or more keys, separated by commas or new lines; the first one seals."""
    keys = [parse_key(part) for part in text.replace(",", "\n").split() if part.strip()]
    if not keys:
        raise CipherError("no key given")
    return keys


def write_key_file(key_file: Path, keys: Sequence[bytes]) -> None:
    """Write keys to the key file, owner-only, replacing it in one step."""
    key_file.parent.mkdir(parents=True, exist_ok=True)
    temporary = key_file.with_name(key_file.name + ".tmp")
    temporary.unlink(missing_ok=True)
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        for key in keys:
            handle.write(base64.urlsafe_b64encode(key).decode("ascii") + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, key_file)


def load_or_create_keys(env_value: str | None, key_file: Path) -> list[bytes]:
    """Return the keys from the environment, else from a key file created owner-only.

    Several keys may be given (comma-separated, or one a line in the file): the first
    seals new values, all of them open old ones. That is how a rotation is carried out.
    """
    if env_value:
        return parse_keys(env_value)
    if key_file.exists():
        return parse_keys(key_file.read_text(encoding="ascii"))
    write_key_file(key_file, [parse_key(new_key_text())])
    logger.warning(
        "RECONNECT_ENCRYPTION_KEY is not set: created a key file at %s (owner-only). "
        "Back it up: without it, saved notes and journal entries cannot be read.",
        key_file,
    )
    return parse_keys(key_file.read_text(encoding="ascii"))
