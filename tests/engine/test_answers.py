"""Reading typed answers against the shipped words (data/answers.yaml): pieces, soft noes,
the crisis path read carefully, typos never across a negation, and questions asked aside."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import build_registry, load_flows
from bot.engine.answers import Vocabulary, match_option
from bot.engine.flow_model import Ask, Option, ScaleAsk
from bot.engine.questions import read_typed
from tests.conftest import ROOT

WORDS = Vocabulary.load(ROOT / "data" / "answers.yaml")
YES_NO = (Option(label="Yes", value="yes"), Option(label="No", value="no"))
SAFE = (
    Option(label="I'm safe for now", value="safe"),
    Option(label="I'm not safe", value="not_safe"),
)
OFFER = (
    Option(label="Try a grounding exercise", value="yes"),
    Option(label="Not now", value="later"),
)
BOTH = (*YES_NO, Option(label="Later", value="later"))


def picked(options: tuple[Option, ...], text: str, *, careful: bool = False) -> str | None:
    option = match_option(options, text, WORDS, careful=careful)
    return None if option is None else option.value


@pytest.mark.parametrize(
    ("options", "typed", "value"),
    [
        (SAFE, "yeah im safe", "safe"),
        (SAFE, "yes i am safe for now", "safe"),
        (SAFE, "nah im not safe", "not_safe"),
        (SAFE, "no im safe", None),  # a no and a safe: never guessed
        (SAFE, "yeah im not safe", "not_safe"),  # the label negated as it is
        (SAFE, "i guess im safe", None),  # a shrug is no "I'm safe"
        (YES_NO, "no not really", "no"),
        (YES_NO, "yeah ok", "yes"),
        (YES_NO, "yes no", None),
    ],
)
def test_a_reply_in_pieces_picks_the_one_option_all_its_pieces_mean(
    options: tuple[Option, ...], typed: str, value: str | None
) -> None:
    assert picked(options, typed) == value


def test_a_soft_no_is_a_no_at_an_everyday_yes_no_question() -> None:
    assert picked(YES_NO, "not now") == "no"
    assert picked(OFFER, "nah") == "later"
    assert picked(OFFER, "sure") == "yes"
    assert picked(BOTH, "not now") == "later"  # an option of its own takes it
    assert picked(BOTH, "nah") == "no"


def test_on_the_crisis_path_a_soft_no_is_asked_again() -> None:
    assert picked(YES_NO, "not now", careful=True) is None
    assert picked(YES_NO, "no", careful=True) == "no"
    assert picked(YES_NO, "i guess", careful=True) == "yes"  # a shrug at "yes" errs to help


def test_a_typo_never_crosses_a_negation() -> None:
    assert picked(SAFE, "im not safe for now") != "safe"
    assert picked(SAFE, "im saef for now") == "safe"
    assert picked(SAFE, "im not saef") == "not_safe"


def test_a_word_found_in_one_label_only_picks_it_off_the_crisis_path() -> None:
    menu = (
        Option(label="Write in my journal", value="write_in_my_journal"),
        Option(label="Check in with how I feel", value="checkin"),
    )
    assert picked(menu, "journal") == "write_in_my_journal"
    assert picked(menu, "journal", careful=True) is None
    assert picked(SAFE, "safe") == "safe"  # its own word, not a guess
    assert picked(menu, "journal feel") is None  # no one label holds both


def test_an_age_in_words_is_placed_in_its_band() -> None:
    bands = tuple(Option(label=v, value=v) for v in ("under_18", "18_to_24", "25_to_44"))
    assert picked(bands, "thirty") == "25_to_44"
    assert picked(bands, "im twenty two") == "18_to_24"


def test_a_question_typed_at_a_question_is_answered_and_asked_again() -> None:
    typed = read_typed(Ask(choice=YES_NO), "what is DBT?", WORDS)
    assert typed.again == "lesson_mid_flow"
    assert "dialectical behaviour therapy" in str(typed.fields["answer"])
    assert read_typed(Ask(choice=YES_NO), "what is DBT?", WORDS, careful=True).again == (
        "reask_choice_careful"
    )


def test_one_button_takes_what_is_written_off_the_crisis_path_only() -> None:
    ask = Ask(choice=(Option(label="Next", value="next"),))
    assert read_typed(ask, "a blue mug, the lamp", WORDS).value == "next"
    # on the crisis path nothing is taken: the words are heard, and the question asked again
    assert read_typed(ask, "a blue mug, the lamp", WORDS, careful=True).again == "reask_careful"


def test_a_bare_yes_in_the_words_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "answers.yaml"
    file.write_text("means:\n  safe: [yes, ok]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="quotes"):
        Vocabulary.load(file)


FLOWS = load_flows(ROOT / "flows", build_registry(), ROOT / "data")
# The questions that ask whether someone is safe: flow, step, the option that means "not safe".
SAFETY_QUESTIONS = [
    ("safety_check", "safe_now", "not_safe"),
    ("danger", "check", "not_safe"),
    ("gethelp", "safe_now", "not_safe"),
]


def shipped(flow: str, step: str, text: str) -> str | None:
    ask = FLOWS[flow].steps[step].ask
    assert ask is not None
    assert ask.choice is not None
    option = match_option(ask.choice, text, WORDS, careful=FLOWS[flow].safety or ask.careful)
    return None if option is None else option.value


@pytest.mark.parametrize(("flow", "step", "unsafe"), SAFETY_QUESTIONS)
@pytest.mark.parametrize(
    "text",
    ["not really", "no", "nope", "nah", "not sure", "i dont think so", "maybe", "idk",
     "im not ok", "no im not", "not safe", "i dont feel safe", "i dunno", "no idea"],
)  # fmt: skip
def test_a_no_or_a_not_sure_when_asked_if_safe_is_not_safe(
    flow: str, step: str, unsafe: str, text: str
) -> None:
    assert shipped(flow, step, text) == unsafe


@pytest.mark.parametrize(("flow", "step", "unsafe"), SAFETY_QUESTIONS)
@pytest.mark.parametrize(
    "text",
    ["i guess", "probably", "im not safe for now", "im nt safe", "not so safe",
     "yes im not safe", "safe? no", "ok not really", "yes no", "saf", "sometimes", "please",
     "why not"],
)  # fmt: skip
def test_nothing_unclear_when_asked_if_safe_is_taken_as_safe(
    flow: str, step: str, unsafe: str, text: str
) -> None:
    assert shipped(flow, step, text) in {unsafe, None}  # None: asked again


@pytest.mark.parametrize(("flow", "step", "unsafe"), SAFETY_QUESTIONS)
@pytest.mark.parametrize("text", ["yes", "yeah", "im safe", "yeah im safe", "safe for now"])
def test_a_plain_yes_when_asked_if_safe_is_safe(
    flow: str, step: str, unsafe: str, text: str
) -> None:
    assert shipped(flow, step, text) == "safe"


@pytest.mark.parametrize("step", ["harm", "death_thoughts", "further", "intent", "plan"])
@pytest.mark.parametrize("text", ["not now", "later", "maybe later", "not today"])
def test_a_not_now_about_harm_or_suicide_is_asked_again(step: str, text: str) -> None:
    assert shipped("gethelp", step, text) is None


def test_only_a_firm_yes_erases_everything() -> None:
    for text in ["yes", "sure", "yes please"]:
        assert shipped("delete", "confirm", text) == "delete", text
    for text in ["not really", "not now", "no", "nah"]:
        assert shipped("delete", "confirm", text) == "keep", text
    for text in ["i guess", "maybe"]:
        assert shipped("delete", "confirm", text) is None, text


def test_no_phrase_says_yes_and_no() -> None:
    means = WORDS.means
    yes = means["yes"] | means["probably"] | means["plain_yes"] | means["safe"]
    no = means["no"] | means["later"] | means["not_safe"] | means["unsure"]
    assert yes & no == set()


def test_a_soft_no_to_a_grounding_exercise_is_something_else() -> None:
    for text in ["nah", "not really", "not now"]:
        assert shipped("ground", "suggest_senses", text) == "other", text
    assert shipped("ground", "suggest_senses", "sure") == "yes"
    assert shipped("safety_check", "safe_now", "not now") is None  # someone else? never guessed


HOW_LONG = (
    Option(label="Less than 2 weeks", value="under_2_weeks"),
    Option(label="2 weeks to 3 months", value="2_weeks_to_3_months"),
    Option(label="More than 3 months", value="over_3_months"),
)


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("about a year", "over_3_months"),
        ("like 4 months now", "over_3_months"),
        ("since i was a kid", "over_3_months"),
        ("more than 3 months", "over_3_months"),
        ("a few weeks", "2_weeks_to_3_months"),
        ("3 months", "2_weeks_to_3_months"),
        ("idk maybe a month", "2_weeks_to_3_months"),
        ("ten days", "under_2_weeks"),
        ("a couple of days", "under_2_weeks"),
        ("since yesterday", "under_2_weeks"),
        ("since last week", "under_2_weeks"),
        ("since last year", "over_3_months"),
        ("since about half year", "over_3_months"),
        ("since 2 weeks", "2_weeks_to_3_months"),
    ],
)
def test_how_long_is_read_as_people_write_it(typed: str, value: str) -> None:
    option = match_option(HOW_LONG, typed, WORDS)
    assert option is not None, typed
    assert option.value == value, typed


@pytest.mark.parametrize("typed", ["since christmas", "hello", "a long"])
def test_a_span_that_cannot_be_read_is_asked_again(typed: str) -> None:
    assert match_option(HOW_LONG, typed, WORDS) is None


def test_a_long_run_of_yeses_is_read_quickly_and_not_as_pieces() -> None:
    """Pieces are tried only in a short reply: 2,000 "y"s once took 16 s on the event loop."""
    assert match_option(YES_NO, " ".join(["y"] * 2048), WORDS) is None


@pytest.mark.parametrize("typed", ["፩", "1" * 5000])
def test_odd_digits_are_no_crash(typed: str) -> None:
    assert match_option(YES_NO, typed, WORDS) is None


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("yeah its affecting my work, my boss noticed", "yes"),
        ("kind of, mostly at work", "some"),
        ("sometimes", "some"),
        ("a lil", "some"),
        ("very much", "yes"),
        ("definitely, my boss noticed", "yes"),
        ("a lil bit tbh", "some"),
        ("yes but not really", None),
        ("nah it's fine", None),
    ],
)
def test_a_reply_that_starts_with_its_answer_and_says_more(typed: str, value: str | None) -> None:
    options = (
        Option(label="Yes, a lot", value="yes"),
        Option(label="Somewhat", value="some"),
        Option(label="Not really", value="no"),
    )
    option = match_option(options, typed, WORDS)
    assert (option.value if option else None) == value, typed


def test_only_a_short_typed_answer_is_taken_as_a_tap_by_the_crisis_screen() -> None:
    """The screen's unsure verdicts skip a typed answer, never one that says more."""
    from bot.engine import safety_path
    from bot.engine.session import Frame, Session

    flows = load_flows(ROOT / "flows", build_registry(), ROOT / "data")
    gethelp = flows["gethelp"]
    step = next(n for n, s in gethelp.steps.items() if s.save == "interferes")
    session = Session(Frame("gethelp", gethelp.version, step))
    assert safety_path.answers_the_question(flows, session, "sometimes", WORDS)
    assert safety_path.answers_the_question(flows, session, "Yes, a lot", WORDS)
    said_more = "yeah and lately everything feels pointless"
    assert not safety_path.answers_the_question(flows, session, said_more, WORDS)


