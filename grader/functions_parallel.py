"""Per-example losses the efficiency and distributed tracks hand to learner code as `grad`.

Each is called as grad(w, X, y) and returns the gradient, at w, of the MEAN loss over the
rows given: (1/n) Σ_i ∇ℓ(w; x_i, y_i), as loss.backward() gives for PyTorch's default
reduction="mean". Plain picklable objects: they travel to the learner's process and run there,
counted like `grad` (grader/sandbox/). The repr is what a learner reads in a message. A call
with no rows raises ValueError: the mean over an empty micro-batch or shard does not exist. So
does a call with more than `max_rows` rows, when it is set: the memory of one device, which a
whole batch that should be split into micro-batches does not fit. With `micro_batches`, a list
of the (X_j, y_j) each call must get in turn (cycling, one round per step), a call on any other
rows raises ValueError: the order and the rows of the micro-batches a statement promises. Each
call of the learner's function gets its own copy of the object (grader/testing.py deep-copies
the arguments), so the round starts afresh at every call.
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


def _shown(values) -> str:
    return "[" + ", ".join(f"{v:.6g}" for v in np.ravel(values)[:8]) + (", …]" if np.size(values) > 8 else "]")


class _MeanLoss:
    def __init__(self, max_rows: int | None = None, micro_batches=None):
        self.max_rows = None if max_rows is None else int(max_rows)
        self.micro_batches = None if micro_batches is None else \
            [(np.array(X_j, dtype=float), np.array(y_j, dtype=float)) for X_j, y_j in micro_batches]
        self.calls = 0

    def _limit(self) -> str:
        if self.micro_batches is not None:
            sizes = ", ".join(str(len(y_j)) for _, y_j in self.micro_batches)
            return f" (rows {sizes}, in order)"
        return "" if self.max_rows is None else f" (≤ {self.max_rows} rows a call)"

    def _take(self, w, X, y):
        w, X, y = _rows(w, X, y, self.max_rows)
        if self.micro_batches is not None:
            k = len(self.micro_batches)
            j = self.calls % k
            self.calls += 1
            X_j, y_j = self.micro_batches[j]
            if X.shape != X_j.shape or not np.array_equal(X, X_j) or not np.array_equal(y, y_j):
                raise ValueError(
                    f"grad call {self.calls} (micro-batch {j} of step {(self.calls - 1) // k}) was given "
                    f"{X.shape[0]} rows with targets {_shown(y)}; micro-batch {j} is the next {len(y_j)} rows, "
                    f"targets {_shown(y_j)}: the micro-batches are consecutive slices of micro_batch_sizes rows, in order")
        return w, X, y


class SquaredError(_MeanLoss):
    """ℓ(w; x, y) = ½(x·w − y)²: grad(w, X, y) = Xᵀ(Xw − y) / n."""

    def __call__(self, w, X, y):
        w, X, y = self._take(w, X, y)
        return X.T @ (X @ w - y) / X.shape[0]

    def __repr__(self):
        return f"grad of the mean ½(x·w − y)²{self._limit()}"


class Logistic(_MeanLoss):
    """ℓ(w; x, y) = log(1 + e^(x·w)) − y·(x·w), y in {0, 1}: grad(w, X, y) = Xᵀ(σ(Xw) − y) / n."""

    def __call__(self, w, X, y):
        w, X, y = self._take(w, X, y)
        z = X @ w
        sigmoid = np.exp(-np.logaddexp(0.0, -z))  # σ(z) without overflow for large |z|
        return X.T @ (sigmoid - y) / X.shape[0]

    def __repr__(self):
        return f"grad of the mean logistic loss{self._limit()}"
