"""A small, safe language for branch conditions over saved answers (never ``eval``).

Grammar::

    expr    := and ("or" and)*
    and     := not ("and" not)*
    not     := "not" not | compare
    compare := atom (("==" | "!=" | "<" | "<=" | ">" | ">=" | "in") atom)?
    atom    := NAME | NUMBER | STRING | "(" expr ")" | "[" [atom ("," atom)*] "]"

A name is a saved answer; a missing answer is ``None`` and compares as false with ``<``,
``<=``, ``>`` and ``>=``.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

Value = str | int | float | bool | None | tuple["Value", ...]

_TOKEN = re.compile(
    r"\s*(?:(?P<num>-?\d+(?:\.\d+)?)|(?P<str>'[^']*'|\"[^\"]*\")|(?P<op>==|!=|<=|>=|<|>|\(|\)|\[|\]|,)"
    r"|(?P<name>[A-Za-z_][A-Za-z0-9_]*))"
)
_KEYWORDS = {"and", "or", "not", "in", "true", "false", "none"}
_COMPARE: dict[str, Callable[[Any, Any], Any]] = {
    "==": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


class ConditionError(ValueError):
    """A condition that does not parse; the message says what to change."""


@dataclass(frozen=True, slots=True)
class Condition:
    """A parsed condition: evaluate it against answers; ``names`` lists what it reads."""

    source: str
    names: frozenset[str]
    _evaluate: Callable[[Mapping[str, object]], object]

    def __call__(self, answers: Mapping[str, object]) -> bool:
        """Return whether the condition holds for these answers."""
        return bool(self._evaluate(answers))


def parse(source: str) -> Condition:
    """Parse a condition, or raise ConditionError saying what is wrong."""
    tokens = _tokenize(source)
    parser = _Parser(source, tokens)
    evaluate = parser.expr()
    if parser.pos != len(tokens):
        raise ConditionError(f"unexpected {tokens[parser.pos][1]!r} in condition {source!r}")
    return Condition(source, frozenset(parser.names), evaluate)


def _tokenize(source: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    pos = 0
    text = source.rstrip()
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None or match.end() == pos:
            raise ConditionError(f"cannot read {text[pos:].strip()!r} in condition {source!r}")
        kind = match.lastgroup or ""
        tokens.append((kind, match.group(kind)))
        pos = match.end()
    if not tokens:
        raise ConditionError("empty condition: write one such as 'presence <= 3'")
    return tokens


_Eval = Callable[[Mapping[str, object]], object]


def _ordered(op: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    def compare(left: object, right: object) -> bool:
        try:
            return bool(op(left, right))
        except TypeError:  # None or mixed types: an unanswered question is not "low"
            return False

    return compare


class _Parser:
    def __init__(self, source: str, tokens: list[tuple[str, str]]) -> None:
        self.source = source
        self.tokens = tokens
        self.pos = 0
        self.names: set[str] = set()

    def _peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def _accept(self, word: str) -> bool:
        token = self._peek()
        if token is not None and token[1] == word and token[0] in {"op", "name"}:
            self.pos += 1
            return True
        return False

    def _expect(self, word: str) -> None:
        if not self._accept(word):
            raise ConditionError(f"expected {word!r} in condition {self.source!r}")

    def expr(self) -> _Eval:
        parts = [self.and_()]
        while self._accept("or"):
            parts.append(self.and_())
        if len(parts) == 1:
            return parts[0]
        return lambda answers: any(part(answers) for part in parts)

    def and_(self) -> _Eval:
        parts = [self.not_()]
        while self._accept("and"):
            parts.append(self.not_())
        if len(parts) == 1:
            return parts[0]
        return lambda answers: all(part(answers) for part in parts)

    def not_(self) -> _Eval:
        if self._accept("not"):
            inner = self.not_()
            return lambda answers: not inner(answers)
        return self.compare()

    def compare(self) -> _Eval:
        left = self.atom()
        token = self._peek()
        if token is None:
            return left
        if token[1] in _COMPARE and token[0] == "op":
            self.pos += 1
            right = self.atom()
            op = _COMPARE[token[1]]
            if token[1] not in {"==", "!="}:
                op = _ordered(op)
            return lambda answers: op(left(answers), right(answers))
        if token == ("name", "in"):
            self.pos += 1
            right = self.atom()

            def contains(answers: Mapping[str, object]) -> bool:
                container = right(answers)
                return isinstance(container, tuple | str) and left(answers) in container

            return contains
        return left

    def atom(self) -> _Eval:
        token = self._peek()
        if token is None:
            raise ConditionError(f"condition {self.source!r} ends too early")
        kind, text = token
        self.pos += 1
        if kind == "num":
            number: int | float = float(text) if "." in text else int(text)
            return lambda _answers: number
        if kind == "str":
            literal = text[1:-1]
            return lambda _answers: literal
        if kind == "name":
            lowered = text.lower()
            if lowered in {"true", "false", "none"}:
                constant = {"true": True, "false": False, "none": None}[lowered]
                return lambda _answers: constant
            if lowered in _KEYWORDS:
                raise ConditionError(f"unexpected {text!r} in condition {self.source!r}")
            self.names.add(text)
            return lambda answers: answers.get(text)
        if text == "(":
            inner = self.expr()
            self._expect(")")
            return inner
        if text == "[":
            items: list[_Eval] = []
            if not self._accept("]"):
                items.append(self.atom())
                while self._accept(","):
                    items.append(self.atom())
                self._expect("]")
            return lambda answers: tuple(item(answers) for item in items)
        raise ConditionError(f"unexpected {text!r} in condition {self.source!r}")
