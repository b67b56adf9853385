"""Bias as an extra row of Θ (a column of ones in X), log-sum-exp by np.logaddexp.reduce, one-hot by comparison."""
import numpy as np


def fit_softmax_regression(X, y, *, n_classes, learning_rate, n_steps, l2=0.0):
    y = np.asarray(y)
    if y.size and (y.min() < 0 or y.max() > n_classes - 1):
        raise ValueError("labels must lie in 0 .. n_classes - 1")
    X = np.asarray(X, dtype=float)
    n, d = X.shape
    A = np.concatenate([X, np.ones((n, 1))], axis=1)
    theta = np.zeros((d + 1, n_classes))
    onehot = (y[:, None] == np.arange(n_classes)[None, :]).astype(float)
    penalty_mask = np.ones((d + 1, 1))
    penalty_mask[d] = 0.0
    losses = np.zeros(n_steps)
    for step in range(n_steps):
        S = A @ theta
        log_z = np.logaddexp.reduce(S, axis=1, keepdims=True)
        log_p = S - log_z
        W = theta[:d]
        losses[step] = -np.sum(onehot * log_p) / n + l2 / 2 * np.sum(W * W)
        grad = A.T @ (np.exp(log_p) - onehot) / n + l2 * penalty_mask * theta
        theta = theta - learning_rate * grad
    return theta[:d].copy(), theta[d].copy(), losses


def predict_softmax_regression(X, W, b):
    S = np.asarray(X, dtype=float) @ np.asarray(W, dtype=float) + np.asarray(b, dtype=float)
    if S.shape[0] == 0:
        return np.zeros(0, dtype=np.int64)
    best = S.max(axis=1, keepdims=True)
    # the first column that reaches the row maximum
    return np.argmax(S == best, axis=1).astype(np.int64)
