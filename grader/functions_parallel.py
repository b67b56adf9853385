"""Per-example losses the efficiency and distributed tracks hand to learner code as `grad`.

Each is called as grad(w, X, y) and returns the gradient, at w, of the MEAN loss over the
rows given: (1/n) Σ_i ∇ℓ(w; x_i, y_i), as loss.backward() gives for PyTorch's default
reduction="mean". Plain picklable objects: they travel to the learner's process and run there,
counted like `grad` (grader/sandbox/). The repr is what a learner reads in a message. A call
with no rows raises ValueError: the mean over an empty micro-batch or shard does not exist. So
does a call with more than `max_rows` rows, when it is set: the memory of one device, which a
whole batch that should be split into micro-batches does not fit.
"""
from __future__ import annotations

import numpy as np


def _rows(w, X, y, max_rows):
    w = np.asarray(w, dtype=float)
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if w.ndim != 1 or X.ndim != 2 or X.shape[1] != w.shape[0]:
        raise ValueError(f"grad expects w of shape (d,) and X of shape (n, d); got w {w.shape}, X {X.shape}")
    if y.shape != (X.shape[0],):
        raise ValueError(f"grad expects y of shape (n,) = ({X.shape[0]},), got {y.shape}")
    if X.shape[0] == 0:
        raise ValueError("grad was called with no rows: the mean loss over an empty batch does not exist")
    if max_rows is not None and X.shape[0] > max_rows:
        raise ValueError(f"grad was called with {X.shape[0]} rows, more than the {max_rows} that fit in memory")
    return w, X, y


class _MeanLoss:
    def __init__(self, max_rows: int | None = None):
        self.max_rows = None if max_rows is None else int(max_rows)

    def _limit(self) -> str:
        return "" if self.max_rows is None else f" (≤ {self.max_rows} rows a call)"


class SquaredError(_MeanLoss):
    """ℓ(w; x, y) = ½(x·w − y)²: grad(w, X, y) = Xᵀ(Xw − y) / n."""

    def __call__(self, w, X, y):
        w, X, y = _rows(w, X, y, self.max_rows)
        return X.T @ (X @ w - y) / X.shape[0]

    def __repr__(self):
        return f"grad of the mean ½(x·w − y)²{self._limit()}"


class Logistic(_MeanLoss):
    """ℓ(w; x, y) = log(1 + e^(x·w)) − y·(x·w), y in {0, 1}: grad(w, X, y) = Xᵀ(σ(Xw) − y) / n."""

    def __call__(self, w, X, y):
        w, X, y = _rows(w, X, y, self.max_rows)
        z = X @ w
        sigmoid = np.exp(-np.logaddexp(0.0, -z))  # σ(z) without overflow for large |z|
        return X.T @ (sigmoid - y) / X.shape[0]

    def __repr__(self):
        return f"grad of the mean logistic loss{self._limit()}"
