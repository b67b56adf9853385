"""db1 not summed over the batch: it returns the (N, H) array dh instead of its column sums.

b1 is added to every row, so its gradient is dh.sum(axis=0), shape (H,).
"""
import numpy as np


def mlp_backprop(X, y, W1, b1, W2, b2):
    n = X.shape[0]
    h = X @ W1 + b1
    a = np.maximum(h, 0.0)
    s = a @ W2 + b2
    s = s - s.max(axis=1, keepdims=True)
    p = np.exp(s) / np.exp(s).sum(axis=1, keepdims=True)
    loss = np.mean(np.log(np.exp(s).sum(axis=1)) - s[np.arange(n), y])
    onehot = np.zeros_like(p)
    onehot[np.arange(n), y] = 1.0
    ds = (p - onehot) / n
    dW2 = a.T @ ds
    db2 = ds.sum(axis=0)
    da = ds @ W2.T
    dh = da * (h > 0)
    dW1 = X.T @ dh
    db1 = dh.copy()
    return float(loss), (dW1, db1, dW2, db2)
