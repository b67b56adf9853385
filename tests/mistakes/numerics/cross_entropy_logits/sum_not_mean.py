"""Sums the per-example losses instead of averaging them.

torch.nn.functional.cross_entropy (reduction='mean') and this statement take the mean over the
n examples: divide the sum by n.
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
    lse = m[:, 0] + np.log(np.sum(np.exp(z - m), axis=1))
    return float(np.sum(lse - z[np.arange(len(z)), labels]))
