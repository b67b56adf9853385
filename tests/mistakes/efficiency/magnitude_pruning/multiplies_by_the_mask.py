"""Applies the mask as w · mask: a pruned negative entry becomes -0.0, not 0.0.

-3.0 · 0 is -0.0 in IEEE arithmetic; use np.where(mask, w, 0.0) so pruned entries are exactly 0.0.
"""
import numpy as np

NAMED_BY_MESSAGE = "came back as -0.0"


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
    return w * mask, mask


def prune_2_4(w):
    w = np.asarray(w, dtype=np.float64)
    if w.ndim == 0 or w.shape[-1] % 4 != 0:
        raise ValueError("last axis")
    groups = np.abs(w).reshape(-1, 4)
    order = np.argsort(groups, axis=1, kind="stable")
    mask = np.ones(groups.shape, dtype=bool)
    mask[np.arange(groups.shape[0])[:, None], order[:, :2]] = False
    mask = mask.reshape(w.shape)
    return w * mask, mask
