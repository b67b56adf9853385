"""One example at a time with outer products, gradients accumulated and divided by N at the end."""
import math

import numpy as np


def mlp_backprop(X, y, W1, b1, W2, b2):
    n = X.shape[0]
    dW1, db1 = np.zeros(W1.shape), np.zeros(b1.shape)
    dW2, db2 = np.zeros(W2.shape), np.zeros(b2.shape)
    total = 0.0
    for x, label in zip(X, y):
        h = x @ W1 + b1
        a = np.maximum(h, 0.0)
        s = a @ W2 + b2
        m = s.max()
        e = np.exp(s - m)
        total += m + math.log(e.sum()) - s[label]
        ds = e / e.sum()
        ds[label] -= 1.0
        dW2 += np.outer(a, ds)
        db2 += ds
        dh = (W2 @ ds) * (h > 0)
        dW1 += np.outer(x, dh)
        db1 += dh
    return total / n, (dW1 / n, db1 / n, dW2 / n, db2 / n)
