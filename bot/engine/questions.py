"""Questions: how a step's question is shown, and how typed answers to it are read."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.engine.answers import (
    EMPTY,
    NUMBER,
    UNSURE,
    Vocabulary,
    match_option,
    normalise,
    parse_scale,
    said_first,
)
from bot.engine.events import Choice, Reply, payload
from bot.engine.flow_model import (
    DRAFT,
    DRAFT_VALUE,
    SKIP_VALUE,
    SUGGESTION,
    Ask,
    Option,
    Step,
    said_more,
)
from bot.engine.session import Answer, Frame
from bot.engine.texts import Texts, key, option_key, say
from bot.engine.wording import pieced, with_digits

SAID_WORDS = 4  # a reply this long, matching no button, is something said, not a typo
# "go back", "undo"; "wait what", "help" (data/answers.yaml): no option has these values
BACK, LOST = "step_back", "lost_words"
COMMAND_WORDS = 2  # a command said this short ("cancel", "stop it"); longer may be an answer
ASSENT = "assent"  # words that agree to be asked ("ok", "sure"), no answer to a direct question


def question(step: Step, frame: Frame, text: str, nonce: str, texts: Texts) -> Reply:
    """Return a step's question as one reply: its text last, its buttons under it."""
    ask = step.ask
    assert ask is not None
    place = (frame.flow_id, frame.step)
    if ask.choice is not None:
        choices = tuple(
            Choice(say(option_key(*place, o.value), o.label, {}), payload(nonce, o.value))
            for o in ask.choice
        )
    elif ask.scale is not None:
        scale = ask.scale
        if scale.low or scale.high:
            low = say(key(*place, "low"), scale.low, {}) if scale.low else ""
            high = say(key(*place, "high"), scale.high, {}) if scale.high else ""
            text += "\n\n" + texts.get(
                "scale_hint", min=scale.min, max=scale.max, low=low, high=high
            )
        choices = tuple(Choice(str(n), payload(nonce, n)) for n in range(scale.min, scale.max + 1))
    elif ask.text is not None:
        fixed = not ask.text.suggest_from  # an action's suggestions are said by it
        choices = tuple(
            Choice(
                say(key(*place, "suggest", position + 1), label, {}) if fixed else label,
                payload(nonce, f"{SUGGESTION}{position}"),
            )
            for position, label in enumerate(suggestions(step, frame))
        )
        if DRAFT in frame.answers:
            choices = (Choice(texts.get("use_draft"), payload(nonce, DRAFT_VALUE)), *choices)
        if ask.text.skip:
            skip = say(key(*place, "skip"), ask.text.skip, {})
            choices += (Choice(skip, payload(nonce, SKIP_VALUE)),)
    else:
        choices = ()
    return Reply(text, choices)


def as_shown(ask: Ask | None, flow_id: str, step_id: str) -> Ask | None:
    """Return a question with its buttons' labels as the person reads them, in their
    language: what they type back ("Хочу выбрать") is read against that, and said back."""
    if ask is None or ask.choice is None:
        return ask
    shown = tuple(
        option.model_copy(update={"label": label})
        if (label := say(option_key(flow_id, step_id, option.value), option.label, {}))
        != option.label
        else option
        for option in ask.choice
    )
    return ask if shown == ask.choice else ask.model_copy(update={"choice": shown})


def chosen(
    ask: Ask | None, place: tuple[str, str], text: str, vocabulary: Vocabulary, careful: bool
) -> Option | None:
    """Return the button text typed means: as it reads in the person's language, else as
    written in English (people mix); None if it is none of them, or there is no choice."""
    shown = as_shown(ask, *place)
    for asked in (shown, ask) if shown is not ask else (ask,):
        if asked is not None and asked.choice is not None:
            option = match_option(asked.choice, text, vocabulary, careful=careful)
            if option is not None:
                return option
    return None


def numbered_suggestion(step: Step, frame: Frame, text: str) -> str:
    """Return what a number typed at suggestions marked ``numbered`` stands for ("1": the
    first time zone offered, as a number picks a button everywhere else); else the text."""
    ask = step.ask.text if step.ask is not None else None
    said = text.strip().rstrip(".")
    if ask is None or not ask.numbered or not said.isascii() or not said.isdigit():
        return text
    offered = suggestions(step, frame)
    return offered[int(said) - 1] if 1 <= int(said) <= len(offered) else text


def suggestions(step: Step, frame: Frame) -> list[str]:
    """Return the suggestion buttons of a text question: fixed, or saved by an action."""
    ask = step.ask.text if step.ask is not None else None
    if ask is None:
        return []
    if ask.suggest_from:
        saved = frame.answers.get(ask.suggest_from)
        return [str(item) for item in saved] if isinstance(saved, list) else []
    return list(ask.suggest)


SHORT_UNSURE = 6  # words: "idk what to write tbh" is about the question, a longer one is not
_CLAUSE = re.compile(r"[.,;:!?…]+|\s[-–—]+\s")  # where a reply's first clause ends


