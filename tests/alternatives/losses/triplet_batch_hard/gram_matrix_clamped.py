"""Distances from the Gram matrix ‖a‖² + ‖b‖² − 2a·b, clamped at 0 before the square root, and masked reductions."""
import numpy as np


def batch_hard_triplet_loss(embeddings, labels, margin=0.2, squared=False):
    x = np.array(embeddings, dtype=float)
    y = np.array(labels)
    if x.ndim != 2 or x.shape[1] == 0:
        raise ValueError("embeddings")
    if y.shape != (x.shape[0],):
        raise ValueError("labels")
    if margin < 0:
        raise ValueError("margin")
    sq = (x ** 2).sum(axis=1)
    d = np.maximum(sq[:, None] + sq[None, :] - 2.0 * (x @ x.T), 0.0)
    np.fill_diagonal(d, 0.0)
    if not squared:
        d = np.sqrt(d)
    out = []
    for i in range(len(x)):
        same = y == y[i]
        same[i] = False
        other = y != y[i]
        if same.any() and other.any():
            out.append(max(0.0, d[i][same].max() - d[i][other].min() + margin))
    return float(np.mean(out)) if out else 0.0
