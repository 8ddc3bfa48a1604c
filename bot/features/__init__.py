"""Every feature of the companion, one folder each; the app registers them in this order.

Adding a feature is adding its folder (with a ``FEATURE``) and a line below.
"""

from __future__ import annotations

from bot.features import (
    activities,
    checkin,
    data_rights,
    gethelp,
    gratitude,
    journal,
    onboarding,
    progress,
    prompts,
    questionnaires,
    safety_plan,
    steps,
    weekly_plan,
)
from bot.features.feature import Feature, Kept, Needs
from bot.safety import feature as crisis

FEATURES: tuple[Feature, ...] = (
    onboarding.FEATURE,
    checkin.FEATURE,
    progress.FEATURE,
    questionnaires.FEATURE,
    journal.FEATURE,
    weekly_plan.FEATURE,
    activities.FEATURE,
    gratitude.FEATURE,
    steps.FEATURE,
    gethelp.FEATURE,
    safety_plan.FEATURE,
    prompts.FEATURE,
    data_rights.FEATURE,
    crisis.FEATURE,
)

# What every feature keeps about a person, in the order above: /export's sections.
KEPT: tuple[Kept, ...] = tuple(kept for feature in FEATURES for kept in feature.kept)

__all__ = ["FEATURES", "KEPT", "Feature", "Kept", "Needs"]
