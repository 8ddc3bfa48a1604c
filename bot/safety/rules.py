"""Rules over lemmas for what must never be missed, one lexicon file a language in data/.

A pattern is a row of words, written in any script. Each word is folded and lemmatised the
way messages are, so "take my own life" also matches "took my own life" and "taking my own
life", and "покончить с собой" matches "покончила с собой" and "pokonchu s soboy". A "*"
allows up to three words in between; a word ending in "~" matches every word it begins
("порез~" matches "порезала"). Idioms are cut out of a message before rules are tried.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from bot.safety.levels import Kind, Level
from bot.safety.text import Lemmas, fold
from bot.yamlfile import read_yaml_file

_GAP = r"(?:\S+ ){0,3}"
# In a rule about someone else ("mom * suicidal"), a gap never crosses the person's own
# words: "i told my mom i'm suicidal" is their own risk, not their mother's.
_THEIRS = "*!"
REPORTED = 5  # words from "says" to what is passed on: "says that he doesnt want to live"
WHO = 5  # words from who to "says": "my grandpa stopped eating and says"


@dataclass(frozen=True, slots=True)
class Rule:
    """One named pattern: the level and kind of risk it stands for."""

    id: str
    level: Level
    kind: Kind
    pattern: str


@dataclass(frozen=True, slots=True)
class Reported:
    """How one language passes on what someone else said ("my brother says", "мама
    говорит"): who, the words of saying, and the person's own words (subjects, objects,
    first-person verbs where "I" is dropped) that show that what follows is theirs after all
    ("my mom says i'm a burden"). Kept a language apart: Spanish "ya" is not Russian "я"."""

    who: frozenset[str]
    say: frozenset[str]
    own: frozenset[str]

    @classmethod
    def parse(cls, data: dict[str, list[str]]) -> Reported:
        """Read the `reported:` part of a lexicon file; words are folded, "~" kept."""
        words = {
            part: frozenset(_word(str(w)) for w in data.get(part) or ()) - {""}
            for part in ("who", "say", "own")
        }
        return cls(words["who"], words["say"], words["own"])


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Rules, idioms to cut out, and emoji read as words, from every language's file."""

    rules: tuple[Rule, ...]
    idioms: tuple[str, ...]
    emoji: dict[str, str]
    # Folded words a lemma would change the meaning of ("dont" -> "do"): never lemmatised.
    keep: frozenset[str] = frozenset()
    # Folded words by which people speak of themselves ("i", "me", "я"): see _THEIRS.
    first_person: frozenset[str] = frozenset()
    # Means named (pills, razors) and words of intent, a plan or an attempt ("tonight",
    # "going to", "took"): a question that asks for means reads a verdict raised only by
    # them, with no intent, as means named (see Verdict.means_only).
    means: tuple[str, ...] = ()
    intent: tuple[str, ...] = ()
    # Passing on what someone else said, one a language (see Reported).
    reported: tuple[Reported, ...] = ()

    @classmethod
    def load(cls, folder: Path) -> Lexicon:
        """Read every `<language>.yaml` in folder; each rule needs an id, a kind and patterns."""
        rules: list[Rule] = []
        idioms: list[str] = []
        emoji: dict[str, str] = {}
        keep: set[str] = set()
        first_person: set[str] = set()
        reported: list[Reported] = []
        for file in sorted(folder.glob("*.yaml")):
            data = read_yaml_file(file) or {}
            for level in (Level.CRISIS, Level.CONCERN):
                for raw in data.get(level.value) or []:
                    if not raw.get("id") or not raw.get("patterns"):
                        raise ValueError(f"{file}: every {level} rule needs an id and patterns")
                    kind = Kind(raw.get("kind", Kind.SELF))
                    rule_id = f"{file.stem}.{raw['id']}"
                    rules += [Rule(rule_id, level, kind, str(p)) for p in raw["patterns"]]
            idioms += [str(idiom) for idiom in data.get("idioms") or []]
            emoji |= {str(k): str(v) for k, v in (data.get("emoji") or {}).items()}
            keep |= {fold(str(word)) for word in data.get("keep_as_typed") or ()}
            first_person |= {fold(str(word)) for word in data.get("first_person") or ()}
            if data.get("reported"):
                reported.append(Reported.parse(data["reported"]))
        first_person.discard("")
        return cls(
            tuple(rules),
            tuple(idioms),
            emoji,
            frozenset(keep),
            frozenset(first_person),
            reported=tuple(reported),
        )

    def with_means(self, file: Path) -> Lexicon:
        """Return this lexicon with the means and intent words of file, if it exists."""
        data = read_yaml_file(file) or {} if file.exists() else {}
        means = tuple(str(pattern) for pattern in data.get("means") or ())
        intent = tuple(str(pattern) for pattern in data.get("intent") or ())
        return replace(self, means=means, intent=intent)

    def words(self) -> Iterator[tuple[str, str]]:
        """Yield (language, word) for every word the rules and idioms are written with."""
        for rule in self.rules:
            language = rule.id.partition(".")[0]
            yield from ((language, word) for word in rule.pattern.split() if word != "*")


