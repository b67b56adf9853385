"""Adds a column for unknown values: the matrix has k + 1 columns instead of k.

With handle_unknown='ignore' an unknown value is a row of k zeros; there is no extra column.
"""
import numpy as np


def fit_categories(values):
    return sorted(set(values))


def one_hot_encode(values, categories):
    column = {c: j for j, c in enumerate(categories)}
    out = np.zeros((len(values), len(categories) + 1))
    for i, v in enumerate(values):
        out[i, column.get(v, len(categories))] = 1.0
    return out


def ordinal_encode(values, categories):
    position = {c: j for j, c in enumerate(categories)}
    return np.array([position.get(v, -1) for v in values], dtype=np.int64)
