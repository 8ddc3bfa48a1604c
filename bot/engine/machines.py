"""One `transitions` machine per flow version, shared by every user, holding no user state."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from transitions import EventData, Machine

from bot.engine.conditions import parse
from bot.engine.flow_model import Flow, said_more
from bot.engine.session import Answer

ADVANCE = "advance"


def pick_trigger(value: str) -> str:
    """Return the trigger name for choosing an option that has its own next step."""
    return f"pick:{value}"


@dataclass(slots=True)
class Cursor:
    """The throwaway model a machine moves for one event: a step and the answers so far."""

    state: str
    answers: Mapping[str, Answer]


def _guard(source: str) -> Callable[[EventData], bool]:
    condition = parse(source)

    def holds(event: EventData) -> bool:
        cursor = event.model
        assert isinstance(cursor, Cursor)
        return condition(cursor.answers)

    return holds


def build_machine(flow: Flow) -> Machine:
    """Build the machine for a flow: states are steps, triggers are the ways on."""
    transitions: list[dict[str, Any]] = []
    for name, step in flow.steps.items():
        for rule in step.branch:
            transitions.append(
                {
                    "trigger": ADVANCE,
                    "source": name,
                    "dest": rule.next,
                    "conditions": [_guard(rule.when)],
                }
            )
        if step.next:
            transitions.append({"trigger": ADVANCE, "source": name, "dest": step.next})
        if step.ask is not None and step.ask.choice is not None:
            for option in step.ask.choice:
                ways = (option, said_more(option)) if option.said_more else (option,)
                transitions.extend(
                    {"trigger": pick_trigger(way.value), "source": name, "dest": way.next}
                    for way in ways
                    if way.next
                )
    return Machine(
        model=None,
        states=list(flow.steps),
        transitions=transitions,
        initial=flow.start,
        auto_transitions=False,
        send_event=True,
        ignore_invalid_triggers=True,
    )


class Machines:
    """Machines by (flow id, version), built once and shared."""

    def __init__(self) -> None:
        self._machines: dict[tuple[str, int], Machine] = {}

    def for_flow(self, flow: Flow) -> Machine:
        """Return the machine for this flow version, building it on first use."""
        key = (flow.id, flow.version)
        machine = self._machines.get(key)
        if machine is None:
            machine = self._machines[key] = build_machine(flow)
        return machine

    def move(
        self, flow: Flow, step: str, trigger: str, answers: Mapping[str, Answer]
    ) -> str | None:
        """Fire ``trigger`` from ``step``; return the step reached, or None if none applies."""
        event = self.for_flow(flow).events.get(trigger)
        if event is None:
            return None
        cursor = Cursor(step, answers)
        # A shared machine fires an event on a model it does not keep: no per-user state.
        fired = event.trigger(cursor)
        return cursor.state if fired else None
