"""Vectorised over samples with a scatter-add one-hot (np.add.at); scores shifted by the row max."""
import numpy as np


def fit_softmax_regression(X, y, *, n_classes, learning_rate, n_steps, l2=0.0):
    X = np.array(X, dtype=np.float64)
    y = np.array(y, dtype=np.int64)
    if ((y < 0) | (y >= n_classes)).any():
        raise ValueError("label outside 0..n_classes-1")
    n, d = X.shape
    W = np.zeros((d, n_classes))
    b = np.zeros(n_classes)
    Y = np.zeros((n, n_classes))
    np.add.at(Y, (np.arange(n), y), 1.0)
    losses = []
    for _ in range(n_steps):
        S = X @ W + b
        S -= S.max(axis=1)[:, None]
        lse = np.log(np.exp(S).sum(axis=1))
        losses.append(np.mean(lse - S[np.arange(n), y]) + 0.5 * l2 * (W ** 2).sum())
        P = np.exp(S - lse[:, None])
        D = P - Y
        W = W - learning_rate * (X.T @ D / n + l2 * W)
        b = b - learning_rate * D.sum(axis=0) / n
    return W, b, np.asarray(losses, dtype=np.float64).reshape(-1)


def predict_softmax_regression(X, W, b):
    return (np.asarray(X, dtype=float) @ W + b).argmax(axis=1).astype(np.int64)
