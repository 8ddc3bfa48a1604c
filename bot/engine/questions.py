"""Questions: how a step's question is shown, and how typed answers to it are read."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.engine.events import Choice, Reply
from bot.engine.flow_model import DRAFT, DRAFT_VALUE, SKIP_VALUE, SUGGESTION, Ask, Option, Step
from bot.engine.session import Answer, Frame
from bot.engine.texts import Texts

NUMBER = re.compile(r"-?\d+")
_SCORE = re.compile(r"(-?\d+)\s*(?:(?:/|out of)\s*(\d+))?\s*[.!]?", re.IGNORECASE)


def question(step: Step, frame: Frame, text: str, nonce: str, texts: Texts) -> Reply:
    """Return a step's question as one reply: its text last, its buttons under it."""
    ask = step.ask
    assert ask is not None
    if ask.choice is not None:
        choices = tuple(Choice(o.label, f"{nonce}:{o.value}") for o in ask.choice)
    elif ask.scale is not None:
        scale = ask.scale
        if scale.low or scale.high:
            text += "\n\n" + texts.get(
                "scale_hint", min=scale.min, max=scale.max, low=scale.low, high=scale.high
            )
        choices = tuple(Choice(str(n), f"{nonce}:{n}") for n in range(scale.min, scale.max + 1))
    elif ask.text is not None:
        choices = tuple(
            Choice(label, f"{nonce}:{SUGGESTION}{position}")
            for position, label in enumerate(suggestions(step, frame))
        )
        if DRAFT in frame.answers:
            choices = (Choice(texts.get("use_draft"), f"{nonce}:{DRAFT_VALUE}"), *choices)
        if ask.text.skip:
            choices += (Choice(ask.text.skip, f"{nonce}:{SKIP_VALUE}"),)
    else:
        choices = ()
    return Reply(text, choices)


def suggestions(step: Step, frame: Frame) -> list[str]:
    """Return the suggestion buttons of a text question: fixed, or saved by an action."""
    ask = step.ask.text if step.ask is not None else None
    if ask is None:
        return []
    if ask.suggest_from:
        saved = frame.answers.get(ask.suggest_from)
        return [str(item) for item in saved] if isinstance(saved, list) else []
    return list(ask.suggest)


def parse_scale(text: str, top: int) -> int | None:
    """Read a typed score: "7", "7/10", "7 out of 10", or one number in a short phrase."""
    match = _SCORE.fullmatch(text.strip())
    if match is not None:
        out_of = match.group(2)
        return int(match.group(1)) if out_of is None or int(out_of) == top else None
    numbers = NUMBER.findall(text)
    return int(numbers[0]) if len(numbers) == 1 and len(text) <= 40 else None


def match_option(options: tuple[Option, ...], text: str) -> Option | None:
    """Match typed text to an option by number, label or value."""
    wanted = " ".join(text.split()).casefold().rstrip(".!")
    if wanted.isdigit() and 1 <= int(wanted) <= len(options):
        return options[int(wanted) - 1]
    for option in options:
        if wanted in {option.label.casefold(), option.value.casefold()}:
            return option
    return None


@dataclass(frozen=True, slots=True)
class Typed:
    """What typed text means to a question: an answer, or the words that ask again."""

    value: Answer = None
    option: Option | None = None
    again: str = ""  # the engine's words for asking again ("reask_choice")
    note: str = ""  # the engine's words said before going on ("text_kept_part")
    fields: dict[str, object] = field(default_factory=dict)


def read_typed(ask: Ask, text: str) -> Typed:
    """Read text typed in answer to a question."""
    if ask.choice is not None:
        option = match_option(ask.choice, text)
        return Typed(again="reask_choice") if option is None else Typed(option.value, option)
    if ask.scale is not None:
        number = parse_scale(text, ask.scale.max)
        if number is None or not ask.scale.min <= number <= ask.scale.max:
            return Typed(again="reask_scale", fields={"min": ask.scale.min, "max": ask.scale.max})
        return Typed(number)
    assert ask.text is not None
    kept, limit = text.strip(), ask.text.max_length
    if len(kept) <= limit:
        return Typed(kept)
    if ask.text.too_long == "ask":
        return Typed(again="text_too_long", fields={"max": limit})
    return Typed(kept[:limit].rstrip(), note="text_kept_part", fields={"max": limit})
