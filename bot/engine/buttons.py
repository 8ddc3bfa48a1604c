"""What a pressed button means at the current step: an answer, or nothing (stale or forged).

A button's payload is ``<nonce>:<value>``; the nonce is the question's, so a button from an
older question, another chat or a forged payload is never read as an answer.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.engine.answers import NUMBER
from bot.engine.events import payload, split_payload
from bot.engine.flow_model import DRAFT, DRAFT_VALUE, SKIP_VALUE, SUGGESTION, Option, Step
from bot.engine.questions import suggestions
from bot.engine.session import Answer, Frame

SYSTEM = "sys"  # nonce of the engine's own buttons
RESUME = payload(SYSTEM, "resume")
DROP = payload(SYSTEM, "drop")


@dataclass(frozen=True, slots=True)
class Pressed:
    """The answer a button gives: its value and, for a choice, the option."""

    value: Answer
    option: Option | None = None


def read_button(step: Step, frame: Frame, data: str) -> Pressed | None:
    """Return the answer a payload gives at this step; None if it is not this question's."""
    nonce, value = split_payload(data)
    if not frame.nonce or nonce != frame.nonce:
        return None
    ask = step.ask
    if ask is None:
        return None
    if ask.choice is not None:
        option = next((o for o in ask.choice if o.value == value), None)
        return None if option is None else Pressed(option.value, option)
    if ask.scale is not None:
        number = int(value) if NUMBER.fullmatch(value) else None
        if number is None or not ask.scale.min <= number <= ask.scale.max:
            return None
        return Pressed(number)
    if ask.text is None:
        return None
    if ask.text.skip is not None and value == SKIP_VALUE:
        return Pressed(None)
    if value == DRAFT_VALUE and DRAFT in frame.answers:
        return Pressed(frame.answers[DRAFT])
    if value.startswith(SUGGESTION):
        offered = suggestions(step, frame)
        position = value.removeprefix(SUGGESTION)
        if position.isascii() and position.isdigit() and int(position) < len(offered):
            return Pressed(offered[int(position)])
    return None
