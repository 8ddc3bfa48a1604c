"""The bot in the person's language: keys for every text, Fluent catalogs, one lookup."""

from bot.i18n.catalogs import Catalogs
from bot.i18n.keys import data_texts, flow_texts
from bot.i18n.words import Words

__all__ = ["Catalogs", "Words", "data_texts", "flow_texts"]
