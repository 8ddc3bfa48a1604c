"""The statistical layer: a linear model over hashed word and character n-grams.

It catches the paraphrases no rule foresees ("nobody would notice if i was gone"). Trained
at build time by `reconnect safety build` on the corpus in tests/safety/corpus/train/ and
shipped as one small file, it needs nothing but numpy at run time. It reads the same folded,
lemmatised text as the rules, scores the whole message and each of its sentences, and keeps
the most worrying: risk buried in a long message is not averaged away.

Two heads share the features: one says how likely a message signals risk at all, the other
whose risk it is (the person's own, an emergency now, danger from someone, someone else's).
"""

from __future__ import annotations

import itertools
import json
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from bot.safety.levels import Kind
from bot.safety.rules import Reading, Rule
from bot.safety.sentences import Blend, KindHead, SentenceHead

DIMENSIONS = 1 << 18
KINDS = (Kind.SELF, Kind.NOW, Kind.DANGER, Kind.OTHER)
CHARS = (3, 4, 5, 6)
SPAN = 6  # character n-grams across word boundaries
FORMAT = 3
# Added to the log-odds of a person's own risk before the kinds are compared: with it, the
# n-grams and the sentence together tell the other kinds apart better than the n-grams
# alone and mistake a person's own risk for another kind less often (out of fold on the
# training corpus: own risk 97.6% -> 98.2%, danger 77.7 -> 82.7, someone else 73.6 -> 80.6).
KIND_MARGIN = 1.0


def features(reading: Reading, rule: Rule | None = None) -> list[int]:
    """Return the hashed feature indexes of one reading of text (each at most once)."""
    names: list[str] = []
    for word in reading.surface.split():
        padded = f" {word} "
        for n in CHARS:
            names += [padded[i : i + n] for i in range(max(1, len(padded) - n + 1))]
    spanned = f" {reading.surface} "
    names += [f"s{spanned[i : i + SPAN]}" for i in range(max(1, len(spanned) - SPAN + 1))]
    lemmas = reading.lemmas.split()
    names += [f"w {lemma}" for lemma in lemmas]
    names += [f"b {a} {b}" for a, b in itertools.pairwise(lemmas)]
    if rule is not None:  # what the rules saw is one more thing the model weighs
        names += [f"r {rule.level.value}", f"r {rule.id}"]
    mask = DIMENSIONS - 1
    return sorted({zlib.crc32(name.encode()) & mask for name in set(names)})


