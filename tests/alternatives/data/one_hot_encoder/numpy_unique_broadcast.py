"""np.unique for the categories (converted with .tolist()); one-hot by broadcasting ==."""
import numpy as np


def fit_categories(values):
    if len(values) == 0:
        return []
    return np.unique(np.array(values)).tolist()


def one_hot_encode(values, categories):
    if len(values) == 0 or len(categories) == 0:
        return np.zeros((len(values), len(categories)))
    v = np.array(values)
    c = np.array(categories)
    return (v[:, None] == c[None, :]).astype(np.float64)


def ordinal_encode(values, categories):
    onehot = one_hot_encode(values, categories)
    codes = np.full(len(values), -1, dtype=np.int64)
    known = onehot.sum(axis=1) > 0
    if known.any():
        codes[known] = onehot[known].argmax(axis=1)
    return codes
