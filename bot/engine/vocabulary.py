"""The everyday words for typed answers (``data/answers.yaml``), and each language's own
(``data/locales/<language>/answers.yaml``), read once and looked up by bot/engine/answers.py."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from bot.engine.durations import DurationWords
from bot.engine.times import TimeWords
from bot.engine.wording import normalise
from bot.yamlfile import read_yaml_file

MAX_QUESTION = 120  # characters: a longer message is more than a question about a word
MAX_SHORT = 40  # characters: a longer text with one number in it is a sentence, not a score


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The everyday words for answers, read from ``data/answers.yaml``."""

    means: dict[str, frozenset[str]] = field(default_factory=dict)
    also: dict[str, tuple[str, ...]] = field(default_factory=dict)  # value: values it borrows
    soft: dict[str, tuple[str, ...]] = field(default_factory=dict)  # the same, off the crisis path
    negations: frozenset[str] = frozenset()
    hedges: frozenset[str] = frozenset()  # words that soften an answer ("i guess")
    unhedged: frozenset[str] = frozenset()  # values a hedge never goes with on the crisis path
    times: TimeWords = field(default_factory=TimeWords)
    durations: DurationWords = field(default_factory=DurationWords)
    numbers: dict[str, int] = field(default_factory=dict)
    # A button by its place ("the first one": 1, "the last one": -1), with the words around
    # it ("the", "option") dropped first, and a last word such as "one" ("one second" is no
    # place).
    positions: dict[str, int] = field(default_factory=dict)
    position_fillers: frozenset[str] = frozenset()
    position_last: frozenset[str] = frozenset()
    scale_emoji: dict[str, float] = field(default_factory=dict)
    ages: dict[str, tuple[int, int]] = field(default_factory=dict)
    feelings: dict[str, tuple[str, str]] = field(default_factory=dict)  # words: (family, word)
    fillers: tuple[str, ...] = ()  # longest first
    cues: tuple[str, ...] = ()  # how a question starts ("what is")
    # (names, the short answer, the lesson that says more or "")
    topics: tuple[tuple[frozenset[str], str, str], ...] = ()
    commands: dict[str, str] = field(default_factory=dict)  # typed word: the command it means
    # Each language's own words (data/locales/<language>/answers.yaml) added to these.
    languages: Mapping[str, Vocabulary] = field(default_factory=dict)
    # Values strengthening words never pick on the crisis path ("honestly no" is asked again)
    calming: frozenset[str] = frozenset()
    # What someone asks to do in their own words ("i want to journal"): a flow's words,
    # and the words of wanting one of them must come with.
    wants: tuple[tuple[str, frozenset[str]], ...] = ()
    want_cues: frozenset[str] = frozenset()

    def wanted_flow(self, text: str) -> str | None:
        """Return the one flow short text asks for ("i want make a plan for the week", "when
        should i get professional help"); None without words of wanting, with a word that
        turns it round, or for two flows.
        Of words inside others, the longer speaks ("safety plan" is not the weekly "plan")."""
        said = f" {normalise(text)} "
        if len(said) > MAX_QUESTION or not any(f" {cue} " in said for cue in self.want_cues):
            return None
        if self.negated(said):  # "i dont want to journal", "i cant find my diary"
            return None
        found = [
            (flow, word) for flow, words in self.wants for word in words if f" {word} " in said
        ]
        longest = {
            flow
            for flow, word in found
            if not any(word != other and f" {word} " in f" {other} " for _, other in found)
        }
        return longest.pop() if len(longest) == 1 else None

    def position(self, text: str, count: int) -> int | None:
        """Return the index of the button a typed place names ("the 2nd one"), or None."""
        said = f" {normalise(text)} "
        for filler in sorted(self.position_fillers, key=len, reverse=True):
            said = said.replace(f" {filler} ", " ")
        words = said.split()
        if len(words) > 1 and words[-1] in self.position_last:  # "first one", not "one second"
            words = words[:-1]
        place = self.positions.get(" ".join(words))
        if place is None or place == 0 or not -count <= place <= count:
            return None
        return place - 1 if place > 0 else count + place

    def command_in(self, text: str) -> str | None:
        """Return the command a short typed line means ("stop", "menu"), or None."""
        return self.commands.get(normalise(text))

    def speaking(self, language: str | None) -> Vocabulary:
        """Return the words for someone spoken to in ``language``: English's, with that
        language's added (people mix: "ok" and "7" stay understood); English's alone if the
        language has no words of its own."""
        return self.languages.get(language or "", self)

    def with_words_of(self, other: Vocabulary) -> Vocabulary:
        """Return these words with another language's answers, numbers, feelings (and the
        words around them: "мне одиноко"), times of day, negations ("не", "não": a label
        typed with a typo is never read as its opposite) added.
        A word that comes to mean two options of one question is asked about, never guessed."""
        means = {
            value: self.means.get(value, frozenset()) | other.means.get(value, frozenset())
            for value in self.means.keys() | other.means.keys()
        }
        return replace(
            self,
            means=means,
            numbers={**self.numbers, **other.numbers},
            positions={**self.positions, **other.positions},
            commands={**self.commands, **other.commands},
            position_fillers=self.position_fillers | other.position_fillers,
            position_last=self.position_last | other.position_last,
            feelings={**self.feelings, **other.feelings},
            times=self.times.with_words_of(other.times),
            fillers=tuple(sorted(set(self.fillers) | set(other.fillers), key=len, reverse=True)),
            negations=self.negations | other.negations,
            languages={},
        )

    @classmethod
    def load_all(cls, file: Path, locales: Path) -> Vocabulary:
        """Read English's words in ``file`` and each language's in ``locales/*/answers.yaml``."""
        english = cls.load(file)
        languages = (
            {
                folder.name: english.with_words_of(cls.load(folder / "answers.yaml"))
                for folder in sorted(locales.iterdir())
                if (folder / "answers.yaml").is_file()
            }
            if locales.is_dir()
            else {}
        )
        return replace(english, languages=languages)

    def words_for(self, value: str, present: frozenset[str], careful: bool) -> frozenset[str]:
        """Return the phrases that pick an option of this value at a question offering these
        values: its own, and those of the values it borrows that no option there has."""
        borrowed = self.also.get(value, ()) + (() if careful else self.soft.get(value, ()))
        extra = (self.means.get(kind, frozenset()) for kind in borrowed if kind not in present)
        return self.means.get(value, frozenset()).union(*extra)

    def negated(self, wanted: str) -> bool:
        """Return whether normalised text holds a word that turns it round ("not")."""
        return not self.negations.isdisjoint(wanted.split())

    def answer_to(self, text: str) -> str | None:
        """Return the short answer to a question about a topic we have one for."""
        topic = self.topic_of(text)
        return None if topic is None else topic[1]

    def lesson_for(self, text: str) -> str:
        """Return the lesson that says more on the topic of a typed question, or ""."""
        topic = self.topic_of(text)
        return "" if topic is None else topic[2]

    def asks(self, text: str) -> bool:
        """Return whether text is a question: a "?" at its end, or the words one starts with
        ("what is", "do u know": people leave the "?" out)."""
        wanted = normalise(text)
        return text.strip().endswith("?") or any(
            wanted == cue or wanted.startswith(cue + " ") for cue in self.cues
        )

    def topic_of(self, text: str) -> tuple[frozenset[str], str, str] | None:
        """Return the topic a typed question asks about: (names, answer, lesson)."""
        wanted = normalise(text)
        if not self.asks(text) or len(wanted) > MAX_QUESTION:
            return None
        padded = f" {wanted} "
        for topic in self.topics:
            if any(f" {name} " in padded for name in topic[0]):
                return topic
        return None

    def feeling(self, text: str) -> tuple[str, str] | None:
        """Return the wheel's (family, word) a short message names ("i feel so numb")."""
        wanted = f" {normalise(text)} "
        if len(wanted) > MAX_SHORT:
            return None
        for filler in self.fillers:
            while f" {filler} " in wanted:
                wanted = wanted.replace(f" {filler} ", " ")
        words = wanted.strip()
        for lead in ("", "feel ", "feeling "):
            if words.startswith(lead) and words[len(lead) :] in self.feelings:
                return self.feelings[words[len(lead) :]]
        # "meh flat": each word a feeling, all the same one, is that feeling (a new user).
        named = {self.feelings.get(word) for word in words.split()}
        if len(named) == 1 and None not in named:
            return named.pop()
        return None

    @classmethod
    def load(cls, file: Path) -> Vocabulary:
        """Read the vocabulary; an absent file gives an empty one (exact answers only)."""
        if not file.exists():
            return cls()
        data = read_yaml_file(file) or {}
        means = {
            str(value): frozenset(normalise(str(word)) for word in words)
            for value, words in (data.get("means") or {}).items()
        }
        for words in (data.get("means") or {}).values():
            if any(isinstance(word, bool) for word in words or ()):  # a bare yes reads as True
                raise ValueError(f"put yes and no in quotes in {file}: {words}")
        numbers = {normalise(str(k)): int(v) for k, v in (data.get("numbers") or {}).items()}
        places = data.get("positions") or {}
        positions = {normalise(str(k)): int(v) for k, v in (places.get("words") or {}).items()}
        position_fillers = frozenset(normalise(str(w)) for w in places.get("fillers") or ())
        position_last = frozenset(normalise(str(w)) for w in places.get("last") or ())
        emoji = {str(k): float(v) for k, v in (data.get("scale_emoji") or {}).items()}
        ages = {str(k): (int(v[0]), int(v[1])) for k, v in (data.get("ages") or {}).items()}
        feelings = {
            normalise(str(said)): (str(family), str(word))
            for family, words in (data.get("feelings") or {}).items()
            for word, saying in words.items()
            for said in [word, *saying]
        }
        fillers = sorted(
            {normalise(str(f)) for f in data.get("feeling_fillers") or ()}, key=len, reverse=True
        )
        cues = tuple(normalise(str(cue)) for cue in data.get("question_cues") or ())
        topics = tuple(
            (
                frozenset(normalise(str(n)) for n in topic["names"]),
                " ".join(str(topic["answer"]).split()),
                str(topic.get("lesson") or ""),
            )
            for topic in data.get("topics") or ()
        )
        return cls(
            means,
            _values(data.get("also")),
            _values(data.get("soft")),
            frozenset(normalise(str(word)) for word in data.get("negations") or ()),
            frozenset(normalise(str(word)) for word in data.get("hedges") or ()),
            frozenset(str(value) for value in data.get("unhedged") or ()),
            TimeWords.read(data.get("times") or {}),
            DurationWords.read(data.get("durations") or {}),
            numbers,
            positions,
            position_fillers,
            position_last,
            emoji,
            ages,
            feelings,
            tuple(fillers),
            cues,
            topics,
            {
                normalise(str(word)): str(name)
                for name, words in (data.get("commands") or {}).items()
                for word in words
            },
            calming=frozenset(str(value) for value in data.get("calming") or ()),
            wants=tuple(
                (str(flow), frozenset(normalise(str(word)) for word in words))
                for flow, words in ((data.get("wants") or {}).get("flows") or {}).items()
            ),
            want_cues=frozenset(
                normalise(str(cue)) for cue in (data.get("wants") or {}).get("cues") or ()
            ),
        )


def _values(data: Mapping[str, list[str]] | None) -> dict[str, tuple[str, ...]]:
    return {str(value): tuple(map(str, others)) for value, others in (data or {}).items()}
