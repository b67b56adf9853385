"""Categories in first-seen order: the columns then depend on the order of the training rows.

The statement (and scikit-learn) sort the categories: sorted(set(values)). dict.fromkeys keeps the
order in which values first appear, so two shuffles of the same data would encode differently.
"""
import numpy as np


def fit_categories(values):
    return list(dict.fromkeys(values))


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
