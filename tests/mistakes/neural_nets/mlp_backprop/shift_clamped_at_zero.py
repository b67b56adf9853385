"""The softmax shift is max(row maximum, 0): scores far below 0 are not shifted up, exp underflows to 0 and the loss is log 0.

Subtract each row's own maximum, whatever its sign: the largest shifted score is then exactly 0.
"""
import numpy as np
def mlp_backprop(X, y, W1, b1, W2, b2):
    N = X.shape[0]
    h = X @ W1 + b1
    a = np.maximum(h, 0.0)
    s = a @ W2 + b2
    m = np.maximum(s.max(axis=1, keepdims=True), 0.0)
    logsum = m[:, 0] + np.log(np.exp(s - m).sum(axis=1))
    loss = float(np.mean(logsum - s[np.arange(N), y]))
    p = np.exp(s - logsum[:, None])
    p[np.arange(N), y] -= 1.0
    ds = p / N
    dW2 = a.T @ ds
    db2 = ds.sum(axis=0)
    da = ds @ W2.T
    dh = da * (h > 0)
    return loss, (X.T @ dh, dh.sum(axis=0), dW2, db2)