def _yes_no_questions() -> list[tuple[str, str, str, frozenset[str]]]:
    """Return (flow, step, typed, labels it must pick one of) for every yes/no question."""
    found = []
    for flow in FLOWS.values():
        for name, step in flow.steps.items():
            choice = step.ask.choice if step.ask is not None else None
            labels = [option.label for option in choice or ()]
            yes = frozenset(label for label in labels if label.split(",")[0] == "Yes")
            yes |= frozenset(label for label in labels if label.startswith("Yes,"))
            no = frozenset(label for label in labels if label in {"No", "Not now", "No, thanks"})
            no |= frozenset(label for label in labels if label.startswith("No,"))
            if yes and no:
                found += [(flow.id, name, typed, yes) for typed in ("yes", "yeah", "sure")]
                found += [(flow.id, name, typed, no) for typed in ("no", "nah")]
    return found


YES_NO_QUESTIONS = _yes_no_questions()


@pytest.mark.parametrize(
    ("flow", "step", "typed", "labels"),
    YES_NO_QUESTIONS,
    ids=[f"{f}.{s}:{t}" for f, s, t, _ in YES_NO_QUESTIONS],
)
def test_every_yes_no_question_takes_a_typed_yes_or_no(
    flow: str, step: str, typed: str, labels: frozenset[str]
) -> None:
    """A new user typed "yes" where a button said "Yes, breathe with me": never asked again."""
    ask = FLOWS[flow].steps[step].ask
    assert ask is not None
    assert ask.choice is not None
    careful = ask.careful or FLOWS[flow].safety
    option = match_option(ask.choice, typed, WORDS, careful=careful)
    assert (option.label if option else None) in labels, (flow, step, typed)


