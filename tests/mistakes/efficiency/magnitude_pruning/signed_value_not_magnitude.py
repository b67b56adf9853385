"""Ranks by the signed value w instead of |w|: large negative weights are pruned first.

Magnitude pruning ranks by |w|: -1e6 matters as much as 1e6. Sort np.abs(w).
"""
import numpy as np


def magnitude_prune(w, sparsity):
    w = np.asarray(w, dtype=np.float64)
    if w.ndim == 0:
        raise ValueError("scalar")
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError("sparsity")
    k = round(float(sparsity) * w.size)
    order = np.argsort(w.ravel(), kind="stable")
    mask = np.ones(w.size, dtype=bool)
    mask[order[:k]] = False
    mask = mask.reshape(w.shape)
    return np.where(mask, w, 0.0), mask


def prune_2_4(w):
    w = np.asarray(w, dtype=np.float64)
    if w.ndim == 0 or w.shape[-1] % 4 != 0:
        raise ValueError("last axis")
    groups = w.reshape(-1, 4)
    order = np.argsort(groups, axis=1, kind="stable")
    mask = np.ones(groups.shape, dtype=bool)
    mask[np.arange(groups.shape[0])[:, None], order[:, :2]] = False
    mask = mask.reshape(w.shape)
    return np.where(mask, w, 0.0), mask
