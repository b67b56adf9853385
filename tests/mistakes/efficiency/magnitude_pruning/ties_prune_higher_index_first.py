"""Breaks ties the other way: among equal |w| it prunes the HIGHER index first (keeps the first ones found by a descending sort).

The statement prunes the lower index first: a stable ascending sort of |w| is the pruning order.
"""
import numpy as np


def magnitude_prune(w, sparsity):
    w = np.asarray(w, dtype=np.float64)
    if w.ndim == 0:
        raise ValueError("scalar")
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError("sparsity")
    k = round(float(sparsity) * w.size)
    order = np.argsort(-np.abs(w).ravel(), kind="stable")[::-1]
    mask = np.ones(w.size, dtype=bool)
    mask[order[:k]] = False
    mask = mask.reshape(w.shape)
    return np.where(mask, w, 0.0), mask


def prune_2_4(w):
    w = np.asarray(w, dtype=np.float64)
    if w.ndim == 0 or w.shape[-1] % 4 != 0:
        raise ValueError("last axis")
    groups = np.abs(w).reshape(-1, 4)
    order = np.argsort(-groups, axis=1, kind="stable")[:, ::-1]
    mask = np.ones(groups.shape, dtype=bool)
    mask[np.arange(groups.shape[0])[:, None], order[:, :2]] = False
    mask = mask.reshape(w.shape)
    return np.where(mask, w, 0.0), mask
