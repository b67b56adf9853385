"""Loops: fit with dicts per class, score each test row and class separately, normalise with math."""
import math

import numpy as np


def gaussian_naive_bayes(X_train, y_train, X_test, *, var_smoothing=1e-9):
    n, d = X_train.shape
    if n == 0:
        raise ValueError("empty training set")
    eps = var_smoothing * max(float(np.mean((X_train[:, j] - X_train[:, j].mean()) ** 2)) for j in range(d))
    classes = sorted(set(int(v) for v in y_train))
    stats = {}
    for c in classes:
        rows = X_train[y_train == c]
        mu = rows.sum(axis=0) / len(rows)
        var = ((rows - mu) ** 2).sum(axis=0) / len(rows) + eps
        if (var == 0).any():
            raise ValueError("zero variance")
        stats[c] = (math.log(len(rows) / n), mu, var)
    predictions, log_proba = [], []
    for x in X_test:
        jll = []
        for c in classes:
            log_prior, mu, var = stats[c]
            jll.append(log_prior + sum(-0.5 * math.log(2 * math.pi * v) - 0.5 * (xi - m) ** 2 / v
                                       for xi, m, v in zip(x, mu, var)))
        top = max(jll)
        norm = top + math.log(sum(math.exp(j - top) for j in jll))
        log_proba.append([j - norm for j in jll])
        predictions.append(classes[jll.index(top)])      # index(): the first maximum
    return np.array(predictions, dtype=np.int64), np.array(log_proba, dtype=float).reshape(len(X_test), len(classes))
