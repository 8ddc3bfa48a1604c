"""Answer one event (a command, a button, typed text, an open, a prompt) for one user.

Moving through flows is the walker's job (bot/engine/walking.py); what a button means, the
buttons' (bot/engine/buttons.py); what typed text means, the questions' (read_typed).
"""

from __future__ import annotations

from dataclasses import replace

from bot.engine import free_text
from bot.engine.answers import match_option
from bot.engine.buttons import DROP, RESUME, read_button
from bot.engine.events import Event, EventKind, Reply
from bot.engine.flow_model import CAME_BACK, DRAFT, Option
from bot.engine.questions import as_shown, numbered_suggestion, read_shown
from bot.engine.safety_path import MAX_TAP_WORDS
from bot.engine.session import Frame, Session
from bot.engine.turn import Turn
from bot.engine.walking import Walker

# What the wheel returns (flows/wheel.yaml): the family of feelings, and the word in it.
FAMILY = "family"
FEELING = "feeling"


class FlowRuntime(Walker):
    """Runs flows for any user: answers each event, then walks on from where it leaves them."""

    async def handle(self, turn: Turn, event: Event) -> None:
        """Answer one event, updating ``turn.session`` and ``turn.replies``."""
        offer_open = turn.session.offer_open  # answered now or never: closed for later turns
        turn.session = replace(turn.session, offer_open=False)
        restarted = await self._reconcile(turn)
        if restarted and event.kind is not EventKind.COMMAND:
            return  # the old step's answer means nothing in the restarted flow
        if event.kind is EventKind.COMMAND:
            await self._command(turn, event.command)
        elif event.kind is EventKind.BUTTON:
            await self._button(turn, event.payload)
        elif event.kind is EventKind.TEXT:
            await self.read_text(turn, event.text, offer_open=offer_open)
        elif event.kind is EventKind.OPEN:
            await self._open(turn)
        elif event.kind is EventKind.PROMPT:
            # Whatever was left half-way is put aside, to be resumed; yesterday's unanswered
            # prompt is asked afresh. (The scheduler does not prompt people mid-conversation.)
            await self.start(turn, event.payload, again=True)
        else:
            turn.say(self.texts.get("unsupported"))
            self.reask(turn)

    # -- events -------------------------------------------------------------------------------

    async def _command(self, turn: Turn, name: str) -> None:
        if self._waits_on_safety(turn, name):
            # Never silence, never a safety question dropped for a questionnaire: the
            # command is named and kept for after, and the question asked again.
            turn.say(self.texts.get("after_safety_question", command=f"/{name}"))
            self.reask(turn)
            return
        if name == "cancel":
            await self._cancel(turn)
        elif name == "resume":
            await self._resume(turn)
        elif name in self.commands:
            flow_id = self.commands[name]
            await self.start(turn, flow_id, again=self.flows[flow_id].restarts)
        else:
            # Not the whole list (over twenty commands): where to find them, in one line.
            turn.say(self.texts.get("unknown_command"))
            self.reask(turn)

    def _waits_on_safety(self, turn: Turn, name: str) -> bool:
        """Return whether a question of the crisis path waits and this command must wait."""
        frame = turn.session.active
        if not self.asks_about_safety(frame) or name == "cancel":
            return False
        assert frame is not None
        ask = self._step(frame).ask
        if ask is None or ask.choice is None:  # "which country?" is no question of safety
            return False
        if name not in self.commands:
            return name == "resume"  # an unknown command is told so, and asked again
        flow = self.flows[self.commands[name]]
        return not (flow.safety or flow.during_safety)

    async def _button(self, turn: Turn, payload: str) -> None:
        if payload == RESUME:
            await self._resume(turn)
            return
        if payload == DROP:
            left = turn.session.suspended[-1] if turn.session.suspended else None
            turn.session = replace(turn.session, suspended=turn.session.suspended[:-1])
            if left is not None and self._comes_back(left):
                await self._come_back(turn, left)
                return
            turn.say(self.texts.get("left_for_later"))
            return
        frame = turn.session.active
        pressed = read_button(self._step(frame), frame, payload) if frame is not None else None
        if pressed is None and frame is None:
            # Nothing runs (the crisis path for someone else ends without a question): not
            # "here's where we are" and then silence, but the offer to carry on, or the menu.
            turn.say(self.texts.get("stale_button"))
            await self._open(turn)
        elif pressed is None:
            self._stale(turn)
        else:
            await self._answer(turn, pressed.value, pressed.option)

    async def read_text(
        self, turn: Turn, text: str, *, handed_back: bool = False, offer_open: bool = False
    ) -> None:
        """Answer typed text where the person is: the question asked, or the menu;
        ``handed_back``: words held while the crisis screen asked its question, which are
        not told "I didn't quite catch that" when they answer nothing here; ``offer_open``:
        the last reply asked whether to carry on with what was put aside."""
        frame = turn.session.active
        if frame is None and turn.session.suspended and offer_open:
            # Nothing runs but something was put aside, and the last reply asked whether to
            # carry on with it: "yeah" or "no" typed answers it as the buttons would.
            said = match_option(self._resume_options(), text, self.vocabulary)
            if said is not None:
                await self._button(turn, RESUME if said.value == "yes" else DROP)
                return
        ask = self._step(frame).ask if frame is not None else None
        shown = as_shown(ask, frame.flow_id, frame.step) if frame is not None else None
        lead = (
            free_text.lead(text, shown, self.vocabulary, self.flows, heavy=turn.heavy)
            if self._resting(frame)
            else None
        )
        nowhere = lead is not None and lead.flow == free_text.IDLE_FLOW and not lead.answers
        if nowhere and frame is not None and self.is_safety_flow(frame.flow_id):
            # At an offer on the crisis path ("would it help to slow down together?"), words
            # that lead nowhere ("idk") are read there: the three suggestions would drop the
            # rest of it (the check on them tomorrow).
            lead = None
        met = turn.user is not None
        if lead is not None and lead.answers.get("greeting") and not met and self.consent_flow:
            # "hi" from someone the bot has never met: who it is and what it keeps, as
            # /start says it, not "good to hear from you" and a menu.
            await self.start(turn, self.consent_flow)
            return
        if lead is not None:
            if lead.say:
                turn.say(self.texts.get(lead.say, **lead.fields))
            await self.start(turn, lead.flow, answers=lead.answers)
            return
        if frame is None:
            turn.say(self.texts.get("idle_text"))
            await self.start(turn, self.home_flow)
            return
        if ask is None:
            self.reask(turn)
            return
        if await self._feeling_named(turn, frame, text):
            return
        place = (frame.flow_id, frame.step)
        careful = self.is_safety_flow(frame.flow_id) and not self._offers(frame)
        text = numbered_suggestion(self._step(frame), frame, text)
        typed = read_shown(ask, place, text, self.vocabulary, careful=careful)
        word = self.vocabulary.command_in(text) if typed.again else None
        if word is not None and not self.is_safety_flow(frame.flow_id):
            # "stop" or "menu" typed where no answer means it: the way out they asked for,
            # not the same question again (a question about safety is asked again, as ever).
            await self._command(turn, word)
            return
        if typed.again:
            if turn.heavy and not careful:
                # Heavy words the screen let through (a "no" given lately) are no wrong
                # answer: heard, the way out named, then the question ("what's the point
                # anymore" at a 0-10 had got "I can only keep a number here").
                turn.say(self.texts.get("heard_heavy"))
            elif not handed_back:
                turn.say(self.texts.get(typed.again, **typed.fields))
            self.reask(turn)
            return
        if typed.note:
            turn.say(self.texts.get(typed.note, **typed.fields))
        if not typed.more:
            await self._answer(turn, typed.value, typed.option)
            return
        # A choice said with more words: kept for the next question if it asks for writing
        # (offered as the draft), or the person is told only the choice is kept.
        told = len(turn.replies)
        await self._answer(turn, typed.value, typed.option, more=typed.more)
        kept = self._offers_draft(turn)
        frame = turn.session.active
        if not kept and frame is not None and DRAFT in frame.answers:
            answers = {k: v for k, v in frame.answers.items() if k != DRAFT}
            turn.session = replace(turn.session, active=replace(frame, answers=answers))
        turn.replies.insert(
            told, Reply(self.texts.get("took_and_kept" if kept else "took_only", **typed.fields))
        )

    async def _feeling_named(self, turn: Turn, frame: Frame, text: str) -> bool:
        """At the wheel's question of a family of feelings, a feeling typed ("tired", "meh",
        "empty") answers it and the word after it at once, as it would at the menu; True if
        it did. The words one level down are the ones people type first."""
        step = self._step(frame)
        flow = self.flows[frame.flow_id]
        named = self.vocabulary.feeling(text)
        if named is None or step.save != FAMILY or not {FAMILY, FEELING} <= set(flow.returns):
            return False
        family, word = named
        if word == family:  # the family's own name ("sad"): the family, then its words
            return False
        if step.ask is None or all(o.value != family for o in step.ask.choice or ()):
            return False
        turn.answered = True
        answers = {**frame.answers, FAMILY: family, FEELING: word}
        turn.session = replace(turn.session, active=replace(frame, answers=answers))
        await self._finish(turn)
        return True

    def _offers_draft(self, turn: Turn) -> bool:
        """Return whether the question now asked offers a draft to use as its answer."""
        frame = turn.session.active
        ask = self._step(frame).ask if frame is not None else None
        return (
            frame is not None
            and ask is not None
            and ask.text is not None
            and (DRAFT in frame.answers)
        )

    def _comes_back(self, frame: Frame) -> bool:
        """Return whether a question about safety, left unanswered, is asked once more before
        it is let go (never twice: kindly, not nagging)."""
        return self.asks_about_safety(frame) and not frame.answers.get(CAME_BACK)

    async def _come_back(self, turn: Turn, frame: Frame) -> None:
        """Ask a question about safety left open once more, with a kind word first."""
        current = self._current(turn, replace(frame, answers={**frame.answers, CAME_BACK: True}))
        if current is None:
            return
        turn.session = replace(turn.session.suspend_active(), active=current[0])
        if current[1]:
            await self._enter(turn, current[0])
            return
        turn.say(self.texts.get("safety_once_more"))
        self.reask(turn)

    def answers_resume_offer(self, session: Session, text: str) -> bool:
        """Return whether typed text answers "Would you like to carry on with it?" ("nah
        leave it"), as a tap on its buttons would."""
        return (
            session.active is None
            and session.offer_open
            and bool(session.suspended)
            and len(text.split()) <= MAX_TAP_WORDS
            and match_option(self._resume_options(), text, self.vocabulary) is not None
        )

    def _resume_options(self) -> tuple[Option, ...]:
        """Return the resume offer's buttons as a choice, to read a typed answer against."""
        return (
            Option(label=self.texts.get("resume_yes"), value="yes"),
            Option(label=self.texts.get("resume_no"), value="no"),
        )

    async def _open(self, turn: Turn) -> None:
        if turn.session.active is not None:
            turn.say(self.texts.get("welcome_back"))
            self.reask(turn)
        elif turn.session.suspended:
            self._offer_resume(turn)
        elif turn.user is None and self.consent_flow:
            # Someone the bot has never met: who it is and what it keeps, not a menu of
            # sixteen things (the terminal opens so; on Telegram, /start does).
            await self.start(turn, self.consent_flow)
        else:
            await self.start(turn, self.home_flow)

    async def _cancel(self, turn: Turn) -> None:
        frame = turn.session.active
        if frame is None:
            turn.say(self.texts.get("nothing_to_cancel"))
            return
        turn.session = replace(turn.session, active=None)  # its callers go with it
        turn.say(self.texts.get("cancelled", title=self._title(frame)))
        if self.asks_about_safety(frame):  # a question about safety left open: /sos named
            turn.say(self.texts.get("safety_left_open"))
        if turn.session.suspended:
            self._offer_resume(turn)

    async def _finish(self, turn: Turn) -> None:
        """End the flow running; after a quick change (``carries_on``), what it interrupted
        goes on at once, in the words just chosen."""
        done = turn.session.active
        if done and not done.callers and turn.session.suspended and self._carries_on(done):
            turn.session = replace(turn.session, active=None)
            await self._resume(turn)
            return
        await super()._finish(turn)

    def _carries_on(self, frame: Frame) -> bool:
        flow = self.flows.get(frame.flow_id)
        return flow is not None and flow.carries_on

    async def _resume(self, turn: Turn) -> None:
        if not turn.session.suspended:
            turn.say(self.texts.get("nothing_to_resume"))
            self.reask(turn)
            return
        *rest, frame = turn.session.suspended
        turn.session = replace(turn.session, suspended=tuple(rest)).suspend_active()
        current = self._current(turn, frame)
        if current is None:
            return
        frame, fresh = current
        turn.session = replace(turn.session, active=frame)
        if fresh or self._step(frame).ask is None:  # a step never entered: enter it now
            await self._enter(turn, frame)
            return
        turn.say(self.texts.get("resumed", title=self._title(frame)))
        self.reask(turn)

    # -- moving through a flow ----------------------------------------------------------------
