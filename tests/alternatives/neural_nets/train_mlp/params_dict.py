"""Parameters in a dict updated by name, softmax probabilities clipped away from 0 only for the log."""
import math

import numpy as np


def make_spirals(n_per_class, *, noise, seed):
    rng = np.random.default_rng(seed)
    eps = rng.normal(loc=0.0, scale=noise, size=(2, n_per_class))
    r = (np.arange(n_per_class) + 1.0) / n_per_class
    angles = 2.0 * np.pi * r[None, :] + np.pi * np.arange(2)[:, None] + eps      # (2, n)
    X = np.stack([r * np.cos(angles), r * np.sin(angles)], axis=-1).reshape(-1, 2)
    y = np.arange(2).repeat(n_per_class).astype(np.int64)
    return X, y


def train_mlp(X, y, *, hidden, learning_rate, n_steps, seed):
    n, d = X.shape
    c = int(np.max(y)) + 1
    rng = np.random.default_rng(seed)
    P = {"W1": rng.standard_normal((d, hidden)) * math.sqrt(2.0 / d)}
    P["W2"] = rng.standard_normal((hidden, c)) * math.sqrt(2.0 / hidden)
    P["b1"], P["b2"] = np.zeros(hidden), np.zeros(c)
    losses = []
    for _ in range(n_steps):
        h = X @ P["W1"] + P["b1"]
        a = np.maximum(0.0, h)
        s = a @ P["W2"] + P["b2"]
        s -= s.max(axis=1, keepdims=True)
        p = np.exp(s)
        p /= p.sum(axis=1, keepdims=True)
        losses.append(float(np.mean(np.log(p.sum(axis=1) / np.maximum(p[np.arange(n), y], 1e-300)))))
        ds = p.copy()
        ds[np.arange(n), y] -= 1.0
        ds /= n
        dh = ds @ P["W2"].T
        dh[h <= 0] = 0.0
        grads = {"W1": X.T @ dh, "b1": dh.sum(0), "W2": a.T @ ds, "b2": ds.sum(0)}
        for name in P:
            P[name] = P[name] - learning_rate * grads[name]
    return (P["W1"], P["b1"], P["W2"], P["b2"]), np.array(losses).reshape(n_steps)
