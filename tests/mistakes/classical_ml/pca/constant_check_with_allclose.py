"""Decides "every row is the same" with np.allclose, whose absolute tolerance (1e-8) calls data with a tiny spread constant.

Only rows that are exactly equal have no direction: test np.all(X == X[0]). Data spread over 1e-9
still has principal directions (PCA does not depend on the scale).
"""
NAMED_BY_MESSAGE = "rows not all equal"

import numpy as np


def pca(X, k):
    n, d = X.shape
    if not 1 <= k <= min(n, d):
        raise ValueError(f"k must be between 1 and min(n, d) = {min(n, d)}, got {k}")
    # Test the rows themselves: X − mean of identical rows of 0.1 is ~1e-17, not exactly 0.
    if np.allclose(X, X[0]):
        raise ValueError("every row of X is the same: the total variance is 0")
    centred = X - X.mean(axis=0)                 # a new array: X is left alone
    _, S, Vt = np.linalg.svd(centred, full_matrices=False)
    total = np.sum(S ** 2)
    # svd_flip on the rows of Vt: the entry of largest |value| (the first on ties) becomes positive.
    biggest = np.argmax(np.abs(Vt), axis=1)
    signs = np.sign(Vt[np.arange(len(Vt)), biggest])
    Vt = Vt * signs[:, None]
    components = Vt[:k]
    ratio = S[:k] ** 2 / total                   # squared singular values ∝ variances
    projected = centred @ components.T
    return components, ratio, projected
