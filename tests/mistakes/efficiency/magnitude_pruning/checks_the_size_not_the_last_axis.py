"""Checks that w.size is a multiple of 4 instead of the last axis: a (4, 3) array is grouped across rows.

A 2:4 group never crosses a row: the LAST axis must have a length divisible by 4.
"""
import numpy as np

NAMED_BY_MESSAGE = "groups never cross a row"


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
    if w.ndim == 0 or w.size % 4 != 0:
        raise ValueError("last axis")
    groups = np.abs(w).reshape(-1, 4)
    order = np.argsort(groups, axis=1, kind="stable")
    mask = np.ones(groups.shape, dtype=bool)
    mask[np.arange(groups.shape[0])[:, None], order[:, :2]] = False
    mask = mask.reshape(w.shape)
    return np.where(mask, w, 0.0), mask