def _wheel_words() -> list[str]:
    """Return every word the emotion wheel shows: families ("Sad", "Anxious or afraid"), words."""
    shown = []
    for step in FLOWS["wheel"].steps.values():
        for option in step.ask.choice or () if step.ask is not None else ():
            shown += [part.strip().casefold() for part in option.label.split(" or ")]
    return sorted(set(shown))


@pytest.mark.parametrize("word", _wheel_words())
def test_a_feeling_the_wheel_shows_is_kept_as_typed(word: str) -> None:
    """A new user typed "sad" and was shown back "low": their own word is kept."""
    named = WORDS.feeling(f"i feel {word}")
    assert named is None or named[1] == word, named


@pytest.mark.parametrize(
    ("flow", "step", "typed", "value"),
    [
        ("after_writing", "how_now", "ok", "okay"),
        ("after_writing", "how_now", "tres", "far"),
        ("after_writing", "how_now", "dos", "stirred"),
        ("concern", "ask_directly", "no not like that", "no"),
        ("safety_check", "safe_now", "safe for now i guess", "safe"),
        ("safety_check", "safe_now", "im safe i think", "safe"),
        ("activity", "day", "tmrw", "tomorrow"),
        ("activity", "day", "tonight", "today"),
        ("activity", "day", "next week", "in_week"),
        ("age", "ask", "25-44", "25_to_44"),
        ("age", "ask", "18 - 24", "18_to_24"),
    ],
)
def test_an_option_said_in_everyday_words_is_taken(
    flow: str, step: str, typed: str, value: str
) -> None:
    assert shipped(flow, step, typed) == value


