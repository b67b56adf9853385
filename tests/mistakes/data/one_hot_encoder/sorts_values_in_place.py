"""fit_categories sorts the caller's list in place (values.sort()), reordering the training data.

list.sort() changes the list you were given. Use sorted(set(values)), which builds a new list.
"""
import numpy as np
NAMED_BY_MESSAGE = "modified its argument `values`"


def fit_categories(values):
    values.sort()
    out = []
    for v in values:
        if not out or out[-1] != v:
            out.append(v)
    return out


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
