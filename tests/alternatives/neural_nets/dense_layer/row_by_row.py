"""A loop over the examples: each row adds its outer product to dW and its dout row to db."""
import numpy as np


def dense_forward(x, W, b):
    out = np.zeros((x.shape[0], W.shape[1]))
    for n in range(x.shape[0]):
        out[n] = x[n] @ W + b
    return out


def dense_backward(dout, x, W):
    n_rows, d = x.shape
    dx = np.zeros((n_rows, d))
    dW = np.zeros_like(W, dtype=float)
    db = np.zeros(W.shape[1])
    for n in range(n_rows):
        dx[n] = W @ dout[n]
        dW += np.outer(x[n], dout[n])
        db += dout[n]
    return dx, dW, db
