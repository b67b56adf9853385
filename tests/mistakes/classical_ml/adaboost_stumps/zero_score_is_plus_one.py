"""A score of exactly 0 is labelled +1 (score ≥ 0) instead of −1.

The statement: +1 where the score is > 0, else −1 (so no stumps at all predict −1).
"""
import numpy as np


def _best_stump(X, y, w):
    candidates = []
    for j in range(X.shape[1]):
        values = np.unique(X[:, j])
        for t in (values[:-1] + values[1:]) / 2:
            left = X[:, j] <= t
            for polarity in (1, -1):
                predictions = np.where(left, polarity, -polarity)
                error = w[predictions != y].sum()
                candidates.append((float(error), j, float(t), polarity))
    smallest = min(c[0] for c in candidates)
    return next(c for c in candidates if c[0] <= smallest + 1e-12)


def fit_adaboost(X, y, *, n_estimators):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    if X.ndim != 2 or y.shape != (X.shape[0],) or not np.isin(y, [-1, 1]).all() or n_estimators < 0:
        raise ValueError("bad arguments")
    n, d = X.shape
    if n_estimators > 0 and all(len(np.unique(X[:, j])) < 2 for j in range(d)):
        raise ValueError("nothing to split")
    w = np.full(n, 1.0 / n)
    stumps = []
    for _ in range(n_estimators):
        error, j, t, polarity = _best_stump(X, y, w)
        if error == 0.0:  # PERFECT
            stumps.append((j, t, polarity, 1.0))
            break
        if error >= 0.5 - 1e-12:  # CHANCE
            break
        alpha = float(np.log((1.0 - error) / error))  # ALPHA
        stumps.append((j, t, polarity, alpha))
        wrong = np.where(X[:, j] <= t, polarity, -polarity) != y
        w = np.where(wrong, w * np.exp(alpha), w)  # REWEIGHT
        w = w / w.sum()  # NORMALISE
    return stumps


def predict_adaboost(X, stumps):
    X = np.asarray(X, dtype=np.float64)
    score = np.zeros(X.shape[0])
    for j, t, polarity, alpha in stumps:
        score += alpha * np.where(X[:, j] <= t, polarity, -polarity)
    return np.where(score >= 0, 1, -1).astype(np.int64)
