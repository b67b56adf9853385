"""Counts the entries to prune with int(sparsity · n), truncating: n = 5 at 0.7 prunes 3, not round(3.5) = 4.

The statement rounds with Python's round() (half to even), as torch.nn.utils.prune does.
"""
import numpy as np


def magnitude_prune(w, sparsity):
    w = np.asarray(w, dtype=np.float64)
    if w.ndim == 0:
        raise ValueError("scalar")
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError("sparsity")
    k = int(float(sparsity) * w.size)
    order = np.argsort(np.abs(w).ravel(), kind="stable")
    mask = np.ones(w.size, dtype=bool)
    mask[order[:k]] = False
    mask = mask.reshape(w.shape)
    return np.where(mask, w, 0.0), mask


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
