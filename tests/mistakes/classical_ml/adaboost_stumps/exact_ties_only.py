"""Ties decided by exact equality of the weighted errors, not "within 1e-12 of the smallest".

Weighted errors that are equal on paper are sums of the same weights in another order and can
differ in the last bit, so rounding would pick the stump. Count every candidate with
ε ≤ smallest + 1e-12 as tied, then apply the order: feature, threshold, polarity +1 first.
"""
import numpy as np


def _best_stump(X, y, w):
    """The (error, feature, threshold, polarity) of smallest weighted error; exact ties to the first in order."""
    candidates = []                                  # in the order of the tie rule
    for j in range(X.shape[1]):
        values = np.unique(X[:, j])
        for t in (values[:-1] + values[1:]) / 2:
            left = X[:, j] <= t
            for polarity in (1, -1):
                predictions = np.where(left, polarity, -polarity)
                candidates.append((float(w[predictions != y].sum()), j, float(t), polarity))
    smallest = min(error for error, *_ in candidates)
    return next(c for c in candidates if c[0] == smallest)    # exact equality only


def fit_adaboost(X, y, *, n_estimators):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got shape {X.shape}")
    n, d = X.shape
    if y.shape != (n,):
        raise ValueError(f"y must have shape {(n,)}, got {y.shape}")
    if not np.isin(y, [-1, 1]).all():
        raise ValueError("labels must be -1 and +1")
    if n_estimators < 0:
        raise ValueError(f"n_estimators must be >= 0, got {n_estimators}")
    if n_estimators > 0 and all(len(np.unique(X[:, j])) < 2 for j in range(d)):
        raise ValueError("no feature has two distinct values: no stump can split")
    w = np.full(n, 1.0 / n)
    stumps = []
    for _ in range(n_estimators):
        error, j, t, polarity = _best_stump(X, y, w)
        if error == 0.0:
            stumps.append((j, t, polarity, 1.0))      # a perfect stump: nothing left to boost
            break
        if error >= 0.5 - 1e-12:
            break                                     # no better than chance: alpha would be ≤ 0
        alpha = float(np.log((1.0 - error) / error))
        stumps.append((j, t, polarity, alpha))
        wrong = np.where(X[:, j] <= t, polarity, -polarity) != y
        # the misclassified rows gain weight, so the next stump must attend to them
        w = np.where(wrong, w * np.exp(alpha), w)
        w = w / w.sum()
    return stumps


def predict_adaboost(X, stumps):
    X = np.asarray(X, dtype=np.float64)
    score = np.zeros(X.shape[0])
    for j, t, polarity, alpha in stumps:
        score += alpha * np.where(X[:, j] <= t, polarity, -polarity)
    return np.where(score > 0, 1, -1).astype(np.int64)
