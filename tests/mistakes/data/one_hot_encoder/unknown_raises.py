"""An unknown value raises: categories.index(value) fails on a value not seen in training.

Values first met in the test set are normal. Look positions up in a dict with .get and give an
unknown value an all-zero one-hot row (and the ordinal code −1) instead of raising.
"""
import numpy as np
NAMED_BY_MESSAGE = "raised ValueError"


def fit_categories(values):
    return sorted(set(values))


def one_hot_encode(values, categories):
    out = np.zeros((len(values), len(categories)))
    for i, v in enumerate(values):
        out[i, categories.index(v)] = 1.0
    return out


def ordinal_encode(values, categories):
    return np.array([categories.index(v) for v in values], dtype=np.int64)
