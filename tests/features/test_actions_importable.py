"""Every action of these features is a module-level function: importable and callable alone."""

from __future__ import annotations

import functools
import importlib
from typing import Any

import pytest

from bot.app import build_registry

# Each feature by the package its actions live in.
PACKAGES = {
    "onboarding": "bot.features.onboarding",
    "checkin": "bot.features.checkin",
    "journal": "bot.features.journal",
    "steps": "bot.features.steps",
    "weekly_plan": "bot.features.weekly_plan",
    "gratitude": "bot.features.gratitude",
    "data_rights": "bot.features.data_rights",
    "progress": "bot.features.progress",
    "gethelp": "bot.features.gethelp",
    "safety_plan": "bot.features.safety_plan",
    "prompts": "bot.features.prompts",
    "questionnaires": "bot.features.questionnaires",
    "activities": "bot.features.activities",
    "crisis": "bot.safety",
}
REGISTRY = build_registry()


def functions_of(package: str) -> dict[str, Any]:
    """Return each registered action from the package by name, unwrapped from what binds it."""
    found: dict[str, Any] = {}
    for name in REGISTRY.names:
        run = REGISTRY[name].run
        function = run.func if isinstance(run, functools.partial) else run
        if getattr(function, "__module__", "").startswith(f"{package}."):
            found[name] = function
    return found


@pytest.mark.parametrize("feature", PACKAGES)
def test_each_action_is_importable_from_its_module_by_its_name(feature: str) -> None:
    functions = functions_of(PACKAGES[feature])
    assert functions, f"no action of {feature} found"
    for name, function in functions.items():
        module = importlib.import_module(function.__module__)
        assert getattr(module, function.__qualname__, None) is function, name
