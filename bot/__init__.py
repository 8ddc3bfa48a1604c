"""Reconnect: a companion for people who feel emotionally detached, numb or withdrawn."""

__version__ = "0.1.0"
