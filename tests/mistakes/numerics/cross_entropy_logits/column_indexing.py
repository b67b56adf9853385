"""Picks the true-class logits with z[:, labels], an (n, n) matrix of every row at every label, instead of z[np.arange(n), labels].

z[:, labels] takes the columns labels[0], labels[1], … from EVERY row. To take one entry per
row, pair the row and column indices: z[np.arange(n), labels].
"""
import numpy as np


def _check(logits, labels):
    z = np.asarray(logits, dtype=float)
    labels = np.asarray(labels)
    if z.ndim != 2 or labels.ndim != 1 or len(labels) != len(z) or len(z) == 0:
        raise ValueError("bad shapes")
    if np.any(labels < 0) or np.any(labels >= z.shape[1]):
        raise ValueError("label out of range")
    return z, labels


def cross_entropy(logits, labels):
    z, labels = _check(logits, labels)
    m = np.max(z, axis=1, keepdims=True)
    lse = m + np.log(np.sum(np.exp(z - m), axis=1, keepdims=True))
    return float(np.mean(lse - z[:, labels]))
