"""Daily check-ins: two scores, a word, an optional note; two low weeks suggest /gethelp."""

from __future__ import annotations

from bot.engine.actions import ActionRegistry
from bot.features.checkin.actions import save_checkin
from bot.features.checkin.kept import KEPT
from bot.features.feature import Feature, Needs


def register(registry: ActionRegistry, needs: Needs) -> None:
    """Register this feature's action (it needs nothing from the app)."""
    registry.register("save_checkin", provides=["low_two_weeks"])(save_checkin)


FEATURE = Feature("checkin", register, KEPT)
