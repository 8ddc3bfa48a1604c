"""The shape of a flow file, validated into frozen types."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

_NAME = r"^[a-z][a-z0-9_]*$"
SKIP_VALUE = "~skip"
SUGGESTION = "~s"  # a suggestion button's value is this and its position: "~s0", "~s1"...
DRAFT_VALUE = "~draft"  # the button that uses a draft kept when the crisis screen interrupted
DRAFT = "_draft"  # where a frame keeps that draft among its answers
SAID_MORE = "~more"  # after an option's value: the trigger for that answer said with more
# What someone wrote when the crisis screen's question interrupted them, and the flow they
# wrote it in: a flow of the crisis path that takes them reads the words back to what was
# running once the person has answered (a step with ``hand_back``), so they are not lost.
HELD = "held"
HELD_IN = "held_in"
# Set among a flow's answers when writing it asked for held words the crisis screen found
# heavy without asking about them: the flow can hear them when it saves ("when: heavy").
HEAVY = "heavy"
# Set beside HEAVY when the screen was unsure about suicide in that writing and no "no" to
# the direct question was given lately: the flow asks it once the writing is saved
# ("when: heavy_unasked"), never in the middle of it.
UNASKED = "heavy_unasked"
# Set on a question about safety that was left open and asked once more: never asked twice.
CAME_BACK = "_came_back"


def _as_tuple(value: Any) -> Any:
    """Accept one string or a list of strings."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return value


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=False)


class Option(_Frozen):
    """One button of a choice: its label, the value saved, and where it leads.

    The value is written out, never derived from the label: what is stored, and the key a
    translation of the label is found by, must not change when the English wording does,
    and a label in another language has no English words to make a value of.

    ``said_more`` names the step a careful question goes on to when a typed reply starts
    with this option's words and goes on ("not really.. just tired of everything" at "are
    you having thoughts of suicide?"): on the crisis path such a "no" is neither taken as
    a clean one nor asked again as if nothing had been said. The option's value is kept.
    """

    label: Annotated[str, Field(min_length=1)]
    value: Annotated[str, Field(min_length=1)]
    next: str | None = None
    flow: str | None = None
    said_more: str | None = None

    @model_validator(mode="after")
    def _leads_one_way(self) -> Option:
        if self.next and self.flow:
            raise ValueError("an option leads either to a step (next) or a flow (flow), not both")
        return self


def said_more(option: Option) -> Option:
    """Return the way on for this option said with more than it (``Option.said_more``): its
    own trigger, to the step named there."""
    return Option(label=option.label, value=f"{option.value}{SAID_MORE}", next=option.said_more)


class ScaleAsk(_Frozen):
    """A whole number between ``min`` and ``max``, with words for both ends."""

    min: int = 0
    max: int = 10
    low: str = ""
    high: str = ""

    @model_validator(mode="after")
    def _ordered(self) -> ScaleAsk:
        if self.max <= self.min:
            raise ValueError(f"scale max ({self.max}) must be greater than min ({self.min})")
        if self.max - self.min > 20:
            raise ValueError("a scale has at most 21 points; use a smaller range")
        return self


