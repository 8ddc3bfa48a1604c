"""`reconnect --help` as someone trying the command for the first time reads it."""

from __future__ import annotations

import pytest

from bot.cli import main


def test_help_reads_as_plain_words(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--help"])
    assert stopped.value.code == 0
    shown = capsys.readouterr().out
    assert "`" not in shown  # no source markup
    assert "companion" in shown
    assert "chat" in shown


def test_a_postgresql_url_is_shown_without_its_password() -> None:
    from bot.config import Settings

    settings = Settings.from_env(
        {"RECONNECT_DATABASE": "postgresql://bot:s3cret@db:5432/reconnect"}
    )
    assert settings.database_url == "postgresql://bot:s3cret@db:5432/reconnect"
    assert settings.store_label == "postgresql://bot@db:5432/reconnect"
    assert "s3cret" not in str(settings.database)
