"""Every feature of the companion, one folder each, in the order the app registers them.

Adding a feature is adding its folder (with a ``FEATURE``) and its name in ``NAMES``: one
line, and no edit anywhere else.
"""

from __future__ import annotations

from importlib import import_module

from bot.features.feature import Feature, Kept
from bot.safety import feature as crisis

# Each name is a folder bot/features/<name>/ whose package defines ``FEATURE``.
NAMES = (
    "onboarding",
    "checkin",
    "progress",
    "questionnaires",
    "lessons",
    "journal",
    "weekly_plan",
    "activities",
    "gratitude",
    "steps",
    "gethelp",
    "safety_plan",
    "prompts",
    "data_rights",
)


def _feature(name: str) -> Feature:
    """Return the ``FEATURE`` of bot/features/<name>/, checking it is one."""
    feature = import_module(f"bot.features.{name}").FEATURE
    if not isinstance(feature, Feature):
        raise TypeError(f"bot.features.{name}.FEATURE is not a Feature")
    return feature


FEATURES: tuple[Feature, ...] = (*(_feature(name) for name in NAMES), crisis.FEATURE)

# What every feature keeps about a person, in the order above: /export's sections.
KEPT: tuple[Kept, ...] = tuple(kept for feature in FEATURES for kept in feature.kept)

__all__ = ["FEATURES", "KEPT", "NAMES"]
