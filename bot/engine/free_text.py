"""Free text with no question waiting but the menu's: where it leads, never bounced.

A choice of the menu is taken as usual (None here). A feeling ("i feel so numb today")
starts a check-in with that word already chosen; a question about a topic we have a short
answer for ("what is DBT?") gets it; asking for something we do ("i want to journal")
starts it; "hi" a hello and "thanks" a you're welcome; anything
else gets three suggestions. Nothing typed is stored on any of these paths: only a wheel
word the person's words were matched to.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, field

from bot.engine.answers import Vocabulary, match_option
from bot.engine.flow_model import Ask
from bot.engine.session import Answer
from bot.engine.wording import normalise

CHECKIN_FLOW = "checkin"  # where a feeling leads, with "family" and "feeling" answered
ANSWER_FLOW = "asked"  # a short answer, in "answer", a lesson to say more, and ways on
IDLE_FLOW = "idle"  # three suggestions for anything else
FLOWS = frozenset({ANSWER_FLOW, IDLE_FLOW})  # resting places, like the menu
SMALL_TALK = ("greeting", "thanks")  # words whose group answers them (data/answers.yaml)


@dataclass(frozen=True, slots=True)
class Lead:
    """The flow free text leads to, its first answers, and the engine's words said first."""

    flow: str
    answers: dict[str, Answer] = field(default_factory=dict)
    say: str = ""
    fields: dict[str, object] = field(default_factory=dict)


def lead(
    text: str,
    ask: Ask | None,
    vocabulary: Vocabulary,
    flows: Container[str],
    *,
    heavy: bool = False,
) -> Lead | None:
    """Return where free text leads; None when it answers the waiting choice, or no flow fits.

    ``heavy``: the screen found the words heavy without interrupting; the suggestions say so.
    """
    chosen = (
        ask is not None and ask.choice is not None and match_option(ask.choice, text, vocabulary)
    )
    if chosen:
        return None
    named = vocabulary.feeling(text)
    if named is not None and CHECKIN_FLOW in flows:
        family, word = named
        answers: dict[str, Answer] = {"family": family, "feeling": word}
        return Lead(CHECKIN_FLOW, answers, "feeling_heard", {"feeling": word, "family": family})
    topic = vocabulary.topic_of(text)
    if topic is not None and ANSWER_FLOW in flows:
        _, answer, lesson = topic
        return Lead(ANSWER_FLOW, {"answer": answer, "lesson": lesson})
    wanted = None if heavy else vocabulary.wanted_flow(text)
    if wanted is not None and wanted in flows:  # "i want to journal": there at once
        return Lead(wanted)
    if IDLE_FLOW not in flows:
        return None
    if heavy:
        return Lead(IDLE_FLOW, {"heavy": True})
    said = normalise(text)
    for kind in SMALL_TALK:  # "hi", "thanks": a word back, not "I can't follow free writing"
        if said in vocabulary.means.get(kind, frozenset()):
            return Lead(IDLE_FLOW, {kind: True})
    return Lead(IDLE_FLOW)
