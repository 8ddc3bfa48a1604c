"""A user's place in the conversation: the active flow, and flows put aside for later."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

Answer = str | int | float | bool | list[str] | None

MAX_SUSPENDED = 3


@dataclass(frozen=True, slots=True)
class Frame:
    """Where a user is in one flow: flow id and version, step, answers, the live button nonce."""

    flow_id: str
    version: int
    step: str
    answers: dict[str, Answer] = field(default_factory=dict)
    nonce: str = ""
    returning: bool = False  # a caller waiting at ``step`` for the flow it called to end

    def with_answer(self, name: str, value: Answer) -> Frame:
        """Return this frame with one more saved answer."""
        return replace(self, answers={**self.answers, name: value})

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready form."""
        return {
            "flow": self.flow_id,
            "version": self.version,
            "step": self.step,
            "answers": self.answers,
            "nonce": self.nonce,
            **({"returning": True} if self.returning else {}),
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
            returning=bool(data.get("returning")),
        )


@dataclass(frozen=True, slots=True)
class Session:
    """The active frame, and up to three suspended ones (the newest last)."""

    active: Frame | None = None
    suspended: tuple[Frame, ...] = ()

    def suspend_active(self) -> Session:
        """Put the active flow aside so another can run."""
        if self.active is None:
            return self
        kept = tuple(f for f in self.suspended if f.flow_id != self.active.flow_id)
        return Session(None, (*kept, self.active)[-MAX_SUSPENDED:])

    def without_callers(self) -> Session:
        """Drop the callers waiting on top of the suspended stack (their callee is gone)."""
        kept = list(self.suspended)
        while kept and kept[-1].returning:
            kept.pop()
        return Session(self.active, tuple(kept))

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready form."""
        return {
            "active": self.active.to_dict() if self.active else None,
            "suspended": [frame.to_dict() for frame in self.suspended],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Session:
        """Rebuild a session from its JSON form (an empty one from None)."""
        if not data:
            return cls()
        active = data.get("active")
        return cls(
            active=Frame.from_dict(active) if active else None,
            suspended=tuple(Frame.from_dict(frame) for frame in data.get("suspended") or ()),
        )
