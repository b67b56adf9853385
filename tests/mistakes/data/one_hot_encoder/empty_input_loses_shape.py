"""Empty input loses its shape and dtype: np.array of an empty list is a float64 array of shape (0,).

A list comprehension over zero values gives [], and np.array([]) is shape (0,) float64: the one-hot
matrix should be (0, k) and the codes int64. Preallocate np.zeros((n, k)), or pass dtype=np.int64.
"""
import numpy as np


def fit_categories(values):
    return sorted(set(values))


def one_hot_encode(values, categories):
    return np.array([[1.0 if v == c else 0.0 for c in categories] for v in values])


def ordinal_encode(values, categories):
    position = {c: j for j, c in enumerate(categories)}
    return np.array([position.get(v, -1) for v in values])
