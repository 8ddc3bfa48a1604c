"""The command menu Telegram shows beside the text box, in each language shipped."""

from __future__ import annotations

from collections.abc import Mapping

from bot.engine.texts import key
from bot.i18n.catalogs import ENGLISH, Catalogs
from bot.i18n.words import Words


def command_menus(catalogs: Catalogs, commands: Mapping[str, str]) -> dict[str, dict[str, str]]:
    """Return, for each Telegram language code of a shipped language ("pt" for pt-BR),
    the commands with their descriptions (``commands``: English, data/telegram.yaml)."""
    words = Words(catalogs)
    return {
        language.split("-")[0].lower(): {
            name: words.text(language, key("data", "telegram", "commands", name), english, {})
            for name, english in commands.items()
        }
        for language in sorted(catalogs.shipped & catalogs.catalogs.keys() - {ENGLISH})
    }
