"""``reconnect i18n check``: a shipped language is complete, and each text fits and is its own."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from fluent.syntax import ast

from bot.engine.flow_loader import Problem
from bot.engine.flow_model import Flow
from bot.engine.joining import MAX_CHARS, MAX_WORDS, words_in
from bot.engine.texts import fields_in, say_key
from bot.i18n.catalogs import ENGLISH, Catalog, Catalogs
from bot.i18n.keys import data_texts, flow_texts

SHOWN_MISSING = 10  # a language being written lists this many of the keys it lacks
# What may stay as in English: placeholders, /commands, numbers, links, emoji and signs.
_NOT_WORDS = re.compile(r"\{[^{}]*\}|/[a-z_]+|https?://\S+")
_WORD = re.compile(r"[^\W\d_]{2,}")


def check_all(flows: Mapping[str, Flow], data: Path, progress: bool = True) -> list[Problem]:
    """Check the catalogs in ``data/locales`` against the English of these flows and data;
    with ``progress``, say how much each language being written lacks (a warning each)."""
    english = {**flow_texts(flows), **data_texts(data)}
    catalogs = Catalogs.load(data / "locales")
    problems = check_languages(english, catalogs)
    for language in sorted(catalogs.shipped & catalogs.catalogs.keys()):
        problems += list(_steps_too_long(flows, catalogs.catalogs[language]))
    return problems if progress else [problem for problem in problems if not problem.warning]


def missing_texts(flows: Mapping[str, Flow], data: Path, language: str) -> dict[str, str]:
    """Return the English of every text ``language``'s catalog lacks, by key, in key order."""
    english = {**flow_texts(flows), **data_texts(data)}
    catalog = Catalogs.load(data / "locales").catalogs.get(language)
    have = catalog.messages.keys() if catalog else set()
    return {key: english[key] for key in sorted(english.keys() - have)}


def check_languages(english: Mapping[str, str], catalogs: Catalogs) -> list[Problem]:
    """Return what a shipped language lacks or gets wrong, and what a language being
    written gets wrong (failures), with how much each language being written lacks (a
    warning each)."""
    problems: list[Problem] = []
    for language in sorted(catalogs.shipped - catalogs.catalogs.keys() - {ENGLISH}):
        problems.append(Problem(f"data/locales/{language}", 1, "shipped, but has no catalog"))
    for language, catalog in sorted(catalogs.catalogs.items()):
        said = {k: v for k, v in english.items() if not catalogs.in_english(language, k)}
        found = list(_language_problems(said, catalog, catalogs.keep_english))
        if language in catalogs.shipped:
            problems += found
            continue
        # Being written: what is there must be right; only what is missing is let pass.
        missing = sorted(said.keys() - catalog.messages.keys())
        problems += [problem for problem in found if problem.message.split(" ")[0] not in missing]
        if missing:
            shown = ", ".join(missing[:SHOWN_MISSING])
            told = f"not shipped: {len(missing)} of {len(said)} texts missing (first: {shown})"
            problems.append(Problem(f"data/locales/{language}", 1, told, warning=True))
    return problems


def _language_problems(
    english: Mapping[str, str], catalog: Catalog, keep_english: frozenset[str]
) -> Iterator[Problem]:
    where = f"data/locales/{catalog.language}"
    for error in catalog.errors:
        yield Problem(where, 1, error)
    for key in sorted(english.keys() - catalog.messages.keys()):
        yield Problem(where, 1, f"{key} is missing (English: {english[key][:60]!r})")
    for key in sorted(catalog.messages.keys() - english.keys()):
        yield Problem(catalog.files[key], 1, f"{key} is no text of the flows or data any more")
    for key in sorted(english.keys() & catalog.messages.keys()):
        message, file = catalog.messages[key], catalog.files[key]
        if message.value is None:
            yield Problem(file, 1, f"{key} has no text")
            continue
        wanted, used = fields_in(english[key]), set(_variables(message.value))
        if wanted != used:
            names = ", ".join(sorted(used)), ", ".join(sorted(wanted))
            yield Problem(file, 1, f"{key} uses {{{names[0]}}}, English {{{names[1]}}}")
        for text in _variants(message.value):
            if len(text) > MAX_CHARS:
                yield Problem(file, 1, f"{key} is over Telegram's {MAX_CHARS} characters")
            if words_in(text) > MAX_WORDS:
                yield Problem(file, 1, f"{key} is {words_in(text)} words, over {MAX_WORDS}")
        if _same_as_english(english[key], _variants(message.value)[0], keep_english):
            yield Problem(file, 1, f"{key} is still in English: {english[key][:60]!r}")