class TextAsk(_Frozen):
    """Free text, up to ``max_length`` characters, with an optional skip button label.

    Suggestions are buttons that answer with their own label, as if it had been typed:
    fixed ones (``suggest``), or a list an action saved under the name ``suggest_from``.
    Text over ``max_length`` is asked for again (``too_long: ask``), or for writing, where
    nothing typed should be lost, kept as far as it fits, with a word (``too_long: keep``).
    Typed text that is the skip button's label, or is said in the words of a value in
    ``skip_means`` (``data/answers.yaml``: "no thanks" to a reminder), skips.
    ``names_means`` marks a question that asks what could be put away (medicines, sharp
    things): a verdict raised only by means named there, with no intent, is its answer.
    ``numbered``: a number typed picks the suggestion at that place.
    ``reads_short``: a short reply that is no answer is read, not kept: "huh" or "?" asks
    again, "go back" says a step back can't be taken, "cancel" or "stop" leaves; for the
    parts of a plan, where a stray word kept would be read back in a crisis. Never for
    writing (a journal, a note), where any word may be what someone meant.
    """

    max_length: Annotated[int, Field(gt=0, le=4000)] = 2000
    too_long: Literal["ask", "keep"] = "ask"
    skip: str | None = None
    skip_means: tuple[Annotated[str, Field(pattern=_NAME)], ...] = ()
    suggest: tuple[Annotated[str, Field(min_length=1)], ...] = ()
    suggest_from: Annotated[str, Field(pattern=_NAME)] | None = None
    names_means: bool = False
    # A number typed picks the suggestion at that place ("1": the first time zone offered),
    # as a number picks a button everywhere; off where a number means something else (a
    # journal entry's own number, a time).
    numbered: bool = False
    reads_short: bool = False

    _coerce = field_validator("skip_means", mode="before")(_as_tuple)

    @model_validator(mode="after")
    def _skip_said(self) -> TextAsk:
        if self.skip_means and not self.skip:
            raise ValueError("'skip_means' needs 'skip': the button those words stand for")
        return self


class Ask(_Frozen):
    """What a step asks: exactly one of a choice, a scale or free text.

    ``careful`` marks a question on the crisis path (thoughts of suicide, harm): typed, it
    takes only the words of its own options, never a soft no ("not now") or any text. Every
    question of a ``safety`` flow is read so. ``direct`` marks questions of fact (the direct
    questions about thoughts of suicide and acting on them, /gethelp's "are you drinking
    more to cope?"): "ok", "sure" or "vale" typed at them agree to being asked, and answer
    nothing, so they are asked again in other words, never taken as a yes.
    ``writes_into`` names the option that sentences typed at a choice, answering none of its
    buttons, pick: they were written to be kept (an entry typed at the journal's "which
    kind of writing?"), and go on to the writing question it leads to, as its draft.
    ``otherwise`` names the option words typed there pick when they answer no button and
    turn nothing round ("my coffee", "warm, a bit bitter" at savouring's "name three
    details to yourself, then Next"): what is typed is the doing asked for; none is kept.
    """

    choice: tuple[Option, ...] | None = None
    scale: ScaleAsk | None = None
    text: TextAsk | None = None
    careful: bool = False
    direct: bool = False
    writes_into: str | None = None
    otherwise: str | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Ask:
        given = [name for name in ("choice", "scale", "text") if getattr(self, name) is not None]
        if len(given) != 1:
            raise ValueError("ask needs exactly one of: choice, scale, text")
        if self.choice is not None:
            if not self.choice:
                raise ValueError("a choice needs at least one option")
            values = [option.value for option in self.choice]
            if len(values) != len(set(values)):
                raise ValueError("two options of this choice have the same value")
        offered = {option.value for option in self.choice or ()}
        if self.writes_into is not None and self.writes_into not in offered:
            raise ValueError(f"writes_into names no option of this choice: {self.writes_into!r}")
        if self.otherwise is not None and self.otherwise not in offered:
            raise ValueError(f"otherwise names no option of this choice: {self.otherwise!r}")
        return self


class BranchRule(_Frozen):
    """Go to ``next`` when the condition ``when`` holds."""

    when: Annotated[str, Field(min_length=1)]
    next: Annotated[str, Field(min_length=1)]


