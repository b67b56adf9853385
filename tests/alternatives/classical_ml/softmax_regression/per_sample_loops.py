"""Per-sample Python loops with math.exp and a hand-written stable log-sum-exp; argmax by a first-max scan."""
import math

import numpy as np


def fit_softmax_regression(X, y, *, n_classes, learning_rate, n_steps, l2=0.0):
    X = np.asarray(X, dtype=float)
    labels = [int(v) for v in y]
    if any(label < 0 or label >= n_classes for label in labels):
        raise ValueError("label out of range")
    n, d = X.shape
    k = n_classes
    W = [[0.0] * k for _ in range(d)]
    b = [0.0] * k
    losses = []
    for _ in range(n_steps):
        gW = [[0.0] * k for _ in range(d)]
        gb = [0.0] * k
        total = 0.0
        for row, label in zip(X.tolist(), labels):
            scores = [sum(row[j] * W[j][c] for j in range(d)) + b[c] for c in range(k)]
            top = max(scores)
            log_z = top + math.log(sum(math.exp(s - top) for s in scores))
            total += log_z - scores[label]
            for c in range(k):
                r = (math.exp(scores[c] - log_z) - (c == label)) / n
                gb[c] += r
                for j in range(d):
                    gW[j][c] += row[j] * r
        losses.append(total / n + 0.5 * l2 * sum(v * v for col in W for v in col))
        W = [[W[j][c] - learning_rate * (gW[j][c] + l2 * W[j][c]) for c in range(k)] for j in range(d)]
        b = [b[c] - learning_rate * gb[c] for c in range(k)]
    return np.array(W, dtype=float).reshape(d, k), np.array(b, dtype=float), np.array(losses, dtype=float)


def predict_softmax_regression(X, W, b):
    scores = np.asarray(X, dtype=float) @ W + b
    out = []
    for row in scores.tolist():
        best = 0
        for c in range(1, len(row)):
            if row[c] > row[best]:   # strictly greater: the first maximum stays
                best = c
        out.append(best)
    return np.array(out, dtype=np.int64)