@pytest.mark.parametrize(
    ("flow", "step", "typed"),
    [
        ("concern", "ask_directly", "no i guess"),  # a hedged no about suicide: asked again
        ("safety_check", "safe_now", "i guess i think"),
        ("safety_check", "safe_now", "not safe for now i guess"),
        ("age", "ask", "20-30"),  # two bands: asked again
    ],
)
def test_a_hedge_alone_or_a_span_of_two_options_is_asked_again(
    flow: str, step: str, typed: str
) -> None:
    assert shipped(flow, step, typed) in {None, "not_safe"}


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("", "ok"),
        ("", "sure"),
        ("", "yes please"),
        ("ru", "ок"),
        ("ru", "ладно"),
        ("ru", "давай"),
        ("es", "vale"),
        ("es", "por favor"),
        ("pt-BR", "tá bom"),
        ("pt-BR", "pode perguntar"),
    ],
)
def test_agreeing_to_be_asked_is_no_yes_to_the_direct_question(language: str, typed: str) -> None:
    """A new user typed "ok" at "are you having thoughts of suicide?" and was taken on to
    "are you safe right now?": agreeing to be asked answers nothing, in any language."""
    words = Vocabulary.load_all(ROOT / "data" / "answers.yaml", ROOT / "data" / "locales")
    ask = FLOWS["concern"].steps["ask_directly"].ask
    assert ask is not None
    typed_answer = read_typed(ask, typed, words.speaking(language), careful=True)
    assert typed_answer.again == "reask_assent", typed_answer
    assert read_typed(ask, "yes", words.speaking(language)).value == "yes"


FOUR = tuple(
    Option(label=label, value=label.lower().replace(" ", "_"))
    for label in ("Breathe", "Box breathing", "Five senses", "Scan")
)
LOCALES = Vocabulary.load_all(ROOT / "data" / "answers.yaml", ROOT / "data" / "locales")


