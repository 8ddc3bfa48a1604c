"""Every action of these features is a module-level function: importable and callable alone."""

from __future__ import annotations

import functools
import importlib
from typing import Any

import pytest

from bot.app import build_registry

# The features whose actions are plain functions (activities, gethelp, safety_plan, prompts and
# the crisis path still register closures).
FEATURES = (
    "onboarding",
    "checkin",
    "journal",
    "steps",
    "weekly_plan",
    "gratitude",
    "data_rights",
    "progress",
)
REGISTRY = build_registry()


def functions_of(feature: str) -> dict[str, Any]:
    """Return each registered action of the feature by name, unwrapped from what binds it."""
    found: dict[str, Any] = {}
    for name in REGISTRY.names:
        run = REGISTRY[name].run
        function = run.func if isinstance(run, functools.partial) else run
        if getattr(function, "__module__", "").startswith(f"bot.features.{feature}."):
            found[name] = function
    return found


@pytest.mark.parametrize("feature", FEATURES)
def test_each_action_is_importable_from_its_module_by_its_name(feature: str) -> None:
    functions = functions_of(feature)
    assert functions, f"no action of {feature} found"
    for name, function in functions.items():
        module = importlib.import_module(function.__module__)
        assert getattr(module, function.__qualname__, None) is function, name
