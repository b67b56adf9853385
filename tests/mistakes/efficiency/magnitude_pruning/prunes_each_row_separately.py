"""Prunes the same fraction of each row (a per-row threshold) instead of one threshold over the whole array.

Unstructured magnitude pruning ranks ALL entries together: a row of small weights may lose all of them.
"""
import numpy as np


def magnitude_prune(w, sparsity):
    w = np.asarray(w, dtype=np.float64)
    if w.ndim == 0:
        raise ValueError("scalar")
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError("sparsity")
    k = 0
    order = np.argsort(np.abs(w).ravel(), kind="stable")
    mask = np.ones(w.size, dtype=bool)
    mask[order[:k]] = False
    mask = mask.reshape(w.shape)
    return _per_row(w, sparsity, mask), mask


def prune_2_4(w):
    w = np.asarray(w, dtype=np.float64)
    if w.ndim == 0 or w.shape[-1] % 4 != 0:
        raise ValueError("last axis")
    groups = np.abs(w).reshape(-1, 4)
    order = np.argsort(groups, axis=1, kind="stable")
    mask = np.ones(groups.shape, dtype=bool)
    mask[np.arange(groups.shape[0])[:, None], order[:, :2]] = False
    mask = mask.reshape(w.shape)
    return np.where(mask, w, 0.0), mask


def _per_row(w, sparsity, mask):
    rows = w.reshape(w.shape[0], -1) if w.ndim > 1 else w.reshape(1, -1)
    keep = np.ones(rows.shape, dtype=bool)
    k = round(float(sparsity) * rows.shape[1])
    for i in range(rows.shape[0]):
        keep[i, np.argsort(np.abs(rows[i]), kind="stable")[:k]] = False
    mask[...] = keep.reshape(w.shape)
    return np.where(mask, w, 0.0)
