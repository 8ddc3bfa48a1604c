"""Build the screen's shipped data: the lemma table and the model (`reconnect safety build`).

Needs the `train` extra (simplemma, scikit-learn); the bot itself never imports this module.
The sentence layer's part of the build is in bot/safety/sentence_training.py.
Inputs: the lexicon in data/safety/lexicon/ and the corpus in tests/safety/corpus/train/.
The held-out corpus is never read here. Thresholds are chosen on out-of-fold predictions of
the training corpus, so they are not tuned on the messages used to measure them.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bot.safety import corpus, sentence_training
from bot.safety.levels import Level
from bot.safety.model import DIMENSIONS, KINDS, Model, Thresholds, features
from bot.safety.rules import Lexicon, Rule, RuleScreen
from bot.safety.screen import LONGEST, CrisisScreen, ScreenFiles
from bot.safety.text import Lemmas, fold

# Turkish is left out: its dictionary folds too much into one lemma ("ölsem", "olsun": "ol").
LEMMA_LANGUAGES = ("en", "ru", "uk", "es", "pt", "de", "fr", "id", "ar", "hi")
QUESTION_RECALL = 0.98  # of risk messages, out of fold, that get at least the question
NGRAM_LEVELS = np.round(np.arange(0.30, 1.0, 0.01), 2)  # the n-grams' own thresholds tried
NGRAM_SLACK = 0.003  # of everyday messages asked, traded for the n-grams asking on their own
LINES_ALARMS = 0.02  # of everyday messages, out of fold, that may get crisis lines
C = 4.0  # inverse regularisation: stronger, so one rare word never decides alone
CACHE = Path(".cache/sentence-vectors.npz")  # the training corpus's sentence vectors


@dataclass(frozen=True, slots=True)
class Built:
    """What a build made, for the command to print."""

    lemmas: int
    examples: int
    thresholds: Thresholds
    out_of_fold: dict[str, float]


def digest(files: Iterable[Path]) -> str:
    """Return a short hash of the files a build read, to tell when it is stale."""
    sha = hashlib.sha256()
    for file in sorted(files):
        sha.update(file.name.encode() + b"\0" + file.read_bytes() + b"\0")
    return sha.hexdigest()[:16]


def inputs(files: ScreenFiles, train: Path) -> list[Path]:
    """Return every file a build reads."""
    return [*files.lexicon.glob("*.yaml"), *train.rglob("*.tsv")]


def build_lemmas(lexicon: Lexicon, examples: list[corpus.Example]) -> Lemmas:
    """Return folded form -> lemma for the words of the rules and the training corpus."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    wanted: dict[str, set[str]] = {language: set() for language in LEMMA_LANGUAGES}
    for language, word in lexicon.words():
        if language in wanted:
            wanted[language].add(word.rstrip("~").lower())
    # Words that recur in risk messages, so the model's word features see past inflection.
    recurring = Counter(
        (example.language, word)
        for example in examples
        if example.label == corpus.RISK
        for word in set(example.text.lower().split())
        if len(word) > 4
    )
    for (language, word), seen in recurring.items():
        if seen > 1 and language in wanted:
            wanted[language].add(word)
    factory = DefaultDictionaryFactory()
    forms: dict[str, str] = {}
    for language in LEMMA_LANGUAGES:
        dictionary = factory.get_dictionary(language)
        targets = {dictionary.get(word.strip(".,!?;:\"'()"), word) for word in wanted[language]}
        by_lemma: dict[str, list[str]] = {}
        for form, lemma in dictionary.items():
            if lemma in targets:
                by_lemma.setdefault(lemma, []).append(form)
        for lemma, words in by_lemma.items():
            folded_lemma = fold(lemma)
            if " " in folded_lemma or not folded_lemma:
                continue
            for form in words:
                folded = fold(form)
                # Short forms collide across languages (German "die"), so they keep themselves.
                if folded in lexicon.keep:
                    continue  # a negation or a word whose lemma is another word's
                if len(folded) > 3 and " " not in folded and folded != folded_lemma:
                    forms.setdefault(folded, folded_lemma)
    return Lemmas(forms)


