"""Build the sentence layer (bot/safety/sentences.py): vectors, its network, the blend.

Part of `reconnect safety build` (the `train` extra). Encoding the 22,700 training messages
takes minutes, so vectors are kept in a cache file beside the build, by the text's hash:
a rebuild encodes only the lines that are new.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bot.safety.neighbours import Neighbours
from bot.safety.sentences import (
    DIMENSION,
    SENTENCE_FLOOR,
    Blend,
    Encoder,
    KindHead,
    SentenceHead,
    Vectors,
    encoder_name,
    logit,
)

__all__ = ["encoder_name", "fit_blend", "fit_head", "fit_kinds", "out_of_fold", "vectors"]

UNITS = 256  # hidden units of the network
ALPHA = 0.1  # its L2 penalty (1.0 and 10 did worse on heldout-4, now trained on; 0.01 more alarms)
SEED = 7


def _key(text: str) -> str:
    """Key a text's vector by the text and the encoder that made it (a new one re-encodes)."""
    return hashlib.sha256(f"{encoder_name()}\0{text}".encode()).hexdigest()[:24]


def vectors(texts: Sequence[str], cache: Path) -> Vectors:
    """Return the sentence vector of each text, encoding only those not in the cache."""
    known: dict[str, Vectors] = {}
    if cache.exists():
        with np.load(cache, allow_pickle=False) as data:
            known = dict(zip(data["keys"].tolist(), data["vectors"], strict=True))
    keys = [_key(text) for text in texts]
    wanted = dict(zip(keys, texts, strict=True))
    missing = sorted((key, text) for key, text in wanted.items() if key not in known)
    if missing:
        encoded = Encoder().many([text for _, text in missing])
        known.update(zip([key for key, _ in missing], encoded, strict=True))
        cache.parent.mkdir(parents=True, exist_ok=True)
        np.savez(cache, keys=np.array(list(known)), vectors=np.vstack(list(known.values())))
    if not keys:
        return np.zeros((0, DIMENSION), dtype=np.float32)
    return np.vstack([known[key] for key in keys]).astype(np.float32)


def fit_head(x: Vectors, y: Any) -> SentenceHead:
    """Fit the network on vectors x and labels y, the nearest messages beside it."""
    from sklearn.neural_network import MLPClassifier

    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-6
    net = MLPClassifier(
        hidden_layer_sizes=(UNITS,),
        alpha=ALPHA,
        max_iter=300,
        early_stopping=True,
        random_state=SEED,
    ).fit((x - mean) / scale, y)
    return SentenceHead(
        mean.astype(np.float32),
        scale.astype(np.float32),
        net.coefs_[0].astype(np.float16).astype(np.float32),  # shipped as float16
        net.intercepts_[0].astype(np.float32),
        net.coefs_[1][:, 0].astype(np.float32),
        float(net.intercepts_[1][0]),
    ).with_neighbours(Neighbours.fit(x, y))


def fit_kinds(x: Vectors, kinds: Any) -> KindHead:
    """Fit whose risk a vector speaks of, on the vectors of risk messages and their kinds
    (indexes into the model's kinds, every one present)."""
    from sklearn.linear_model import LogisticRegression

    fitted = LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced").fit(x, kinds)
    return KindHead(
        fitted.coef_.T.astype(np.float16).astype(np.float32),  # shipped as float16
        fitted.intercept_.astype(np.float32),
    )


def out_of_fold(x: Vectors, y: Any, splits: Iterable[tuple[Any, Any]]) -> Any:
    """Return each message's risk from a head fitted without its fold."""
    risk = np.zeros(len(y))
    for fit_rows, test_rows in splits:
        risk[test_rows] = fit_head(x[fit_rows], y[fit_rows]).risk(x[test_rows])
    return risk


def fit_blend(ngram_risk: Any, sentence_risk: Any, ruled: Any, y: Any) -> Blend:
    """Fit the blend on out-of-fold risks, so it weighs each layer by how well it generalises."""
    from sklearn.linear_model import LogisticRegression

    heard = np.maximum(sentence_risk, SENTENCE_FLOOR)  # as Blend hears it
    z = np.c_[logit(ngram_risk), logit(heard), ruled.astype(float)]
    fitted = LogisticRegression(C=1.0).fit(z, y)
    a, b, c = (round(float(value), 6) for value in fitted.coef_[0])
    return Blend(a, b, c, round(float(fitted.intercept_[0]), 6))
