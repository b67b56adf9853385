"""One-hot matrix of ints: np.zeros(..., dtype=int) gives int64, the statement asks for float64.

The one-hot matrix feeds models that work in floats: allocate it with np.zeros((n, k)), whose
default dtype is float64.
"""
import numpy as np


def fit_categories(values):
    return sorted(set(values))


def one_hot_encode(values, categories):
    column = {c: j for j, c in enumerate(categories)}
    out = np.zeros((len(values), len(categories)), dtype=int)
    for i, v in enumerate(values):
        if v in column:
            out[i, column[v]] = 1
    return out


def ordinal_encode(values, categories):
    position = {c: j for j, c in enumerate(categories)}
    return np.array([position.get(v, -1) for v in values], dtype=np.int64)