def _matrix(rows: list[list[int]]) -> tuple[Any, np.ndarray[Any, Any]]:
    """Return the rows as a tf-idf matrix (each row of unit length) and the idf weights."""
    from scipy.sparse import csr_matrix
    from sklearn.preprocessing import normalize

    indices = np.concatenate([np.asarray(row, dtype=np.int64) for row in rows])
    indptr = np.cumsum([0, *(len(row) for row in rows)])
    binary = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows), DIMENSIONS))
    seen = np.bincount(indices, minlength=DIMENSIONS)
    idf = np.log((1 + len(rows)) / (1 + seen)) + 1
    # Shipped as float16: weigh with the rounded values, as the bot will.
    idf = idf.astype(np.float16).astype(np.float64)
    return normalize(binary.multiply(idf).tocsr()), idf


def _fit(x: Any, y: Any) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, solver="liblinear", class_weight="balanced").fit(x, y)


def _fit_kinds(x: Any, y: Any) -> Any:
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier

    fitted = OneVsRestClassifier(
        LogisticRegression(C=C, solver="liblinear", class_weight="balanced")
    ).fit(x, y)
    coef = np.vstack([estimator.coef_[0] for estimator in fitted.estimators_])
    intercept = np.array([estimator.intercept_[0] for estimator in fitted.estimators_])
    return coef, intercept


def _recall_threshold(
    risk: np.ndarray[Any, Any], risky: np.ndarray[Any, Any], ruled: np.ndarray[Any, Any]
) -> float:
    """Return the risk at or above which QUESTION_RECALL of risk messages are asked (or ruled)."""
    unruled = np.sort(risk[risky & ~ruled])
    needed = QUESTION_RECALL * risky.sum() - (risky & ruled).sum()
    missable = max(0, len(unruled) - int(np.ceil(needed)))
    return float(unruled[missable]) if len(unruled) and missable < len(unruled) else 0.0


def choose_thresholds(
    risk: np.ndarray[Any, Any],
    risky: np.ndarray[Any, Any],
    ruled: np.ndarray[Any, Any],
    ngram_risk: np.ndarray[Any, Any] | None = None,
) -> Thresholds:
    """Pick thresholds on out-of-fold scores: recall for the question, few alarms for lines.

    `risk` decides lines. The question is asked at `risk` >= `concern` or `ngram_risk` >=
    `ngram_concern` (when given): of the pairs that keep QUESTION_RECALL, the one with the
    lowest n-gram level among those that ask at most NGRAM_SLACK more everyday messages
    than the fewest (a lower n-gram level lets the blend's own threshold rise a little).
    `ruled` marks messages a crisis rule fits; they get at least the question whatever the
    model says, and lines when the model is not sure they are harmless (`rule_gate`, at the
    recall the question has on `risk`).
    """
    gate = _recall_threshold(risk, risky, ruled)
    everyday = ~risky
    rule_alarms = (everyday & ruled & (risk >= gate)).sum()
    budget = LINES_ALARMS * everyday.sum() - rule_alarms
    candidates = np.sort(risk[everyday & ~(ruled & (risk >= gate))])[::-1]
    allowed = int(max(0, budget))
    crisis = float(candidates[allowed]) + 1e-6 if allowed < len(candidates) else gate
    crisis = max(crisis, gate)
    concern, ngram_concern = gate, None
    if ngram_risk is not None:
        lines = (risk >= crisis) | (ruled & (risk >= gate))
        tried = []
        for level in NGRAM_LEVELS:
            # The n-grams' strong worry asks whatever the blend says: as if the blend were sure.
            concern_at = _recall_threshold(np.where(ngram_risk >= level, 1.0, risk), risky, ruled)
            asked = (risk >= concern_at) | (ngram_risk >= level)
            alarms = float((asked & ~lines & ~ruled)[everyday].mean())
            tried.append((alarms, concern_at, float(level)))
        # The lowest level that asks about as few everyday messages as the best: the n-grams
        # then still ask on their own if the sentence layer misreads a message or fails.
        fewest = min(alarms for alarms, _, _ in tried)
        _, concern, level = next(t for t in tried if t[0] <= fewest + NGRAM_SLACK)
        ngram_concern = round(level, 5)
    return Thresholds(
        concern=round(concern, 5),
        crisis=round(crisis, 5),
        rule_gate=gate,
        ngram_concern=ngram_concern,
    )