@dataclass(frozen=True, slots=True)
class Score:
    """How likely a message signals risk, and whose risk it most likely is."""

    risk: float
    kind: Kind
    kinds: tuple[float, ...] = ()  # the n-grams' log-odds of each kind, in KINDS' order


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The blended risk at or above `crisis` gives lines; at or above `concern` it asks the
    direct question, and so does the n-grams' risk alone at or above `ngram_concern`.

    The blend (bot/safety/sentences.py) tells risk from everyday best, so it decides lines
    and most questions; but it lets go of a few messages only the n-grams worry about ("is
    a 6th floor balcony enough"), so their strong worry asks too. Their weak worry alone
    asked about one everyday message in thirteen out of fold ("my friend texted me", "who
    sees them"), and a lower `concern` on the blend catches more risk than it did. A crisis
    rule whose message the blend scores below `rule_gate` asks the question instead of
    giving lines at once: the rule saw a phrase, the model saw a joke or a film. A model
    built before `ngram_concern` existed loads with it equal to `concern` (either layer's
    worry asks).
    """

    concern: float
    crisis: float
    rule_gate: float
    ngram_concern: float | None = None

    def asks(self, risk: float, ngram_risk: float) -> bool:
        """Return whether the blend's or the n-grams' risk asks the direct question."""
        ngram = self.concern if self.ngram_concern is None else self.ngram_concern
        return risk >= self.concern or ngram_risk >= ngram


class Model:
    """A trained model: weights (risk, then one column a kind), biases, thresholds.

    With a sentence head (bot/safety/sentences.py) and its blend, lines and a rule's gate
    are for the blended risk, the question for the larger of it and the n-grams' (see
    Thresholds); without, all are for the n-grams' risk alone.
    """

    def __init__(
        self,
        weights: npt.NDArray[np.floating[Any]],
        bias: npt.NDArray[np.float32],
        idf: npt.NDArray[np.floating[Any]],
        thresholds: Thresholds,
        meta: dict[str, object],
        sentences: SentenceHead | None = None,
        blend: Blend | None = None,
        kinds: KindHead | None = None,
    ) -> None:
        if (sentences is None) != (blend is None):
            raise ValueError("a sentence head comes with its blend, and only with it")
        self.sentences = sentences
        self.blend = blend
        self.kinds = kinds
        self._weights = weights
        self._bias = bias
        self._idf = idf
        self.thresholds = thresholds
        self.meta = meta

    def one(self, indexes: list[int]) -> Score:
        """Score one feature set: each feature weighted by its rarity, the whole of unit length."""
        rows = np.asarray(indexes, dtype=np.int64)
        logits = self._bias.astype(np.float64)
        if rows.size:
            values = self._idf[rows].astype(np.float64)
            weighted = values @ self._weights[rows].astype(np.float64)
            logits = logits + weighted / np.sqrt(values @ values)
        risk = 1.0 / (1.0 + np.exp(-logits[0]))
        kinds = tuple(float(value) for value in logits[1:])
        return Score(float(risk), KINDS[int(np.argmax(logits[1:]))], kinds)

    def kind_of(self, score: Score, vector: npt.NDArray[np.float32] | None) -> Kind:
        """Return whose risk a message the model raised speaks of: the n-grams' log-odds of
        each kind added to the sentence's, a person's own risk given a margin (KIND_MARGIN),
        so that the answer meant for someone else never goes to them more often than the
        n-grams alone would send it; the n-grams' kind when there is no sentence."""
        if self.kinds is None or vector is None or not score.kinds:
            return score.kind
        combined = np.asarray(score.kinds) + self.kinds.logits(vector)
        combined[KINDS.index(Kind.SELF)] += KIND_MARGIN
        return KINDS[int(np.argmax(combined))]

    def score(self, pieces: Iterable[Reading], rule: Rule | None = None) -> Score:
        """Score readings of one message (whole, sentences); keep the most worrying.

        `rule` is what the rules saw in the message; every reading is scored knowing it.
        """
        best = Score(0.0, Kind.SELF)
        for reading in pieces:
            score = self.one(features(reading, rule))
            if score.risk > best.risk:
                best = score
        return best

    def save(self, file: Path) -> None:
        """Write the model as one compressed numpy file (no pickles)."""
        limits = self.thresholds
        meta = dict(self.meta) | {
            "format": FORMAT,
            "kinds": [kind.value for kind in KINDS],
            "thresholds": {
                "concern": limits.concern,
                "crisis": limits.crisis,
                "rule_gate": limits.rule_gate,
                "ngram_concern": limits.ngram_concern,
            },
        }
        extra = {} if self.sentences is None else self.sentences.arrays()
        if self.kinds is not None:
            extra |= self.kinds.arrays()
        if self.blend is not None:
            blend = self.blend
            meta["blend"] = [blend.ngrams, blend.sentence, blend.rule, blend.bias]
        arrays: dict[str, Any] = {
            "weights": self._weights.astype(np.float16),
            "bias": self._bias.astype(np.float32),
            "idf": self._idf.astype(np.float16),
            "meta": np.frombuffer(json.dumps(meta, sort_keys=True).encode(), dtype=np.uint8),
        }
        np.savez_compressed(file, **{**arrays, **extra})

    @classmethod
    def load(cls, file: Path) -> Model:
        """Read a model written by `save`; refuse one of another format or kind list."""
        with np.load(file, allow_pickle=False) as data:
            meta = json.loads(bytes(data["meta"]).decode())
            weights = data["weights"]  # float16: half the memory, summed in float64
            bias = data["bias"].astype(np.float32)
            idf = data["idf"]
            sentences = SentenceHead.from_arrays(data)
            kind_head = KindHead.from_arrays(data)
        kinds = tuple(meta.get("kinds", ()))
        if meta.get("format") != FORMAT or kinds != tuple(kind.value for kind in KINDS):
            raise ValueError(f"{file}: a model of another format; run `reconnect safety build`")
        if weights.shape != (DIMENSIONS, 1 + len(KINDS)):
            raise ValueError(f"{file}: weights of shape {weights.shape}")
        limits = meta["thresholds"]
        thresholds = Thresholds(
            limits["concern"],
            limits["crisis"],
            limits["rule_gate"],
            limits.get("ngram_concern"),
        )
        blend = Blend(*meta["blend"]) if "blend" in meta else None
        return cls(weights, bias, idf, thresholds, meta, sentences, blend, kind_head)
