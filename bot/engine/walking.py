"""Move through flows: begin one, enter its steps, run their actions, finish, go back.

The walker says what each step says and asks its question; it knows nothing of events.
Answering them is the runtime's job (bot/engine/runtime.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import replace

from bot.engine import free_text
from bot.engine.actions import ActionContext, ActionRegistry
from bot.engine.answers import EMPTY, Vocabulary
from bot.engine.buttons import DROP, RESUME
from bot.engine.events import Choice, Reply
from bot.engine.flow_model import DRAFT, HEAVY, HELD, HELD_IN, UNASKED, Flow, Option, Step
from bot.engine.machines import ADVANCE, Machines, pick_trigger
from bot.engine.questions import question
from bot.engine.session import OFFERED, Answer, Frame, Session
from bot.engine.texts import Texts, key, say, say_key, spoken
from bot.engine.turn import Turn, new_nonce
from bot.storage.records import UserRecord

logger = logging.getLogger(__name__)

MAX_HOPS = 64  # steps entered in one turn without asking: more is a loop in a flow


class Walker:
    """Walks any user through flows; holds flows, machines and words, never a user's state."""

    def __init__(
        self,
        flows: Mapping[str, Flow],
        actions: ActionRegistry,
        texts: Texts,
        *,
        home_flow: str = "menu",
        consent_flow: str | None = None,
        nonce: Callable[[], str] = new_nonce,
        channel: str = "telegram",
        vocabulary: Vocabulary = EMPTY,
    ) -> None:
        self.flows = dict(flows)
        self.actions = actions
        self.texts = texts
        self._vocabulary = vocabulary  # the everyday words for typed answers (data/answers.yaml)
        self.home_flow = home_flow
        self.consent_flow = consent_flow  # where a flow that needs consent sends those without
        self.machines = Machines()
        self._nonce = nonce
        self.channel = channel  # actions may word things for it (a terminal has no history)
        self.commands = {flow.command: flow.id for flow in flows.values() if flow.command}

    # -- starting and asking -------------------------------------------------------------------

    async def start(
        self,
        turn: Turn,
        flow_id: str,
        *,
        again: bool = False,
        answers: dict[str, Answer] | None = None,
    ) -> None:
        """Start a flow, putting aside the one in progress (it can be resumed).

        If the flow is already running it is asked again where it is, or with ``again``
        started over from the top (the crisis flow always starts over).
        """
        active = turn.session.active
        if again and active is not None and active.flow_id == flow_id:
            turn.session = replace(turn.session, active=None)
            await self._begin(turn, flow_id, callers=active.callers, answers=answers)
            return
        if active is not None and self._resting(active):
            turn.session = replace(turn.session, active=None)  # a menu is not worth resuming
            active = None
        if active is not None and active.flow_id == flow_id:
            turn.say(self.texts.get("already_here", title=title(self.flows[flow_id])))
            self.reask(turn)
            return
        if (
            active is not None
            and active.flow_id == self.consent_flow
            and self._asks_consent(turn, flow_id)
        ):
            # /progress while the introduction asks for consent: the same question, not a
            # second introduction with the first put aside to be offered back later.
            turn.say(self.texts.get("consent_first"))
            self.reask(turn)
            return
        turn.session = turn.session.suspend_active()
        await self._begin(turn, flow_id, answers=answers)

    @property
    def vocabulary(self) -> Vocabulary:
        """The everyday words for typed answers in the language of this turn."""
        return self._vocabulary.speaking(spoken())

    def is_safety_flow(self, flow_id: str | None) -> bool:
        """Return whether a flow is part of the crisis path."""
        return flow_id is not None and flow_id in self.flows and self.flows[flow_id].safety

    def asks_about_safety(self, frame: Frame | None) -> bool:
        """Return whether a flow of the crisis path waits at a question (not an offer)."""
        return frame is not None and self.is_safety_flow(frame.flow_id) and not self._offers(frame)

    def _offers(self, frame: Frame) -> bool:
        step = (
            self.flows[frame.flow_id].steps.get(frame.step)
            if frame.flow_id in self.flows
            else None
        )
        return step is not None and step.offer

    def reask(self, turn: Turn) -> None:
        """Ask the current step's question again, if there is one."""
        frame = turn.session.active
        if frame is None:
            return
        step = self.flows[frame.flow_id].steps[frame.step]
        if step.ask is None:
            return
        nonce = frame.nonce or self._nonce()
        turn.session = replace(turn.session, active=replace(frame, nonce=nonce))
        turn.replies.append(
            self._question(step, frame, _said(frame, step, len(step.say) - 1), nonce)
        )

    # -- moving through a flow ----------------------------------------------------------------

    async def _answer(
        self, turn: Turn, value: Answer, option: Option | None, *, more: str = ""
    ) -> None:
        """Take an answer and move on; ``more``, words typed with a choice that say more
        than it, is kept as a draft for the next question, if that asks for writing."""
        frame = turn.session.active
        assert frame is not None
        turn.answered = True
        step = self._step(frame)
        if DRAFT in frame.answers:  # answered now: the draft has served
            frame = replace(frame, answers={k: v for k, v in frame.answers.items() if k != DRAFT})
        if more:
            frame = frame.with_answer(DRAFT, more)
        if step.save:
            frame = frame.with_answer(step.save, value)
        if turn.heavy and step.ask is not None and step.ask.text is not None and value:
            frame = frame.with_answer(HEAVY, True)  # heavy writing: heard when it is saved
            frame = frame.with_answer(UNASKED, True) if turn.unasked else frame  # or asked
        if option is not None and option.flow:
            turn.session = replace(turn.session, active=None)
            await self._begin(turn, option.flow, callers=frame.callers)
            return
        trigger = pick_trigger(option.value) if option is not None and option.next else ADVANCE
        await self._move(turn, frame, trigger)

    async def _move(self, turn: Turn, frame: Frame, trigger: str) -> None:
        flow = self.flows[frame.flow_id]
        target = self.machines.move(flow, frame.step, trigger, frame.answers)
        if target is None:
            logger.error("flow %s step %s has no way on; ending it", flow.id, frame.step)
            turn.say(self.texts.get("something_went_wrong"))
            await self._finish(turn)
            return
        await self._enter(turn, replace(frame, step=target, nonce=""))

    async def _begin(
        self,
        turn: Turn,
        flow_id: str,
        callers: tuple[Frame, ...] = (),
        answers: dict[str, Answer] | None = None,
    ) -> None:
        opening = self._opening(turn, flow_id)
        if opening is not None:
            taken = self.flows[flow_id].takes if opening.flow_id == flow_id else ()
            given = {k: v for k, v in (answers or {}).items() if k in taken}
            await self._enter(turn, replace(opening, callers=callers, answers=dict(given)))

    def _asks_consent(self, turn: Turn, flow_id: str) -> bool:
        """Return whether starting this flow would ask for consent first."""
        flow = self.flows[flow_id]
        return bool(flow.needs_consent and self.consent_flow and not _consented(turn.user))

    def _opening(self, turn: Turn, flow_id: str) -> Frame | None:
        """Return the first frame of a flow; of the consent flow if it needs consent first;
        None, with a short word, for someone who was asked and said no."""
        flow = self.flows[flow_id]
        if self._asks_consent(turn, flow_id) and self.consent_flow:
            if turn.user is not None and turn.user.declined_at is not None:  # asked; said no
                turn.say(self.texts.get("consent_declined"))
                return None
            turn.say(self.texts.get("consent_first"))
            flow = self.flows[self.consent_flow]
        return Frame(flow.id, flow.version, flow.start)

    async def _enter(self, turn: Turn, frame: Frame) -> None:
        for _ in range(MAX_HOPS):
            flow = self.flows[frame.flow_id]
            step = flow.steps[frame.step]
            turn.session = replace(turn.session, active=frame)
            extra: list[Reply] = []
            for name in step.do:
                result = await self.actions[name].run(
                    ActionContext(
                        turn.user_id,
                        flow.id,
                        frame.answers,
                        turn.tx,
                        turn.clock,
                        turn.user,
                        self.channel,
                        turn.language,
                    )
                )
                extra.extend(result.replies)
                if result.user is not None:
                    turn.user = result.user
                if result.forget_session:  # nothing put aside or waiting survives
                    turn.forgotten = True
                    frame = replace(frame, callers=())
                    turn.session = Session(frame)
                if result.answers:
                    frame = replace(frame, answers={**frame.answers, **result.answers})
                if result.said_no is not None:
                    said = turn.clock.now().isoformat() if result.said_no else None
                    turn.session = replace(turn.session, said_no_at=said)
            texts = [_said(frame, step, position) for position in range(len(step.say))]
            if step.ask is not None:
                nonce = self._nonce()
                turn.replies.extend(Reply(text) for text in texts[:-1])
                turn.replies.extend(extra)
                turn.replies.append(self._question(step, frame, texts[-1], nonce))
                turn.session = replace(turn.session, active=replace(frame, nonce=nonce))
                return
            turn.replies.extend(Reply(text) for text in texts)
            turn.replies.extend(extra)
            if step.hand_back:
                if await self._hand_back(turn, frame):
                    return
                kept = {k: v for k, v in frame.answers.items() if k not in (HELD, HELD_IN)}
                frame = replace(frame, answers=kept)  # held only until the question is answered
                turn.session = replace(turn.session, active=frame)
            if step.end:
                await self._finish(turn)
                return
            if step.flow or step.call:
                opening = self._opening(turn, step.flow or step.call or "")
                if opening is None:  # not without consent: this flow ends here
                    await self._finish(turn)
                    return
                turn.session = replace(turn.session, active=None)
            if step.flow and opening is not None:  # goes on in another, ending where this would
                frame = replace(opening, callers=frame.callers)
                continue
            if step.call and step.next and opening is not None:
                frame = replace(frame, step=step.next).calling(opening)
                continue
            target = self.machines.move(flow, frame.step, ADVANCE, frame.answers)
            if target is None:
                break
            frame = replace(frame, step=target, nonce="")
        logger.error("flow %s stopped at step %s: no way on", frame.flow_id, frame.step)
        turn.say(self.texts.get("something_went_wrong"))
        await self._finish(turn)

    async def _finish(self, turn: Turn) -> None:
        done = turn.session.active
        turn.session = replace(turn.session, active=None)
        if done is not None and done.callers:  # go back to the flow that called this one
            *rest, caller = done.callers
            current = self._current(turn, replace(caller, callers=tuple(rest)))
            if current is not None:
                frame = current[0]
                returned = self.flows[done.flow_id].returns
                given = {k: v for k, v in done.answers.items() if k in returned}
                frame = replace(frame, answers={**frame.answers, **given})
                await self._enter(turn, frame)
            return
        aside = turn.session.suspended[-1] if turn.session.suspended else None
        # Offered once, not after every command; a question about safety, every time.
        if aside is not None and (not aside.answers.get(OFFERED) or self.asks_about_safety(aside)):
            self._offer_resume(turn)

    async def _hand_back(self, turn: Turn, done: Frame) -> bool:
        """End a flow of the crisis path and read what it interrupted as if just typed, if
        the words mean something there; True if they were handed back.

        The flow they were typed in, put aside when the screen spoke, carries on where it
        was; at the menu, a feeling or a question is answered as the menu answers it.
        """
        held = done.answers.get(HELD)
        if not isinstance(held, str) or not held.strip():
            return False
        suspended = turn.session.suspended
        held_in = done.answers.get(HELD_IN)
        if held_in and suspended and suspended[-1].flow_id == held_in:
            turn.session = replace(turn.session, active=None, suspended=suspended[:-1])
            current = self._current(turn, suspended[-1])
            if current is not None and current[1]:  # changed meanwhile: asked afresh
                await self._enter(turn, current[0])
                return True
            if current is not None:
                turn.session = replace(turn.session, active=current[0])
            # Where it was, or at the menu if it is gone; heavy words that answer nothing
            # there get the question again, not "I didn't quite catch that".
            await self.read_text(turn, held, handed_back=True)
            return True
        lead = free_text.lead(held, None, self.vocabulary, self.flows)
        if lead is None or lead.flow == free_text.IDLE_FLOW:
            return False  # nothing more to answer than the flow's own next step does
        turn.session = replace(turn.session, active=None)
        await self.read_text(turn, held)
        return True

    async def read_text(self, turn: Turn, text: str, *, handed_back: bool = False) -> None:
        """Answer typed text where the person is (the runtime's job; see FlowRuntime);
        ``handed_back``: words held while the crisis screen asked its question."""
        raise NotImplementedError

    # -- helpers ------------------------------------------------------------------------------

    async def _reconcile(self, turn: Turn) -> bool:
        """Bring a saved active frame in line with today's flows; True if it restarted."""
        frame = turn.session.active
        if frame is None:
            return False
        current = self._current(turn, frame)
        if current is None:
            turn.session = replace(turn.session, active=None)
            return False
        frame, fresh = current
        if fresh:
            await self._enter(turn, frame)
        else:
            turn.session = replace(turn.session, active=frame)
        return fresh

    def _current(self, turn: Turn, frame: Frame) -> tuple[Frame, bool] | None:
        """Return the frame valid for today's flows and whether it restarted; None if gone."""
        flow = self.flows.get(frame.flow_id)
        if flow is None:
            turn.say(self.texts.get("flow_gone"))
            return None
        if flow.version == frame.version:
            return frame, False
        if frame.step in flow.steps:
            return replace(frame, version=flow.version), False
        turn.say(self.texts.get("flow_updated", title=title(flow)))
        return Frame(flow.id, flow.version, flow.start, callers=frame.callers), True

    def _resting(self, frame: Frame | None) -> bool:
        """Whether no question waits but the menu's: free text is answered, not bounced."""
        return (
            frame is None
            or frame.flow_id in {self.home_flow, *free_text.FLOWS}
            or self._offers(frame)
        )

    def _title(self, frame: Frame) -> str:
        """Name what the person started: the outermost flow, not one it called (the wheel)."""
        return title(self.flows[(frame.callers[0] if frame.callers else frame).flow_id])

    def _step(self, frame: Frame) -> Step:
        return self.flows[frame.flow_id].steps[frame.step]

    def _stale(self, turn: Turn) -> None:
        turn.say(self.texts.get("stale_button"))
        self.reask(turn)

    def _offer_resume(self, turn: Turn) -> None:
        title = self._title(turn.session.suspended[-1])
        turn.session = turn.session.offered()
        turn.say(
            self.texts.get("resume_offer", title=title),
            (
                Choice(self.texts.get("resume_yes"), RESUME),
                Choice(self.texts.get("resume_no"), DROP),
            ),
        )

    def _question(self, step: Step, frame: Frame, text: str, nonce: str) -> Reply:
        return question(step, frame, text, nonce, self.texts)


def title(flow: Flow) -> str:
    """Return a flow's title in the language of this turn."""
    return say(key(flow.id, "title"), flow.title, {})


def _said(frame: Frame, step: Step, position: int) -> str:
    """Return the step's ``position``-th text in the language of this turn, filled in."""
    name = say_key(frame.flow_id, frame.step, position, len(step.say))
    return say(name, step.say[position], frame.answers)


def _consented(user: UserRecord | None) -> bool:
    return user is not None and user.consented_at is not None
