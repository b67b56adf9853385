"""Softmax probabilities with an explicit one-hot matrix, the loss as −log of the true class's probability."""
import math

import numpy as np


def make_spirals(n_per_class, *, noise, seed):
    eps = np.random.default_rng(seed).normal(0.0, noise, size=(2, n_per_class))
    X = np.zeros((2 * n_per_class, 2))
    y = np.zeros(2 * n_per_class, dtype=np.int64)
    row = 0
    for k in range(2):
        for i in range(n_per_class):
            r = (i + 1) / n_per_class
            angle = 2 * math.pi * r + k * math.pi + eps[k, i]
            X[row] = (r * math.cos(angle), r * math.sin(angle))
            y[row] = k
            row += 1
    return X, y


def train_mlp(X, y, *, hidden, learning_rate, n_steps, seed):
    n, d = X.shape
    c = y.max() + 1
    onehot = np.eye(c)[y]
    rng = np.random.default_rng(seed)
    params = [rng.normal(0.0, math.sqrt(2.0 / d), size=(d, hidden)), np.zeros(hidden)]
    params[2:] = [rng.normal(0.0, math.sqrt(2.0 / hidden), size=(hidden, c)), np.zeros(c)]
    losses = np.zeros(n_steps)
    for k in range(n_steps):
        W1, b1, W2, b2 = params
        pre = X @ W1 + b1
        act = pre * (pre > 0)
        s = act @ W2 + b2
        e = np.exp(s - s.max(axis=1, keepdims=True))
        probs = e / e.sum(axis=1, keepdims=True)
        losses[k] = -np.sum(onehot * np.log(probs)) / n
        ds = (probs - onehot) / n
        dpre = (ds @ W2.T) * (pre > 0)
        grads = [X.T @ dpre, dpre.sum(axis=0), act.T @ ds, ds.sum(axis=0)]
        params = [p - learning_rate * g for p, g in zip(params, grads)]
    return tuple(params), losses