@dataclass(frozen=True, slots=True)
class Typed:
    """What typed text means to a question: an answer, or the words that ask again."""

    value: Answer = None
    option: Option | None = None
    again: str = ""  # the engine's words for asking again ("reask_choice")
    note: str = ""  # the engine's words said before going on ("text_kept_part")
    more: str = ""  # what was typed with a choice that says more than it ("chest, a weight")
    fields: dict[str, object] = field(default_factory=dict)


def read_shown(
    ask: Ask, place: tuple[str, str], text: str, vocabulary: Vocabulary, *, careful: bool
) -> Typed:
    """Read typed text against the buttons as they read in the person's language; when that
    finds no answer, against the English they are written in (people mix)."""
    shown = as_shown(ask, *place)
    assert shown is not None
    typed = read_typed(shown, text, vocabulary, careful=careful)
    if typed.again and shown is not ask:
        english = read_typed(ask, text, vocabulary, careful=careful)
        if not english.again:
            return english
    if typed.again == "reask_choice_said" and shown.writes_into and _only_unsure(text, vocabulary):
        return Typed(again="reask_unsure")  # "idk what to write tbh" is no entry
    if typed.again == "reask_choice_said" and shown.writes_into:  # written to be kept
        option = next(o for o in shown.choice or () if o.value == shown.writes_into)
        return Typed(option.value, option, more=text.strip(), fields={"label": option.label})
    return typed


def read_typed(
    ask: Ask, text: str, vocabulary: Vocabulary = EMPTY, *, careful: bool = False
) -> Typed:
    """Read text typed in answer to a question; ``careful`` on the crisis path (see ``Ask``).

    Off it, a question about a topic we have a short answer for ("what is DBT?") gets that
    answer, and the question again; and a question with one button ("Next", at a step that
    asks you to notice things) takes whatever is typed as that button, keeping none of it.
    """
    careful = careful or ask.careful
    if ask.direct and pieced(normalise(text), vocabulary.means.get(ASSENT, frozenset())):
        return Typed(again="reask_assent")  # "ok" at "are you having thoughts of suicide?"
    if ask.choice is not None:
        option = match_option(ask.choice, text, vocabulary, careful=careful)
        if option is not None and not careful and said_first(ask.choice, text, vocabulary):
            return Typed(option.value, option, more=text.strip(), fields={"label": option.label})
        if option is not None:
            return Typed(option.value, option)
        if careful and (more := _said_more(ask.choice, text, vocabulary)) is not None:
            return more  # "not really.. just tired of everything"
        if not careful and (aside := _aside(text, vocabulary)).again:
            return aside
        if not careful and (lost := _lost(text, vocabulary)).again:
            return lost
        if not careful and len(ask.choice) == 1 and vocabulary.command_in(text) is None:
            return Typed(ask.choice[0].value, ask.choice[0])  # "stop" at "Next" stops
        if not careful and ask.otherwise and _goes_on(text, vocabulary):
            option = next(o for o in ask.choice if o.value == ask.otherwise)
            return Typed(option.value, option)  # "my coffee" at "name three details"
        # "You don't have to be sure" is for everyday questions, never one about safety.
        if not careful and _unsure(text, vocabulary):
            return Typed(again="reask_unsure")
        # A sentence said in answer ("my dad died last year so maybe") is thanked, not
        # "didn't catch that": and told that here only an answer is kept.
        worded = [w for w in normalise(text).split() if any(c.isalpha() for c in w)]
        known = any(" ".join(worded) in words for words in vocabulary.means.values())
        asked = vocabulary.asks(text)  # a question back ("what is DBT?") is not told
        heard = careful and len(worded) >= 2 and not known and not asked
        heard = heard and not _lost(text, vocabulary).again
        if heard:  # "im home alone" at "are you safe?": heard first ("keep going" is not)
            return Typed(again="reask_careful")
        said = not careful and len(worded) >= SAID_WORDS  # "7 out of 5" is no sentence
        if careful:  # "what", "no thanks" at "are you safe?": no "didn't catch that" here
            return Typed(again="reask_choice_careful")
        if scored := _scored(ask.choice):  # a questionnaire's: a number typed is a score
            return Typed(again="reask_score", fields=scored)
        return Typed(again="reask_choice_said" if said else "reask_choice")
    if ask.scale is not None:
        scale = ask.scale
        score = parse_scale(text, scale.min, scale.max, vocabulary)
        if score is None or not scale.min <= score.value <= scale.max:
            if not careful and (aside := _aside(text, vocabulary)).again:
                return aside
            if not careful and (lost := _lost(text, vocabulary)).again:
                return lost
            # Words, not a number ("kinda numb"): say why a number is asked for; "idk":
            # that a guess is fine, and how to leave it.
            said_number = NUMBER.search(with_digits(normalise(text), vocabulary.numbers))
            again = "reask_scale" if said_number else "reask_scale_words"
            if not said_number and not careful and _unsure(text, vocabulary):
                again = "reask_scale_unsure"
            return Typed(again=again, fields={"min": scale.min, "max": scale.max})
        if score.emoji:
            fields = {"emoji": score.emoji, "number": score.value, "max": scale.max}
            return Typed(score.value, note="emoji_read_as", fields=fields)
        return Typed(score.value)
    assert ask.text is not None
    if ask.text.skip and skips(text, ask.text.skip, ask.text.skip_means, vocabulary):
        return Typed(None)
    if ask.text.reads_short and not careful:
        # "huh", "?", "go back", "cancel" at a plan's part: not kept as what was written;
        # what to do next, or the way out asked for (see the runtime).
        if (lost := _lost(text, vocabulary)).again:
            return lost
        if _command_said(text, vocabulary):
            return Typed(again="reask_lost")
    kept, limit = text.strip(), ask.text.max_length
    if len(kept) <= limit:
        return Typed(kept)
    if ask.text.too_long == "ask":
        return Typed(again="text_too_long", fields={"max": limit})
    return Typed(kept[:limit].rstrip(), note="text_kept_part", fields={"max": limit})


