"""Functions the probability track's hidden tests hand to learner code (the integrand `f`).

Plain picklable objects: they travel to the learner's process and run there. Each takes a
float array of points in [0, 1] and returns a float64 array of the same shape; the reprs are
what a learner reads in a message.
"""
from __future__ import annotations

import numpy as np


class Power:
    """f(x) = x**p; E[f(U)] = 1/(p + 1) for U uniform on [0, 1)."""

    def __init__(self, p: float):
        self.p = float(p)

    def __call__(self, x):
        return np.asarray(x, dtype=float) ** self.p

    def mean(self) -> float:
        return 1.0 / (self.p + 1.0)

    def __repr__(self):
        return f"Power(p={self.p:g})"


class Exp:
    """f(x) = exp(x); E[f(U)] = e − 1."""

    def __call__(self, x):
        return np.exp(np.asarray(x, dtype=float))

    def mean(self) -> float:
        return float(np.e - 1.0)

    def __repr__(self):
        return "Exp()"


class Step:
    """f(x) = 1.0 where x < threshold, else 0.0; E[f(U)] = threshold."""

    def __init__(self, threshold: float):
        self.threshold = float(threshold)

    def __call__(self, x):
        return (np.asarray(x, dtype=float) < self.threshold).astype(float)

    def mean(self) -> float:
        return self.threshold

    def __repr__(self):
        return f"Step(threshold={self.threshold:g})"