def _steps_too_long(flows: Mapping[str, Flow], catalog: Catalog) -> Iterator[Problem]:
    """Yield a step whose texts, said together in one message, fit in English but not in
    this language: one message a turn, short enough to read on a phone."""
    for flow in flows.values():
        for step_id, step in flow.steps.items():
            if len(step.say) < 2:  # one text alone is checked as a text
                continue
            keys = [say_key(flow.id, step_id, n, len(step.say)) for n in range(len(step.say))]
            english = sum(words_in(text) for text in step.say)
            said = [catalog.messages.get(key) for key in keys]
            words = sum(
                words_in(_variants(message.value)[0])
                for message in said
                if message is not None and message.value is not None
            )
            if english <= MAX_WORDS < words:
                told = f"{flow.id}.{step_id} is {words} words said together, over {MAX_WORDS}"
                yield Problem(catalog.files.get(keys[0], catalog.language), 1, told)


def _variables(pattern: ast.Pattern) -> Iterator[str]:
    for element in pattern.elements:
        if isinstance(element, ast.Placeable):
            yield from _expression_variables(element.expression)


def _expression_variables(expression: ast.BaseNode) -> Iterator[str]:
    if isinstance(expression, ast.VariableReference):
        yield expression.id.name
    elif isinstance(expression, ast.SelectExpression):
        yield from _expression_variables(expression.selector)
        for variant in expression.variants:
            yield from _variables(variant.value)
    elif isinstance(expression, ast.Placeable):
        yield from _expression_variables(expression.expression)


def _variants(pattern: ast.Pattern) -> list[str]:
    """Return the text of a pattern for each variant of its first selector (the default
    first), placeholders written ``{name}``: enough to count and compare."""
    texts = [""]
    for element in pattern.elements:
        if isinstance(element, ast.TextElement):
            texts = [text + element.value for text in texts]
            continue
        assert isinstance(element, ast.Placeable)
        expression = element.expression
        if isinstance(expression, ast.SelectExpression):
            variants = sorted(expression.variants, key=lambda variant: not variant.default)
            texts = [text + "".join(_variants(v.value)[:1]) for text in texts for v in variants]
        elif isinstance(expression, ast.VariableReference):
            texts = [text + "{" + expression.id.name + "}" for text in texts]
        elif isinstance(expression, ast.StringLiteral | ast.NumberLiteral):
            texts = [text + expression.value for text in texts]
    return texts


def _same_as_english(english: str, translated: str, keep_english: frozenset[str]) -> bool:
    """Return whether a translation is the English as written, with English words in it
    that are no placeholder, command, number or name kept as it is."""
    if " ".join(translated.split()) != " ".join(_english_plain(english).split()):
        return False
    words = {word.casefold() for word in _WORD.findall(_NOT_WORDS.sub(" ", english))}
    return bool(words - keep_english)


def _english_plain(english: str) -> str:
    """Return English with ``{count|one|other}`` as its "other" word, the way ``_variants``
    writes a translation's default."""
    return re.sub(r"\{([a-z_][a-z0-9_]*)\|([^|{}]*)\|([^|{}]*)\}", r"\3", english)