class Matcher:
    """Find patterns in folded text; each is tried only where its first word stands.

    Given a lemma table, pattern words are lemmatised and the text must be lemma text;
    given an empty one, patterns match words as typed.
    """

    def __init__(
        self,
        patterns: Iterable[tuple[int, str]],
        lemmas: Lemmas,
        first_person: frozenset[str] = frozenset(),
    ) -> None:
        exact: dict[str, list[tuple[int, str]]] = {}
        prefixed: dict[str, list[tuple[int, str]]] = {}
        theirs = _theirs_gap(first_person, lemmas)
        for index, pattern in patterns:
            compiled = (_compile_word(word, lemmas, theirs) for word in pattern.split())
            parts = [part for part in compiled if part is not None]
            while parts and parts[0][0] == "*":  # a leading or trailing "*" means nothing
                parts.pop(0)
            while parts and parts[-1][0] == "*":
                parts.pop()
            if not parts:
                continue
            body = "".join(regex for _, regex in parts)
            first, _ = parts[0]
            if first.endswith("~"):
                prefixed.setdefault(first[:-1], []).append((index, body))
            else:
                exact.setdefault(first, []).append((index, body))
        self._exact = {word: _group(items) for word, items in exact.items()}
        # Word starts are looked up by their first two letters, not tried on every word.
        self._prefixed: dict[str, list[tuple[str, _Group]]] = {}
        for prefix, items in prefixed.items():
            self._prefixed.setdefault(prefix[:2], []).append((prefix, _group(items)))

    def spans(self, text: str) -> Iterator[tuple[int, int, int]]:
        """Yield (start, end, pattern index) for matches, left to right."""
        text += " "  # every word's regex ends in a space
        for token in re.finditer(r"\S+", text):
            word = token.group()
            groups = [self._exact[word]] if word in self._exact else []
            starts = self._prefixed.get(word[:2], ())
            groups += [group for prefix, group in starts if word.startswith(prefix)]
            for pattern, indexes in groups:
                match = pattern.match(text, token.start())
                if match is not None and match.lastgroup is not None:
                    yield match.start(), match.end() - 1, indexes[int(match.lastgroup[1:])]


def _theirs_gap(first_person: frozenset[str], lemmas: Lemmas) -> str:
    """Return the gap of a rule about someone else: up to three words, none the person's own."""
    words = sorted(first_person | {lemmas.of(word) for word in first_person})
    if not words:
        return _GAP
    own = "|".join(re.escape(word) for word in words)
    return rf"(?:(?!(?:{own}) )\S+ ){{0,3}}"


def _compile_word(word: str, lemmas: Lemmas, theirs: str = _GAP) -> tuple[str, str] | None:
    """Return (key, regex) for one pattern word; None if it folds to nothing."""
    if word == "*":
        return "*", _GAP
    if word == _THEIRS:
        return "*", theirs
    prefix = word.endswith("~")
    folded = fold(word.rstrip("~")).split()
    if not folded:
        return None
    if prefix:
        # A prefix matches word starts, so it is folded but never lemmatised.
        *whole, last = folded
        regex = "".join(f"{re.escape(lemmas.of(w))} " for w in whole) + rf"{re.escape(last)}\S* "
        key = lemmas.of(whole[0]) if whole else f"{last}~"
        return key, regex
    words = [lemmas.of(w) for w in folded]
    return words[0], "".join(f"{re.escape(w)} " for w in words)


_Group = tuple[re.Pattern[str], tuple[int, ...]]


def _group(items: list[tuple[int, str]]) -> _Group:
    alternatives = "|".join(f"(?P<r{n}>{body})" for n, (_, body) in enumerate(items))
    return re.compile(alternatives), tuple(index for index, _ in items)


@dataclass(frozen=True, slots=True)
class Reading:
    """A message as the rules and the model read it: words as typed and as lemmas."""

    surface: str
    lemmas: str


