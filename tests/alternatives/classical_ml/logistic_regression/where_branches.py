"""Vectorised, with the stable softplus written as max(z, 0) + log1p(exp(−|z|))."""
import numpy as np


def fit_logistic_regression(X, y, *, learning_rate, n_steps, l2=0.0):
    X = np.array(X, dtype=np.float64)
    y = np.array(y, dtype=np.float64)
    n = len(y)
    w = np.zeros(X.shape[1])
    b = 0.0
    history = []
    for _ in range(n_steps):
        z = X.dot(w) + b
        softplus = np.maximum(z, 0.0) + np.log1p(np.exp(-np.abs(z)))
        history.append(float(np.mean(softplus - y * z) + l2 / 2 * np.dot(w, w)))
        e = np.exp(-np.abs(z))
        p = np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
        error = p - y
        w, b = w - learning_rate * (X.T.dot(error) / n + l2 * w), b - learning_rate * error.mean()
    return w, float(b), np.array(history, dtype=np.float64).reshape(n_steps)
