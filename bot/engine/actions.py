"""Actions a flow may run by name: only those registered here, never an import path."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field

from bot.clock import Clock
from bot.engine.events import Reply
from bot.engine.session import Answer
from bot.storage.protocol import Transaction
from bot.storage.records import UserRecord


@dataclass(frozen=True, slots=True)
class ActionContext:
    """What an action may see and touch: the user, their answers, the open transaction."""

    user_id: int
    flow_id: str
    answers: Mapping[str, Answer]
    tx: Transaction
    clock: Clock
    user: UserRecord | None = None
    channel: str = "telegram"  # where the user reads us: "telegram" or "terminal"
    language: str = ""  # the person's app language, to guess their country in a crisis


@dataclass(frozen=True, slots=True)
class ActionResult:
    """What an action gives back: replies, answers to add to the flow, the user as changed."""

    replies: tuple[Reply, ...] = ()
    answers: Mapping[str, Answer] = field(default_factory=dict)
    user: UserRecord | None = None
    forget_session: bool = False  # the user was erased: keep nothing of where they were
    # True: they answered no to the direct question about suicide; False: that no no
    # longer holds (they said yes, or the crisis path began); None: nothing to note.
    said_no: bool | None = None


ActionFn = Callable[[ActionContext], Awaitable[ActionResult]]


@dataclass(frozen=True, slots=True)
class Action:
    """A registered action, the answer names it provides to later conditions, and the
    answer values it reads (each must be one a question in its flow offers)."""

    name: str
    run: ActionFn
    provides: frozenset[str] = frozenset()
    reads: Mapping[str, frozenset[str]] = field(default_factory=dict)


class ActionRegistry:
    """The closed set of names flows may call."""

    def __init__(self, actions: Iterable[Action] = ()) -> None:
        self._actions: dict[str, Action] = {}
        for action in actions:
            self.add(action)

    def add(self, action: Action) -> None:
        """Register an action; a name is registered once."""
        if action.name in self._actions:
            raise ValueError(f"action {action.name!r} is registered twice")
        self._actions[action.name] = action

    def register(
        self,
        name: str,
        provides: Iterable[str] = (),
        reads: Mapping[str, Iterable[str]] | None = None,
    ) -> Callable[[ActionFn], ActionFn]:
        """Register the decorated coroutine function under ``name``."""
        values = {answer: frozenset(given) for answer, given in (reads or {}).items()}

        def decorate(run: ActionFn) -> ActionFn:
            self.add(Action(name, run, frozenset(provides), values))
            return run

        return decorate

    def __contains__(self, name: object) -> bool:
        return name in self._actions

    def __getitem__(self, name: str) -> Action:
        return self._actions[name]

    @property
    def names(self) -> frozenset[str]:
        """Return every registered name."""
        return frozenset(self._actions)
