"""Check a set of flows for what would strand or confuse a user, naming file and line."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from bot.engine.actions import ActionRegistry
from bot.engine.conditions import ConditionError, parse
from bot.engine.flow_loader import LoadedFlow, Problem
from bot.engine.flow_model import HEAVY, SKIP_VALUE, UNASKED, Step
from bot.engine.texts import fields_in

MAX_TEXT = 4096  # Telegram's limit for one message
MAX_PAYLOAD = 64  # Telegram's limit for callback data, in bytes
NONCE_LENGTH = 6  # see runtime.new_nonce; payload is "<nonce>:<value>"
RESERVED_COMMANDS = frozenset({"cancel", "resume"})

_Report = Callable[[tuple[str | int, ...], str], Problem]


def edges(step: Step) -> Iterator[tuple[str, tuple[str | int, ...]]]:
    """Yield every step this one can lead to, with the path of the key that names it."""
    for position, rule in enumerate(step.branch):
        yield rule.next, ("branch", position, "next")
    if step.next:
        yield step.next, ("next",)
    if step.ask is not None and step.ask.choice is not None:
        for position, option in enumerate(step.ask.choice):
            if option.next:
                yield option.next, ("ask", "choice", position, "next")
            if option.said_more:
                yield option.said_more, ("ask", "choice", position, "said_more")


def _exits(step: Step) -> bool:
    if step.end or step.flow:
        return True
    choice = step.ask.choice if step.ask is not None else None
    return bool(choice and any(option.flow for option in choice))


def lint(flows: Mapping[str, LoadedFlow], registry: ActionRegistry) -> list[Problem]:
    """Return every problem found across the flows, in file and line order."""
    problems: list[Problem] = []
    commands: dict[str, str] = {}
    for loaded in flows.values():
        problems.extend(_lint_flow(loaded, flows, registry))
        command = loaded.flow.command
        if command in RESERVED_COMMANDS:
            problems.append(
                Problem(loaded.file, loaded.line("command"), f"/{command} is the engine's own")
            )
        elif command is not None and command in commands:
            problems.append(
                Problem(
                    loaded.file,
                    loaded.line("command"),
                    f"command /{command} is already taken by flow {commands[command]!r}",
                )
            )
        elif command is not None:
            commands[command] = loaded.flow.id
    return sorted(problems, key=lambda problem: (problem.file, problem.line, problem.message))


def _lint_flow(
    loaded: LoadedFlow, flows: Mapping[str, LoadedFlow], registry: ActionRegistry
) -> Iterator[Problem]:
    flow, file = loaded.flow, loaded.file

    def problem(path: tuple[str | int, ...], message: str) -> Problem:
        return Problem(file, loaded.line(*path), message)

    if flow.start not in flow.steps:
        yield problem(("start",), f"start step {flow.start!r} does not exist: add it or rename")
    known_names: set[str] = set(flow.takes)
    for step in flow.steps.values():
        if step.save:
            known_names.add(step.save)
        if step.ask is not None and step.ask.text is not None:
            known_names.update((HEAVY, UNASKED))  # the engine marks writing found heavy
        if step.call and step.call in flows:
            known_names.update(flows[step.call].flow.returns)
        for name in step.do:
            if name in registry:
                known_names.update(registry[name].provides)

    for name, step in flow.steps.items():
        at = ("steps", name)
        for target, path in edges(step):
            if target not in flow.steps:
                yield problem(
                    (*at, *path), f"step {name!r} leads to {target!r}, which is not a step here"
                )
        handovers: list[tuple[str | None, tuple[str | int, ...]]] = [
            (step.flow, (*at, "flow")),
            (step.call, (*at, "call")),
        ]
        if step.ask is not None and step.ask.choice is not None:
            handovers += [
                (option.flow, (*at, "ask", "choice", i, "flow"))
                for i, option in enumerate(step.ask.choice)
            ]
        for target_flow, path in handovers:
            if target_flow is not None and target_flow not in flows:
                yield problem(path, f"flow {target_flow!r} does not exist: add it or fix the id")
        for position, action in enumerate(step.do):
            if action not in registry:
                known = ", ".join(sorted(registry.names)) or "none"
                yield problem(
                    (*at, "do", position) if len(step.do) > 1 else (*at, "do"),
                    f"unknown action {action!r}; registered actions: {known}",
                )
        for position, rule in enumerate(step.branch):
            where = (*at, "branch", position, "when")
            try:
                condition = parse(rule.when)
            except ConditionError as error:
                yield problem(where, str(error))
                continue
            for unknown in sorted(condition.names - known_names):
                yield problem(
                    where, f"condition reads {unknown!r}, which no step saves and no action sets"
                )
        if step.branch and not step.next and step.ask is None:
            yield problem(at, f"step {name!r} branches with no fallback 'next' if nothing holds")
        if step.ask is not None and step.ask.choice is not None and not (step.next or step.branch):
            for i, option in enumerate(step.ask.choice):
                if not (option.next or option.flow):
                    yield problem(
                        (*at, "ask", "choice", i),
                        f"option {option.label!r} leads nowhere: give it next or flow, "
                        "or give the step a next",
                    )
        source = step.ask.text.suggest_from if step.ask and step.ask.text else None
        if source is not None and source not in known_names:
            yield problem(
                (*at, "ask", "text", "suggest_from"),
                f"suggestions come from {source!r}, which no step saves and no action sets",
            )
        if step.ask is not None and step.ask.text is not None and step.ask.text.skip is not None:
            yield from _payload_problem(problem, (*at, "ask", "text", "skip"), SKIP_VALUE)
        if step.ask is not None and step.ask.choice is not None:
            for i, option in enumerate(step.ask.choice):
                yield from _payload_problem(
                    problem, (*at, "ask", "choice", i, "value"), option.value
                )
        for position, text in enumerate(step.say):
            for unknown in sorted(fields_in(text) - known_names):
                yield problem(
                    (*at, "say", position) if len(step.say) > 1 else (*at, "say"),
                    f"{{{unknown}}} is shown as written: no step saves it and no action sets it",
                )
            if len(text) > MAX_TEXT:
                yield problem(
                    (*at, "say", position) if len(step.say) > 1 else (*at, "say"),
                    f"text is {len(text)} characters; Telegram takes at most {MAX_TEXT}",
                )

    yield from _values_read(loaded, flows, registry)
    yield from _reachability(loaded)


def _values_read(
    loaded: LoadedFlow, flows: Mapping[str, LoadedFlow], registry: ActionRegistry
) -> Iterator[Problem]:
    """An action that compares an answer with a value no question here offers never sees it."""
    offered: dict[str, set[str]] = {}
    for step in loaded.flow.steps.values():
        sources: list[tuple[Step, tuple[str, ...] | None]] = [(step, None)]
        if step.call is not None and step.call in flows:  # what a called flow hands back
            called = flows[step.call].flow
            sources += [(s, called.returns) for s in called.steps.values()]
        for source, kept in sources:
            ask, save = source.ask, source.save
            if save and ask is not None and ask.choice is not None and save in (kept or [save]):
                offered.setdefault(save, set()).update(o.value for o in ask.choice)
    for name, step in loaded.flow.steps.items():
        for action in step.do:
            if action not in registry:
                continue
            for answer, values in registry[action].reads.items():
                for value in sorted(values - offered.get(answer, set())):
                    yield Problem(
                        loaded.file,
                        loaded.line("steps", name, "do"),
                        f"action {action!r} reads {answer} = {value!r}, "
                        "which no question here offers",
                    )


def _payload_problem(
    problem: _Report, path: tuple[str | int, ...], value: str
) -> Iterator[Problem]:
    size = NONCE_LENGTH + 1 + len(value.encode("utf-8"))
    if size > MAX_PAYLOAD:
        yield problem(
            path,
            f"button payload would be {size} bytes; Telegram takes at most {MAX_PAYLOAD}: "
            "shorten the value",
        )


def _reachability(loaded: LoadedFlow) -> Iterator[Problem]:
    flow = loaded.flow
    if flow.start not in flow.steps:
        return
    reached = {flow.start}
    frontier = [flow.start]
    while frontier:
        step = flow.steps[frontier.pop()]
        for target, _ in edges(step):
            if target in flow.steps and target not in reached:
                reached.add(target)
                frontier.append(target)
    for name in flow.steps:
        if name not in reached:
            yield Problem(
                loaded.file,
                loaded.line("steps", name),
                f"step {name!r} is unreachable from {flow.start!r}: link to it or remove it",
            )

    leads_out = {name for name, step in flow.steps.items() if _exits(step)}
    changed = True
    while changed:
        changed = False
        for name, step in flow.steps.items():
            if name not in leads_out and any(t in leads_out for t, _ in edges(step)):
                leads_out.add(name)
                changed = True
    for name, step in flow.steps.items():
        if name in leads_out or any(t not in flow.steps for t, _ in edges(step)):
            continue  # a step that leads to a missing one is reported as such
        if next(edges(step), None) is None:
            message = f"step {name!r} has no way out: add next, branch, flow or 'end: true'"
        else:
            message = f"step {name!r} can never reach an end: every path from it loops back"
        yield Problem(loaded.file, loaded.line("steps", name), message)