def _goes_on(text: str, vocabulary: Vocabulary) -> bool:
    """Return whether words typed at a step that asks someone to do something (notice, name
    to themselves) are that doing: not a command ("stop"), turned round ("not good") or a
    feeling named ("sad", "im scared": asked again, with "This doesn't feel good" there)."""
    said = normalise(text)
    if not said or vocabulary.negated(said) or vocabulary.command_in(text) is not None:
        return False
    return vocabulary.feeling(text) is None  # "sad", "scared": said, not the doing asked


def _scored(options: tuple[Option, ...]) -> dict[str, object]:
    """Return the lowest and highest scores of options worth a score (a questionnaire's:
    "2" typed is the score 2, not the second button) with their labels; else nothing."""
    if not options or not all(option.value.isdigit() for option in options):
        return {}
    low = min(options, key=lambda option: int(option.value))
    high = max(options, key=lambda option: int(option.value))
    return {"min": low.value, "low": low.label, "max": high.value, "high": high.label}


def _unsure(text: str, vocabulary: Vocabulary) -> bool:
    """Return whether a reply only says the person isn't sure ("idk", "hmm not sure")."""
    return pieced(normalise(text), vocabulary.means.get(UNSURE, frozenset()) | vocabulary.hedges)


def _only_unsure(text: str, vocabulary: Vocabulary) -> bool:
    """Return whether a short reply starts by saying the person isn't sure ("idk what to
    write tbh"): about the question, not something written to be kept."""
    words = normalise(text).split()
    unsure = vocabulary.means.get(UNSURE, frozenset())
    return len(words) <= SHORT_UNSURE and any(" ".join(words[:n]) in unsure for n in (1, 2, 3))


def _lost(text: str, vocabulary: Vocabulary) -> Typed:
    """Return what to say to "wait what", "?" or "back" typed at a question: how to go on
    (a step back is not something the bot can do; leaving and starting again is)."""
    said = normalise(text)
    if not said and text.strip() and set(text.strip()) <= set("?¿!"):
        return Typed(again="reask_lost")  # "??"
    for group, again in ((BACK, "reask_back"), (LOST, "reask_lost")):
        if said in vocabulary.means.get(group, frozenset()):
            return Typed(again=again)
    return Typed()


def _said_more(options: tuple[Option, ...], text: str, vocabulary: Vocabulary) -> Typed | None:
    """Return what a careful question takes from a reply whose first clause, up to a stop or
    a comma, is an answer whose option names a step for more said (``Option.said_more``),
    and which goes on: "not really.. just tired of everything". Only a clause whole: "i dont
    see a future" or "nothing matters" start with words of a no and are none."""
    first, *rest = _CLAUSE.split(text.strip(), maxsplit=1)
    if not rest or not normalise(rest[0]):
        return None
    leading = match_option(options, first, vocabulary, careful=True)
    if leading is None or leading.said_more is None:
        return None
    return Typed(leading.value, said_more(leading))


def _aside(text: str, vocabulary: Vocabulary) -> Typed:
    """Return the short answer to a question typed mid-flow, to say before asking again."""
    answer = vocabulary.answer_to(text)
    return Typed() if answer is None else Typed(again="lesson_mid_flow", fields={"answer": answer})


def _command_said(text: str, vocabulary: Vocabulary) -> bool:
    """Return whether text typed at a question to write in is only a command said as words
    ("cancel", "stop it"): not "leave me alone", which may be what someone needed."""
    said = normalise(text).split()
    return 0 < len(said) <= COMMAND_WORDS and vocabulary.command_in(text) is not None


def skips(text: str, label: str, kinds: tuple[str, ...], vocabulary: Vocabulary) -> bool:
    """Return whether text typed at a text question is its skip button, said or named."""
    wanted = normalise(text)
    return wanted == normalise(label) or any(wanted in vocabulary.means.get(k, ()) for k in kinds)