class RuleScreen:
    """The rule layer: cut idioms out, then return the first crisis or concern rule that fits.

    Every pattern is tried twice: on lemmas (so inflections match) and on words as typed (so
    a word start "~" matches every form that begins with it, whatever its lemma).
    """

    def __init__(self, lexicon: Lexicon, lemmas: Lemmas) -> None:
        self.lexicon = lexicon
        self.lemmas = lemmas
        plain = Lemmas({})
        # Patterns that begin with the same word are tried in this order and the first that
        # fits wins, so the order is the rank's: crisis first, an emergency now, the longest.
        self._rules = tuple(sorted(lexicon.rules, key=_priority))
        patterns = [(i, _pattern(rule)) for i, rule in enumerate(self._rules)]
        idioms = sorted(lexicon.idioms, key=lambda idiom: -len(idiom.split()))  # longest cut
        self._views = (
            (Matcher(enumerate(idioms), plain), Matcher(patterns, plain, lexicon.first_person)),
            (Matcher(enumerate(idioms), lemmas), Matcher(patterns, lemmas, lexicon.first_person)),
        )
        self._means = (
            Matcher(enumerate(lexicon.means), plain),
            Matcher(enumerate(lexicon.means), lemmas),
        )
        self._intent = (
            Matcher(enumerate(lexicon.intent), plain),
            Matcher(enumerate(lexicon.intent), lemmas),
        )

    def read(self, folded: str) -> Reading:
        """Return folded text as typed and as lemmas, idioms replaced by "~" in each."""
        lemma_text = " ".join(self.lemmas.words(folded))
        surface, lemmas = (
            _cut(text, idioms)
            for text, (idioms, _) in zip((folded, lemma_text), self._views, strict=True)
        )
        return Reading(surface, lemmas)

    def match(self, reading: Reading) -> Rule | None:
        """Return the most serious rule that fits: crisis first, an emergency now, the longest.

        A rule about the person's own risk that follows someone else's words passed on ("my
        brother says he wants to die") is about that someone (see `reported`).
        """
        views = (reading.surface, reading.lemmas)
        found = [
            (view, *span)
            for view, text in enumerate(views)
            for span in self._views[view][1].spans(text)
        ]
        if not found:
            return None

        def rank(span: tuple[int, int, int, int]) -> tuple[bool, bool, int, int]:
            _, start, end, index = span
            rule = self._rules[index]
            return (rule.level is not Level.CRISIS, rule.kind is not Kind.NOW, start - end, index)

        view, start, end, index = min(found, key=rank)
        rule = self._rules[index]
        if rule.kind is Kind.SELF and self.reported(reading, views[view], start, end):
            return replace(rule, kind=Kind.OTHER)
        return rule

    def reported(self, reading: Reading, text: str, start: int, end: int) -> bool:
        """Return whether the words at text[start:end] pass on what someone else said, in
        one language: a word of saying at most REPORTED words before them, someone other
        than the person at most WHO words before that, and none of the person's own words
        from the saying to the end of the match ("my mom says i'm a burden" stays theirs)."""
        words = reading.surface.split()
        if len(words) != len(reading.lemmas.split()):
            return False  # an idiom cut one view and not the other: the words don't line up
        first, last = text[:start].count(" "), text[:end].count(" ") + 1
        return any(_passed_on(words, first, last, language) for language in self.lexicon.reported)

    def names_means_only(self, reading: Reading) -> bool:
        """Return whether means are named with no word of intent, a plan or an attempt."""
        texts = (reading.surface, reading.lemmas)

        def found(matchers: tuple[Matcher, Matcher]) -> bool:
            return any(next(m.spans(t), None) for m, t in zip(matchers, texts, strict=True))

        return found(self._means) and not found(self._intent)


def _passed_on(words: list[str], first: int, last: int, language: Reported) -> bool:
    for say in range(first - 1, max(first - REPORTED, 0) - 1, -1):
        if any(_is(word, language.own) for word in words[say:last]):
            return False
        if _is(words[say], language.say):
            return any(_is(word, language.who) for word in words[max(say - WHO, 0) : say])
    return False


def _word(word: str) -> str:
    """Return a listed word folded, a word start keeping its "~"."""
    folded = fold(word.rstrip("~"))
    return f"{folded}~" if word.endswith("~") and folded else folded


def _is(word: str, listed: frozenset[str]) -> bool:
    """Return whether a folded word is listed, whole or by a listed word start ("~")."""
    return word in listed or any(word.startswith(item[:-1]) for item in listed if item[-1] == "~")


def _pattern(rule: Rule) -> str:
    """Return a rule's pattern as matched: about someone else, its gaps are _THEIRS."""
    if rule.kind is not Kind.OTHER:
        return rule.pattern
    return " ".join(_THEIRS if word == "*" else word for word in rule.pattern.split())


def _priority(rule: Rule) -> tuple[bool, bool, int]:
    return (rule.level is not Level.CRISIS, rule.kind is not Kind.NOW, -len(rule.pattern.split()))


def _cut(text: str, idioms: Matcher) -> str:
    cuts = [(start, end) for start, end, _ in idioms.spans(text)]
    for start, end in reversed(cuts):
        text = f"{text[:start]}~ {text[end:]}".strip()
    return text
