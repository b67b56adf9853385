"""Returns nan for an empty batch (np.mean of nothing, as torch does) instead of raising ValueError.

The statement pins n = 0: raise ValueError. Check it before averaging.
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"


def cross_entropy(logits, labels):
    z = np.asarray(logits, dtype=float)
    labels = np.asarray(labels)
    if z.ndim != 2 or labels.ndim != 1 or len(labels) != len(z):
        raise ValueError("bad shapes")
    if np.any(labels < 0) or np.any(labels >= z.shape[1]):
        raise ValueError("label out of range")
    if len(z) == 0:
        return float("nan")
    m = np.max(z, axis=1, keepdims=True)
    lse = m[:, 0] + np.log(np.sum(np.exp(z - m), axis=1))
    return float(np.mean(lse - z[np.arange(len(z)), labels]))
