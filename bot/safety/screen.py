"""The crisis screen: a pure function from one message to a level and a kind of risk.

Layers:
1. rules over lemmas (bot/safety/rules.py) for what must never be missed, in every language
   we have a lexicon for, over folded text (bot/safety/text.py);
2. a linear model over word and character n-grams (bot/safety/model.py) for paraphrases,
   scored on the whole message and on each sentence;
3. a sentence encoder, a small network over its vectors (bot/safety/sentences.py) and the
   nearest training messages (bot/safety/neighbours.py) for what a message means in words
   neither saw, blended with the n-grams and the rules by
   weights fitted on how well each generalised (out of fold);
4. a decision: a rule or a confident model gives crisis lines; an uncertain model, or a
   concern rule, gives the direct question, which is cheap and clinically sound.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from bot.safety.levels import MODEL_RULE, Kind, Level, Verdict
from bot.safety.model import Model
from bot.safety.rules import Lexicon, Reading, RuleScreen
from bot.safety.sentences import Encoder, parts_of
from bot.safety.text import Lemmas, fold, sentences

NONE = Verdict(Level.NONE)
WHOLE = 400  # characters up to which a message is also scored as a whole
LONGEST = 1000  # characters of a training message the encoder reads at build time
logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ScreenFiles:
    """Where the screen's data lives under a data folder."""

    lexicon: Path
    lemmas: Path
    model: Path
    means: Path | None = None

    @classmethod
    def under(cls, data_dir: Path) -> ScreenFiles:
        """Return the shipped layout below data_dir."""
        folder = data_dir / "safety"
        return cls(
            folder / "lexicon", folder / "lemmas.tsv", folder / "model.npz", folder / "means.yaml"
        )


class CrisisScreen:
    """Screen a message: crisis, concern or none; the kind of risk; what decided it."""

    def __init__(
        self, rules: RuleScreen, model: Model | None, encoder: Encoder | None = None
    ) -> None:
        if model is not None and model.sentences is not None and encoder is None:
            raise ValueError("this model reads sentence vectors: give the screen an encoder")
        self.rules = rules
        self.model = model
        self.encoder = encoder

    @classmethod
    def load(cls, files: ScreenFiles, *, with_model: bool = True) -> CrisisScreen:
        """Read the lexicon, lemma table and (unless told not to) the model and encoder."""
        lemmas = Lemmas.parse(files.lemmas.read_text("utf-8")) if files.lemmas.exists() else None
        lexicon = Lexicon.load(files.lexicon)
        if files.means is not None:
            lexicon = lexicon.with_means(files.means)
        rules = RuleScreen(lexicon, lemmas or Lemmas({}))
        model = Model.load(files.model) if with_model else None
        encoder = Encoder() if model is not None and model.sentences is not None else None
        return cls(rules, model, encoder)

    def pieces(self, text: str) -> list[Reading]:
        """Return the reading of the whole message and, if it has several, of each sentence."""
        emoji = self.rules.lexicon.emoji
        parts = sentences(text)
        whole = [text, *parts] if len(parts) > 1 else [text]
        return [self.rules.read(fold(part, emoji)) for part in whole]

    def __call__(self, text: str) -> Verdict:
        """Return the verdict for one message."""
        if not text or not text.strip():
            return NONE
        pieces = self.pieces(text)
        rule = self.rules.match(pieces[0])
        if self.model is None:
            return NONE if rule is None else Verdict(rule.level, rule.id, rule.kind)
        # A long message is scored sentence by sentence: as a whole it only dilutes them.
        scored = pieces if len(pieces) == 1 or len(text) <= WHOLE else pieces[1:]
        score = self.model.score(scored, rule)
        ruled = rule is not None and rule.level is Level.CRISIS
        risk, vector = self._blend(text, score.risk, ruled)
        limits = self.model.thresholds
        if rule is not None and rule.level is Level.CRISIS:
            level = Level.CRISIS if risk >= limits.rule_gate else Level.CONCERN
            return Verdict(level, rule.id, rule.kind)
        if risk < limits.crisis and not limits.asks(risk, score.risk):
            return NONE if rule is None else Verdict(rule.level, rule.id, rule.kind)
        # Only a verdict the model raised is looked at for means named alone (most are none).
        means_only = rule is None and self.rules.names_means_only(pieces[0])
        if risk >= limits.crisis:
            kind = self.model.kind_of(score, vector)
            return Verdict(Level.CRISIS, MODEL_RULE, kind, means_only and kind is Kind.SELF)
        return Verdict(Level.CONCERN, MODEL_RULE, Kind.SELF, means_only)

    def _blend(
        self, text: str, ngram_risk: float, ruled: bool
    ) -> tuple[float, npt.NDArray[np.float32] | None]:
        """Return the risk the blend gives the n-grams' and the sentence layer's views, when
        the model has a sentence layer, and the vector of the part it found riskiest (None
        without one).

        The blend's weights were fitted on out-of-fold risks of both layers, so it trusts
        each as far as it generalised. It decides lines: out of fold, at the same recall,
        the larger of the two layers' risks gave lines to ten in a hundred fewer risk
        messages. The question also hears the n-grams' strong worry (see Thresholds): the
        blend alone let go of method questions only the n-grams knew ("9 этаж это точно
        насмерть?"). If the encoder fails, the n-grams' risk stands, and the failure is
        logged (never the text).
        """
        model, encoder = self.model, self.encoder
        if model is None or model.sentences is None or model.blend is None or encoder is None:
            return ngram_risk, None
        try:
            vectors = encoder.read(parts_of(text, sentences(text), WHOLE))
            risks = model.sentences.risk(vectors)
        except Exception as error:  # the screen must still answer
            logger.error("sentence layer failed (%s); the n-grams decide", type(error).__name__)
            return ngram_risk, None
        if not len(vectors):
            return model.blend(ngram_risk, 0.5, ruled), None
        riskiest = int(np.argmax(risks))
        sentence_risk = float(risks[riskiest])
        if not math.isfinite(sentence_risk):
            logger.error("sentence layer gave no number; the n-grams decide")
            return ngram_risk, None
        return model.blend(ngram_risk, sentence_risk, ruled), vectors[riskiest]
