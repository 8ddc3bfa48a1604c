"""A user's place in the conversation: the active flow, and flows put aside for later."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

Answer = str | int | float | bool | list[str] | None

MAX_SUSPENDED = 3  # flows put aside by the user, to resume
MAX_CALLERS = 8  # flows waiting for the one they called: deeper nesting drops the oldest
# Set on a flow put aside once the person was asked, after another flow ended, whether to
# carry on with it: asked once, not after every command (/resume brings it back). Put
# aside again later, it is a new pause and is offered again.
OFFERED = "_offered"


@dataclass(frozen=True, slots=True)
class Frame:
    """Where a user is in one flow: flow id and version, step, answers, the live button nonce."""

    flow_id: str
    version: int
    step: str
    answers: dict[str, Answer] = field(default_factory=dict)
    nonce: str = ""
    # The flows that called this one, oldest first, each waiting at ``step`` (not yet
    # entered) for it to end. They go wherever this frame goes: put aside, resumed, cancelled.
    callers: tuple[Frame, ...] = ()

    def with_answer(self, name: str, value: Answer) -> Frame:
        """Return this frame with one more saved answer."""
        return replace(self, answers={**self.answers, name: value})

    def calling(self, callee: Frame) -> Frame:
        """Return ``callee`` with this frame (and those waiting for it) waiting for it."""
        waiting = replace(self, nonce="", callers=())
        return replace(callee, callers=(*self.callers, waiting)[-MAX_CALLERS:])

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready form."""
        return {
            "flow": self.flow_id,
            "version": self.version,
            "step": self.step,
            "answers": self.answers,
            "nonce": self.nonce,
            **({"callers": [c.to_dict() for c in self.callers]} if self.callers else {}),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Frame:
        """Rebuild a frame from its JSON form."""
        return cls(
            flow_id=str(data["flow"]),
            version=int(data["version"]),
            step=str(data["step"]),
            answers=dict(data.get("answers") or {}),
            nonce=str(data.get("nonce") or ""),
            callers=tuple(cls.from_dict(caller) for caller in data.get("callers") or ()),
        )


@dataclass(frozen=True, slots=True)
class Session:
    """The active frame, and up to three put aside (the newest last); each frame carries
    its own callers, so neither limit can drop what the other keeps."""

    active: Frame | None = None
    suspended: tuple[Frame, ...] = ()
    # When the person last answered "no" to the direct question about thoughts of suicide
    # (UTC, ISO 8601): for a while after, the model's unsure verdicts don't ask it again.
    said_no_at: str | None = None
    # The last reply asked whether to carry on with the newest flow put aside: a typed
    # "yes" or "no" answers it in the next event only, never later at the menu.
    offer_open: bool = False

    def suspend_active(self) -> Session:
        """Put the active flow aside so another can run."""
        if self.active is None:
            return self
        kept = tuple(f for f in self.suspended if f.flow_id != self.active.flow_id)
        answers = {k: v for k, v in self.active.answers.items() if k != OFFERED}
        aside = replace(self.active, answers=answers)
        return replace(self, active=None, suspended=(*kept, aside)[-MAX_SUSPENDED:])

    def offered(self) -> Session:
        """Mark the newest flow put aside as offered to carry on with, just now."""
        *rest, aside = self.suspended
        marked = replace(aside, answers={**aside.answers, OFFERED: True})
        return replace(self, suspended=(*rest, marked), offer_open=True)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready form."""
        return {
            "active": self.active.to_dict() if self.active else None,
            "suspended": [frame.to_dict() for frame in self.suspended],
            **({"said_no_at": self.said_no_at} if self.said_no_at else {}),
            **({"offer_open": True} if self.offer_open else {}),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Session:
        """Rebuild a session from its JSON form (an empty one from None)."""
        if not data:
            return cls()
        active = Frame.from_dict(data["active"]) if data.get("active") else None
        # Sessions saved before callers lived in their frame kept them in the suspended list,
        # marked "returning", just below the frame they called.
        suspended: list[Frame] = []
        waiting: list[Frame] = []
        for item in data.get("suspended") or ():
            frame = Frame.from_dict(item)
            if item.get("returning"):
                waiting.append(frame)
                continue
            suspended.append(replace(frame, callers=(*waiting, *frame.callers)))
            waiting = []
        if waiting and active is not None:
            active = replace(active, callers=(*waiting, *active.callers))
        elif waiting:  # a caller whose callee had ended: it is resumed at its waiting step
            suspended.append(replace(waiting[-1], callers=tuple(waiting[:-1])))
        said_no_at = data.get("said_no_at")
        return cls(
            active,
            tuple(suspended),
            said_no_at if isinstance(said_no_at, str) else None,
            data.get("offer_open") is True,
        )
