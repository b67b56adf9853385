"""Takes −log(softmax(z)[y]): a probability that underflows to 0 gives an infinite loss instead of 1000.

softmax([0, −1000]) is [1, 0] in float64. Stay in log space: loss = logsumexp(z) − z[y].
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
    e = np.exp(z - np.max(z, axis=1, keepdims=True))
    p = e / np.sum(e, axis=1, keepdims=True)
    with np.errstate(divide="ignore"):
        return float(np.mean(-np.log(p[np.arange(len(z)), labels])))
