"""The nearest training messages as a reader of risk (bot/safety/neighbours.py)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.safety.neighbours import Neighbours

DIMENSION = 384


def unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


def around(centre: int, count: int, rng: np.random.Generator) -> np.ndarray:
    """Unit vectors close to one axis, as messages that mean nearly the same thing."""
    rows = rng.normal(0, 0.05, (count, DIMENSION))
    rows[:, centre] += 1.0
    return unit(rows)


@pytest.fixture(scope="module")
def fitted() -> tuple[Neighbours, np.random.Generator]:
    pytest.importorskip("sklearn", reason="the build's extra: pip install -e '.[train]'")
    rng = np.random.default_rng(3)
    risky = np.vstack([around(0, 150, rng), around(1, 150, rng)])
    everyday = np.vstack([around(2, 200, rng), around(3, 200, rng)])
    x = np.vstack([risky, everyday])
    y = np.r_[np.ones(len(risky), bool), np.zeros(len(everyday), bool)]
    return Neighbours.fit(x, y, sample=600), rng


def test_a_message_close_to_risk_reads_as_risk_and_one_close_to_everyday_does_not(
    fitted: tuple[Neighbours, np.random.Generator],
) -> None:
    neighbours, rng = fitted
    assert neighbours.risk(around(0, 5, rng)).min() > 0.9
    assert neighbours.risk(around(1, 5, rng)).min() > 0.9
    assert neighbours.risk(around(2, 5, rng)).max() < 0.1
    assert neighbours.risk(np.zeros((0, DIMENSION), np.float32)).shape == (0,)


def test_saved_as_bytes_it_reads_the_same(
    fitted: tuple[Neighbours, np.random.Generator], tmp_path: Path
) -> None:
    neighbours, rng = fitted
    np.savez_compressed(tmp_path / "n.npz", **neighbours.arrays())
    with np.load(tmp_path / "n.npz") as data:
        assert data["n_vectors"].dtype == np.int8
        again = Neighbours.from_arrays(data)
    assert again is not None
    queries = np.vstack([around(0, 3, rng), around(2, 3, rng), around(9, 3, rng)])
    assert again.risk(queries) == pytest.approx(neighbours.risk(queries), abs=1e-3)
    assert Neighbours.from_arrays({}) is None
