"""Stump search by sorting each feature once and scanning with running sums (SSE = Σr² − S²/n per side)."""
import numpy as np


def _best_stump(X, r):
    n, d = X.shape
    best = None
    for j in range(d):
        order = np.argsort(X[:, j], kind="stable")
        x, rs = X[order, j], r[order]
        total_sum, total_sq = rs.sum(), (rs ** 2).sum()
        left_sum = left_sq = 0.0
        for i in range(n - 1):
            left_sum += rs[i]
            left_sq += rs[i] ** 2
            if x[i] == x[i + 1]:
                continue
            k = i + 1
            right_sum, right_sq = total_sum - left_sum, total_sq - left_sq
            cost = (left_sq - left_sum ** 2 / k) + (right_sq - right_sum ** 2 / (n - k))
            if best is None or cost < best[0] - 1e-12 * abs(best[0]):
                best = (cost, j, float((x[i] + x[i + 1]) / 2), i + 1, order)
    _, j, t, k, order = best
    left = X[:, j] <= t
    return j, t, float(r[left].mean()), float(r[~left].mean())


def fit_gb_stumps(X, y, *, n_estimators, learning_rate):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if X.ndim != 2 or y.shape != (len(X),):
        raise ValueError("bad shapes")
    if n_estimators < 0 or learning_rate <= 0:
        raise ValueError("bad n_estimators or learning_rate")
    if n_estimators and not any(np.ptp(X[:, j]) > 0 for j in range(X.shape[1])):
        raise ValueError("no feature can split")
    init = float(np.mean(y))
    F = np.full(len(y), init)
    stumps = []
    for _ in range(n_estimators):
        stump = _best_stump(X, y - F)
        stumps.append(stump)
        j, t, a, b = stump
        F += learning_rate * np.where(X[:, j] <= t, a, b)
    return init, stumps


def predict_gb(X, init, stumps, *, learning_rate):
    X = np.asarray(X, dtype=np.float64)
    total = np.zeros(len(X))
    for j, t, a, b in stumps:
        total += np.where(X[:, j] <= t, a, b)
    return float(init) + learning_rate * total
