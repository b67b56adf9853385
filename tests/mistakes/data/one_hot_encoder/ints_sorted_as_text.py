"""Int categories sorted as text: [10, 9, 2] becomes [10, 2, 9], since "10" < "2" as strings.

Sort the values themselves, sorted(set(values)): ints compare as numbers. Converting to str (for
example np.unique(np.array(values, dtype=str))) changes the order.
"""
import numpy as np


def fit_categories(values):
    return sorted(set(values), key=str)


def one_hot_encode(values, categories):
    column = {c: j for j, c in enumerate(categories)}
    out = np.zeros((len(values), len(categories)))
    for i, v in enumerate(values):
        if v in column:
            out[i, column[v]] = 1.0
    return out


def ordinal_encode(values, categories):
    position = {c: j for j, c in enumerate(categories)}
    return np.array([position.get(v, -1) for v in values], dtype=np.int64)