def build(files: ScreenFiles, train: Path, *, folds: int = 5, cache: Path = CACHE) -> Built:
    """Build the lemma table and the model from the lexicon and training corpus; write both."""
    from sklearn.model_selection import StratifiedKFold

    examples = corpus.load(train)
    lexicon = Lexicon.load(files.lexicon)
    lemmas = build_lemmas(lexicon, examples)
    files.lemmas.write_text(
        "".join(f"{form}\t{lemma}\n" for form, lemma in sorted(lemmas.items())), "utf-8"
    )
    screen = CrisisScreen(RuleScreen(lexicon, lemmas), None)
    readings = [screen.pieces(example.text)[0] for example in examples]
    rules: list[Rule | None] = [screen.rules.match(reading) for reading in readings]
    x, idf = _matrix([features(r, rule) for r, rule in zip(readings, rules, strict=True)])
    risky = np.array([example.label == corpus.RISK for example in examples])
    ruled = np.array([rule is not None and rule.level is Level.CRISIS for rule in rules])
    kinds = np.array([KINDS.index(example.kind) if example.kind else -1 for example in examples])
    risk = np.zeros(len(examples))
    splits = list(StratifiedKFold(n_splits=folds, shuffle=True, random_state=7).split(x, risky))
    for fit_rows, test_rows in splits:
        risk[test_rows] = _fit(x[fit_rows], risky[fit_rows]).predict_proba(x[test_rows])[:, 1]
    vectors = sentence_training.vectors([example.text[:LONGEST] for example in examples], cache)
    sentence_risk = sentence_training.out_of_fold(vectors, risky, splits)
    blend = sentence_training.fit_blend(risk, sentence_risk, ruled, risky)
    # As the screen does: the blend decides lines; it or the n-grams' strong worry asks.
    ngram_risk = risk
    risk = np.array([blend(*row) for row in zip(risk, sentence_risk, ruled, strict=True)])
    thresholds = choose_thresholds(risk, risky, ruled, ngram_risk)
    risk_head = _fit(x, risky)
    kind_head = _fit_kinds(x[risky], kinds[risky])
    weights = np.zeros((DIMENSIONS, 1 + len(KINDS)), dtype=np.float32)
    bias = np.zeros(1 + len(KINDS), dtype=np.float32)
    weights[:, 0], bias[0] = risk_head.coef_[0], risk_head.intercept_[0]
    weights[:, 1:], bias[1:] = kind_head[0].T, kind_head[1]
    meta: dict[str, object] = {
        "inputs": digest(inputs(files, train)),
        "examples": len(examples),
        "languages": dict(Counter(example.language for example in examples)),
        "sentences": sentence_training.encoder_name(),
    }
    head = sentence_training.fit_head(vectors, risky)
    kind_of_vector = sentence_training.fit_kinds(vectors[risky], kinds[risky])
    Model(weights, bias, idf, thresholds, meta, head, blend, kind_of_vector).save(files.model)
    lines = (risk >= thresholds.crisis) | (ruled & (risk >= thresholds.rule_gate))
    asks = np.array([thresholds.asks(*row) for row in zip(risk, ngram_risk, strict=True)])
    asked = ~lines & (asks | ruled)
    out_of_fold = {
        "crisis lines, of risk messages": float(lines[risky].mean()),
        "at least the question, of risk messages": float((lines | asked)[risky].mean()),
        "crisis lines, of everyday messages": float(lines[~risky].mean()),
        "the question, of everyday messages": float(asked[~risky].mean()),
    }
    return Built(len(lemmas), len(examples), thresholds, out_of_fold)
