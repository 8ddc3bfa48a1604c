"""What the crisis path asks of the flow runtime: drafts kept, answers told from disclosures."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, timedelta

from bot.engine.answers import Vocabulary, parse_scale
from bot.engine.events import Event, EventKind
from bot.engine.flow_model import DRAFT, HELD, HELD_IN, Flow, Step
from bot.engine.questions import chosen
from bot.engine.session import Answer, Frame, Session
from bot.engine.turn import Turn

# After a "no" to the direct question, the model's unsure verdicts don't ask it again for
# this long: the rest of a day's conversation. Rules and confident verdicts always act.
SAID_NO_HOLDS = timedelta(hours=12)
MAX_HELD = 4096  # a Telegram message's most: what someone wrote is held whole
MAX_TAP_WORDS = 5  # "more than half the days": longer, and it says more than a tap would


def _step(flows: Mapping[str, Flow], frame: Frame) -> Step:
    return flows[frame.flow_id].steps[frame.step]


def keep_draft(flows: Mapping[str, Flow], turn: Turn, text: str) -> bool:
    """Keep text typed at a free-text question as a draft of its answer; True if kept."""
    frame = turn.session.active
    ask = _step(flows, frame).ask if frame is not None else None
    if frame is None or ask is None or ask.text is None or not text.strip():
        return False
    draft = text.strip()[: ask.text.max_length]
    turn.session = replace(turn.session, active=frame.with_answer(DRAFT, draft))
    return True


def held(session: Session, event: Event) -> dict[str, Answer] | None:
    """Return what someone typed when the screen interrupted them, and where, to hand back
    once they have answered (only flows that take it get it: the direct question)."""
    if event.kind is not EventKind.TEXT or not event.text.strip():
        return None
    where = session.active.flow_id if session.active is not None else ""
    return {HELD: event.text[:MAX_HELD], HELD_IN: where}


def takes_as_answer(
    flows: Mapping[str, Flow], session: Session, text: str, vocabulary: Vocabulary
) -> bool:
    """Return whether text answers the choice asked in a safety flow (not a new message)."""
    frame = session.active
    if frame is None or not flows[frame.flow_id].safety:
        return False
    place = (frame.flow_id, frame.step)
    return chosen(_step(flows, frame).ask, place, text, vocabulary, careful=True) is not None


def asks_for_writing(flows: Mapping[str, Flow], session: Session) -> bool:
    """Return whether the active step asks for free text outside the crisis path."""
    frame = session.active
    if frame is None or flows[frame.flow_id].safety:
        return False
    ask = _step(flows, frame).ask
    return ask is not None and ask.text is not None


def asks_for_means(flows: Mapping[str, Flow], session: Session) -> bool:
    """Return whether the active step asks what could be put away (means are its answer)."""
    frame = session.active
    ask = _step(flows, frame).ask if frame is not None else None
    return ask is not None and ask.text is not None and ask.text.names_means


def answers_the_question(
    flows: Mapping[str, Flow], session: Session, text: str, vocabulary: Vocabulary
) -> bool:
    """Return whether text is an answer to the choice or scale being asked ("several days",
    "sometimes", "7/10"), as a tap would be; never true at a step that only asks to go on."""
    frame = session.active
    ask = _step(flows, frame).ask if frame is not None else None
    if frame is None or ask is None or len(text.split()) > MAX_TAP_WORDS:
        return False  # an answer that says more ("yeah, and ...") is read as a message
    if ask.choice is not None and len(ask.choice) > 1:
        place = (frame.flow_id, frame.step)
        return chosen(ask, place, text, vocabulary, careful=ask.careful) is not None
    if ask.scale is not None:
        score = parse_scale(text, ask.scale.min, ask.scale.max, vocabulary)
        return score is not None and ask.scale.min <= score.value <= ask.scale.max
    return False


def said_no_lately(session: Session, now: datetime) -> bool:
    """Return whether they answered no to the direct question within `SAID_NO_HOLDS`."""
    if not session.said_no_at:
        return False
    try:
        said = datetime.fromisoformat(session.said_no_at)
        return timedelta(0) <= now - said < SAID_NO_HOLDS
    except (TypeError, ValueError):  # not a time with its zone: it holds nothing, so ask
        return False