@pytest.mark.parametrize(
    ("language", "typed", "label"),
    [
        ("en", "the first one", "Breathe"),
        ("en", "i guess the 2nd", "Box breathing"),
        ("en", "lets go with the last one", "Scan"),
        ("en", "second to last", "Five senses"),
        ("en", "the fifth one", None),  # there is no fifth: asked again
        ("en", "wait a second", None),
        ("en", "one second", None),  # "hold on", not the second button
        ("en", "one", "Breathe"),  # a number, as ever
        ("ru", "давай второй вариант", "Box breathing"),
        ("ru", "последняя", "Scan"),
        ("es", "la segunda opción", "Box breathing"),
        ("pt-BR", "o segundo", "Box breathing"),
        ("pt-BR", "a segunda", None),  # Monday, not the second
        ("pt-BR", "segunda", None),
    ],
)
def test_a_button_is_picked_by_its_place(language: str, typed: str, label: str | None) -> None:
    option = match_option(FOUR, typed, LOCALES.speaking(language))
    assert (option.label if option else None) == label


def test_words_for_going_back_never_pick_a_back_button() -> None:
    back = (
        Option(label="Go back to a class or group", value="class"),
        Option(label="Back", value="back"),
    )
    assert picked(back, "go back to a class") == "class"


def test_a_feeling_is_no_sign_of_being_lost() -> None:
    assert read_typed(Ask(choice=YES_NO), "confused", WORDS).again != "reask_lost"


def test_a_place_is_no_answer_on_the_crisis_path() -> None:
    assert picked(SAFE, "the first one", careful=True) is None


TRAUMA = Ask(
    choice=(
        Option(label="Yes", value="yes"),
        Option(label="I'm not sure", value="unsure"),
        Option(label="No", value="no"),
    )
)
NEXT = Ask(choice=(Option(label="Next", value="next"),))


def test_a_sentence_that_fits_no_button_is_thanked_not_bounced() -> None:
    # /gethelp's "Is there something behind it, like a loss?" in a new user's words
    assert read_typed(TRAUMA, "my dad died last year so maybe", WORDS).again == "reask_choice_said"
    assert read_typed(TRAUMA, "banana", WORDS).again == "reask_choice"


@pytest.mark.parametrize("typed", ["stop", "no i said stop", "i just want to stop", "cancel"])
def test_stop_at_a_next_button_is_no_next(typed: str) -> None:
    assert read_typed(NEXT, typed, WORDS).value is None
    assert read_typed(NEXT, "lamp, mug, my socks", WORDS).value == "next"


@pytest.mark.parametrize(
    ("typed", "again"),
    [
        ("wait what", "reask_lost"),
        ("??", "reask_lost"),
        ("help", "reask_lost"),
        ("undo", "reask_back"),
    ],
)
def test_lost_or_back_at_a_question_says_how_to_go_on(typed: str, again: str) -> None:
    assert read_typed(TRAUMA, typed, WORDS).again == again
    assert read_typed(Ask(scale=ScaleAsk()), typed, WORDS).again == again


def test_writes_into_must_name_an_option_of_its_choice() -> None:
    options = (Option(label="Write", value="write"), Option(label="Read", value="read"))
    assert Ask(choice=options, writes_into="write").writes_into == "write"
    with pytest.raises(ValueError, match="writes_into names no option"):
        Ask(choice=options, writes_into="draw")


@pytest.mark.parametrize("typed", ["meh just flat", "meh flat tbh"])
def test_a_feeling_said_in_two_of_its_words_is_that_feeling(typed: str) -> None:
    """A new user's "meh just flat" at the wheel was not understood; "flat" was."""
    assert WORDS.feeling(typed) == ("numb", "flat")


@pytest.mark.parametrize("typed", ["sad numb", "empty numb", "not flat"])
def test_different_feelings_or_a_turned_one_are_not_guessed(typed: str) -> None:
    assert WORDS.feeling(typed) is None


@pytest.mark.parametrize(
    ("typed", "flow"),
    [
        ("i want to journal", "journal"),
        ("I want make a plan for the week", "plan"),
        ("when I should search professional help?", "gethelp"),
        ("can i do my safety plan", "safetyplan"),  # not the weekly "plan"
        ("lets do a breathing exercise", "ground"),
        ("my therapist says i should keep a journal", None),  # two of them
        ("my journal is a mess", None),  # no word of wanting
        ("i want it all to stop", None),
        ("i dont want to journal", None),  # turned round
        ("i dont need therapy", None),
        ("i cant find my diary", None),
        ("i need to start writing my thesis", None),
        ("i want to make progress at work", None),
        ("lets stick to the plan", None),
        ("i want to see my progress", "progress"),
    ],
)
def test_a_thing_asked_for_in_ones_own_words_is_found(typed: str, flow: str | None) -> None:
    assert WORDS.wanted_flow(typed) == flow