class Step(_Frozen):
    """One step: say, maybe run actions, maybe ask, then move on or end.

    ``flow`` hands over to another flow for good; ``call`` runs another flow and, when it
    ends, goes on at ``next``.
    """

    say: tuple[str, ...] = ()
    do: tuple[str, ...] = ()
    ask: Ask | None = None
    save: Annotated[str, Field(pattern=_NAME)] | None = None
    branch: tuple[BranchRule, ...] = ()
    next: str | None = None
    flow: str | None = None
    call: str | None = None
    end: bool = False
    # After saying, what the flow was started over (HELD) ends it and is read as if just
    # typed, if it means something where it was typed: the flow it interrupted (HELD_IN,
    # resumed where it was), or a feeling or a question at the menu. Otherwise it goes on.
    hand_back: bool = False
    # A choice that only offers something ("would something small help?"), in a flow of the
    # crisis path: typed words and commands are answered as at the menu, not held back as
    # they are at a question of safety, and the screen reads them as anywhere else.
    offer: bool = False

    _coerce = field_validator("say", "do", mode="before")(_as_tuple)

    @model_validator(mode="after")
    def _consistent(self) -> Step:
        if self.end and (self.next or self.branch or self.flow):
            raise ValueError("a step with 'end: true' cannot also have next, branch or flow")
        if self.flow and (self.next or self.branch):
            raise ValueError("a step that hands over to a flow cannot also have next or branch")
        if self.ask is not None and not self.say:
            raise ValueError("a step that asks needs 'say': the question itself")
        if self.save and self.ask is None:
            raise ValueError("'save' needs an 'ask' on the same step")
        if self.call and (self.ask is not None or self.flow or self.end or self.branch):
            raise ValueError("a step that calls a flow only says, does and goes on ('next')")
        if self.call and not self.next:
            raise ValueError("a step that calls a flow needs 'next': where to go on after it")
        if self.offer and (self.ask is None or self.ask.choice is None):
            raise ValueError("'offer' is for a step that asks a choice")
        if self.hand_back and (self.ask is not None or self.call or self.flow):
            raise ValueError("'hand_back' is for a step that only says, does and goes on")
        if self.ask is not None and self.ask.choice is None and self.flow:
            raise ValueError("hand over with 'flow' on a choice option, or on a step of its own")
        return self


class Flow(_Frozen):
    """A conversation: an id, a version, where it starts and its named steps."""

    id: Annotated[str, Field(pattern=_NAME)]
    version: Annotated[int, Field(ge=1)]
    title: Annotated[str, Field(min_length=1)]
    command: Annotated[str, Field(pattern=_NAME)] | None = None
    description: str = ""
    # Whether the flow may only run once the user has agreed to talk about feelings. Only
    # flows that ask nothing about feelings (onboarding, help, crisis lines) set it false.
    needs_consent: bool = True
    # A flow of the crisis path: concern never interrupts it, and typed answers to its
    # questions are taken as answers rather than as a new disclosure.
    safety: bool = False
    # Whether its command may start it while a question of the crisis path waits ("are you
    # safe right now?"): grounding, the safety plan, help. Any other command is told it
    # comes after that question, which is asked again.
    during_safety: bool = False
    # A quick change made in passing (the language): when it ends, what it interrupted
    # carries on at once where it was, rather than being offered back.
    carries_on: bool = False
    # Its command typed again inside it starts it afresh, not "here's the question again":
    # a menu of its own (/settings) or a short question (/gratitude), with nothing to lose.
    restarts: bool = False
    # Answers handed back to the flow that called this one (see Step.call).
    returns: tuple[Annotated[str, Field(pattern=_NAME)], ...] = ()
    # Answers the flow may be started with (free text at the menu gives checkin a feeling).
    takes: tuple[Annotated[str, Field(pattern=_NAME)], ...] = ()
    start: str
    steps: dict[Annotated[str, Field(pattern=_NAME)], Step]

    @model_validator(mode="after")
    def _has_start(self) -> Flow:
        if not self.steps:
            raise ValueError("a flow needs at least one step")
        if any(step.hand_back for step in self.steps.values()) and not {HELD, HELD_IN} <= set(
            self.takes
        ):
            raise ValueError(f"a flow that hands back must take [{HELD}, {HELD_IN}]")
        return self
