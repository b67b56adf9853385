"""No hinge: d_pos − d_neg + margin is averaged even where it is negative.

Each anchor costs max(0, d_pos − d_neg + margin).
"""
import numpy as np


def batch_hard_triplet_loss(embeddings, labels, margin=0.2, squared=False):
    x = np.asarray(embeddings, dtype=np.float64)
    y = np.asarray(labels)
    if x.ndim != 2 or x.shape[1] == 0:
        raise ValueError("embeddings must be (N, D) with D >= 1")
    if y.shape != (x.shape[0],):
        raise ValueError("labels must have shape (N,)")
    if not margin >= 0:
        raise ValueError("margin must be >= 0")
    n = x.shape[0]
    diff = x[:, None, :] - x[None, :, :]
    dist = np.sum(diff * diff, axis=2)
    if not squared:
        dist = np.sqrt(dist)
    same = y[:, None] == y[None, :]
    positive = same & ~np.eye(n, dtype=bool)
    negative = ~same
    valid = positive.any(axis=1) & negative.any(axis=1)
    if not valid.any():
        return 0.0
    hardest_pos = np.where(positive, dist, -np.inf).max(axis=1)
    hardest_neg = np.where(negative, dist, np.inf).min(axis=1)
    terms = hardest_pos[valid] - hardest_neg[valid] + margin
    return float(np.mean(terms))
