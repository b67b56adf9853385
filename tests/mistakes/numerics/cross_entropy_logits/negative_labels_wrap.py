"""Only checks labels ≥ k: a label of −1 silently reads the last class, because numpy indexing wraps negative indices.

Check both ends: raise ValueError unless 0 ≤ label < k for every label (np.any(labels < 0)).
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"


def cross_entropy(logits, labels):
    z = np.asarray(logits, dtype=float)
    labels = np.asarray(labels)
    if z.ndim != 2 or labels.ndim != 1 or len(labels) != len(z) or len(z) == 0:
        raise ValueError("bad shapes")
    if np.any(labels >= z.shape[1]):
        raise ValueError("label out of range")
    m = np.max(z, axis=1, keepdims=True)
    lse = m[:, 0] + np.log(np.sum(np.exp(z - m), axis=1))
    return float(np.mean(lse - z[np.arange(len(z)), labels]))
