"""Forms the 2:4 groups with reshape(4, -1) (every (n/4)-th entry, strided) instead of reshape(-1, 4) (4 consecutive entries).

A 2:4 group is 4 CONSECUTIVE entries of the last axis: entries 0–3, 4–7, ... of each row. np.abs(w).reshape(-1, 4)
makes one row per group; reshape(4, -1) and grouping down its columns mixes entries far apart.
"""
import numpy as np


def magnitude_prune(w, sparsity):
    w = np.asarray(w, dtype=np.float64)
    if w.ndim == 0:
        raise ValueError("scalar")
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError("sparsity")
    k = round(float(sparsity) * w.size)
    order = np.argsort(np.abs(w).ravel(), kind="stable")
    mask = np.ones(w.size, dtype=bool)
    mask[order[:k]] = False
    mask = mask.reshape(w.shape)
    return np.where(mask, w, 0.0), mask


def prune_2_4(w):
    w = np.asarray(w, dtype=np.float64)
    if w.ndim == 0 or w.shape[-1] % 4 != 0:
        raise ValueError("last axis")
    columns = np.abs(w).reshape(4, -1)              # each COLUMN taken as a group: strided
    order = np.argsort(columns, axis=0, kind="stable")
    mask = np.ones(columns.shape, dtype=bool)
    mask[order[:2, :], np.arange(columns.shape[1])[None, :]] = False
    mask = mask.reshape(w.shape)
    return np.where(mask, w, 0.0), mask
