"""Small layer helpers, standard_normal draws scaled by hand, in-place updates on fresh copies, polar data via lists."""
import numpy as np


def make_spirals(n_per_class, *, noise, seed):
    rng = np.random.default_rng(seed)
    noise_0 = rng.normal(0.0, noise, size=n_per_class)    # row 0 of the (2, n) draw ...
    noise_1 = rng.normal(0.0, noise, size=n_per_class)    # ... then row 1: the same numbers
    radius = np.linspace(1.0 / n_per_class, 1.0, n_per_class)
    points, labels = [], []
    for k, eps in enumerate((noise_0, noise_1)):
        theta = 2.0 * np.pi * radius + k * np.pi + eps
        points.append(np.stack([radius * np.cos(theta), radius * np.sin(theta)], axis=1))
        labels.append(np.full(n_per_class, k, dtype=np.int64))
    return np.concatenate(points), np.concatenate(labels)


def _loss_and_dscores(scores, y):
    n = len(y)
    log_probs = scores - np.logaddexp.reduce(scores, axis=1, keepdims=True)
    d = np.exp(log_probs)
    d[np.arange(n), y] -= 1.0
    return -log_probs[np.arange(n), y].mean(), d / n


def train_mlp(X, y, *, hidden, learning_rate, n_steps, seed):
    d, c = X.shape[1], int(np.max(y)) + 1
    rng = np.random.default_rng(seed)
    W1 = rng.standard_normal((d, hidden)) * np.sqrt(2.0 / d)
    W2 = rng.standard_normal((hidden, c)) * np.sqrt(2.0 / hidden)
    b1, b2 = np.zeros(hidden), np.zeros(c)
    losses = []
    for _ in range(n_steps):
        h = X @ W1 + b1
        a = np.where(h > 0, h, 0.0)
        loss, ds = _loss_and_dscores(a @ W2 + b2, y)
        losses.append(loss)
        dh = np.where(h > 0, ds @ W2.T, 0.0)
        grads = (X.T @ dh, dh.sum(axis=0), a.T @ ds, ds.sum(axis=0))
        for param, grad in zip((W1, b1, W2, b2), grads):
            param -= learning_rate * grad
    return (W1, b1, W2, b2), np.array(losses, dtype=np.float64)
