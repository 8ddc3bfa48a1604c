"""The sentence layer's second reader: how close a message is to the risk and the everyday
messages the screen was built on.

The network over sentence vectors (bot/safety/sentences.py: SentenceHead) draws one line
between risk and everyday, and a message far from both sides lands wherever the line
happens to run: a cooking question, a tablet's font size or a request for a day off read
as risk to it, because the corpus never had them. Nearest neighbours ask something else:
how close is the nearest risk message, and how close the nearest everyday one? A message
the corpus has nothing like is far from its risk messages too.

Each message is compared with every training message's vector (shipped as bytes, one a
number, about 11 MB; 43 MB in memory); the closest `K` on each side give six numbers, and
a logistic fit on them (each training message against the others) turns them into a risk.
Built on 2026-12-06 beside the network alone, in one run: out of fold, lines for 86.0% of
risk messages (80.1%) and the question for 9.5% of everyday ones (12.3%); on the six
held-out sets more lines and fewer questions in each. Fewer numbers a vector (the
directions of most variance, 128 or 256) lost most of that, so the vectors are whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

K = 5  # the nearest messages on each side that speak
SCALE = 10.0  # the similarities' scale before the fit (they differ in hundredths)
CHUNK = 2048  # messages compared at once (the build compares the whole corpus)
LEVELS = 127  # a vector's numbers are shipped as whole numbers up to this, times a scale

Vectors = npt.NDArray[np.float32]


def nearest(
    queries: Vectors, risky: Vectors, everyday: Vectors, *, skip_self: bool = False
) -> npt.NDArray[np.float64]:
    """Return, for each query, the closest and the mean of the K closest similarities to
    the risk and to the everyday messages, and the two differences, scaled for the fit.

    `skip_self` leaves out a query's own row (a similarity of one) when the queries are
    the corpus itself."""
    found = np.zeros((len(queries), 4))
    for start in range(0, len(queries), CHUNK):
        rows = queries[start : start + CHUNK]
        for column, side in enumerate((risky, everyday)):
            similar = rows @ side.T
            if skip_self:
                similar[similar > 0.9999] = -1.0
            count = min(K, side.shape[0])
            top = -np.partition(-similar, count - 1, axis=1)[:, :count]
            found[start : start + CHUNK, 2 * column] = top.max(axis=1)
            found[start : start + CHUNK, 2 * column + 1] = top.mean(axis=1)
    differences = found[:, [0, 1]] - found[:, [2, 3]]
    scaled: npt.NDArray[np.float64] = np.c_[found, differences] * SCALE
    return scaled


def packed(vectors: Vectors) -> tuple[npt.NDArray[np.int8], float]:
    """Return vectors as bytes and the scale that reads them back (a similarity moves by
    less than a thousandth)."""
    scale = float(np.abs(vectors).max()) / LEVELS if vectors.size else 1.0
    return np.round(vectors / scale).astype(np.int8), scale


@dataclass(frozen=True, slots=True)
class Neighbours:
    """Risk from the nearest training messages on each side."""

    risky: Vectors  # the risk messages' unit vectors
    everyday: Vectors  # the everyday messages'
    weights: npt.NDArray[np.float64]  # one a number `nearest` gives
    bias: float

    def risk(self, vectors: Vectors) -> npt.NDArray[np.float64]:
        """Return the risk of each row of vectors."""
        if not len(vectors):
            return np.zeros(0)
        found = nearest(vectors.astype(np.float32), self.risky, self.everyday)
        risk: npt.NDArray[np.float64] = 1.0 / (1.0 + np.exp(-(found @ self.weights + self.bias)))
        return risk

    @classmethod
    def fit(cls, x: Vectors, y: Any, *, sample: int = 8000, seed: int = 7) -> Neighbours:
        """Fit on unit vectors x with labels y (True for risk): each of a sample of
        messages against all the others (itself left out), its vectors as shipped."""
        from sklearn.linear_model import LogisticRegression

        risky = np.asarray(y, dtype=bool)
        codes, scale = packed(x)
        shipped = codes.astype(np.float32) * scale
        rows = np.random.default_rng(seed).choice(len(x), size=min(sample, len(x)), replace=False)
        found = nearest(shipped[rows], shipped[risky], shipped[~risky], skip_self=True)
        fitted = LogisticRegression(C=1.0, max_iter=2000).fit(found, risky[rows])
        weights = fitted.coef_[0].astype(np.float32).astype(np.float64)
        bias = float(np.float32(fitted.intercept_[0]))
        return cls(shipped[risky], shipped[~risky], weights, bias)

    def arrays(self) -> dict[str, npt.NDArray[Any]]:
        """Return the reader as named arrays, for the model file (vectors as bytes)."""
        codes, scale = packed(np.vstack([self.risky, self.everyday]))
        return {
            "n_vectors": codes,
            "n_risky": np.array([len(self.risky)], dtype=np.int64),
            "n_scale": np.array([scale], dtype=np.float32),
            "n_weights": self.weights.astype(np.float32),
            "n_bias": np.array([self.bias], dtype=np.float32),
        }

    @classmethod
    def from_arrays(cls, data: Any) -> Neighbours | None:
        """Read a reader written by `arrays`; None when the file has none."""
        if "n_vectors" not in data:
            return None
        vectors = data["n_vectors"].astype(np.float32) * np.float32(data["n_scale"][0])
        split = int(data["n_risky"][0])
        return cls(
            vectors[:split],
            vectors[split:],
            data["n_weights"].astype(np.float64),
            float(data["n_bias"][0]),
        )
