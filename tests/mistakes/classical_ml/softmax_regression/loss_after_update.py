"""Records the loss after each update instead of before it: losses[0] is not log k.

losses[k] is the loss at the point update k starts from: compute it from the scores before
updating W and b.
"""
import numpy as np


def fit_softmax_regression(X, y, *, n_classes, learning_rate, n_steps, l2=0.0):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    if np.any((y < 0) | (y >= n_classes)):
        raise ValueError("bad label")
    n, d = X.shape
    k = n_classes
    W, b = np.zeros((d, k)), np.zeros(k)
    Y = np.eye(k)[y]
    losses = []
    for _ in range(n_steps):
        S = X @ W + b
        S = S - S.max(axis=1, keepdims=True)
        log_P = S - np.log(np.exp(S).sum(axis=1, keepdims=True))
        P = np.exp(log_P)
        G = (P - Y) / n
        W, b = W - learning_rate * (X.T @ G + l2 * W), b - learning_rate * G.sum(axis=0)
        S = X @ W + b
        S = S - S.max(axis=1, keepdims=True)
        log_P = S - np.log(np.exp(S).sum(axis=1, keepdims=True))
        losses.append(-np.mean(log_P[np.arange(n), y]) + 0.5 * l2 * np.sum(W ** 2))
    return W, b, np.array(losses, dtype=float)


def predict_softmax_regression(X, W, b):
    return np.argmax(np.asarray(X, dtype=float) @ W + b, axis=1)
