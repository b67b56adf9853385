"""Einsum for every product, a one-hot matrix for the labels, log-softmax via np.logaddexp.reduce."""
import numpy as np


def mlp_backprop(X, y, W1, b1, W2, b2):
    n, c = X.shape[0], W2.shape[1]
    onehot = np.eye(c)[y]
    h = np.einsum("nd,dh->nh", X, W1) + b1
    mask = (h > 0).astype(float)
    a = h * mask
    s = np.einsum("nh,hc->nc", a, W2) + b2
    log_p = s - np.logaddexp.reduce(s, axis=1)[:, None]
    loss = -np.einsum("nc,nc->", onehot, log_p) / n
    ds = (np.exp(log_p) - onehot) / n
    dh = np.einsum("nc,hc->nh", ds, W2) * mask
    return float(loss), (np.einsum("nd,nh->dh", X, dh), np.einsum("nh->h", dh),
                         np.einsum("nh,nc->hc", a, ds), np.einsum("nc->c", ds))
