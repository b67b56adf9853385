"""Returns a 0-d numpy array for a scalar input, where the statement asks for a float.

np.where and np.exp turn a scalar into a numpy array (np.where always returns an ndarray).
For a scalar x (not an np.ndarray), return float(...).
"""
import numpy as np


def sigmoid(x):
    x = np.asarray(x, dtype=float)
    with np.errstate(over="ignore"):
        e = np.exp(-np.abs(x))          # ≤ 1 always
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
