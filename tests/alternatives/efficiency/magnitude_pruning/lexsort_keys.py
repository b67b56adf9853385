"""np.lexsort on (index, magnitude): the pruning order made explicit, magnitude first, index second."""
import numpy as np


def magnitude_prune(w, sparsity):
    w = np.array(w, dtype=float)
    if w.ndim == 0:
        raise ValueError("w must be at least 1-D")
    if not (sparsity >= 0 and sparsity <= 1):
        raise ValueError("sparsity must lie in [0, 1]")
    flat = np.abs(w).reshape(-1)
    index = np.arange(flat.size)
    order = np.lexsort((index, flat))           # last key is primary: magnitude, then index
    n_prune = int(round(sparsity * flat.size))
    keep = np.ones(flat.size, dtype=bool)
    keep[order[:n_prune]] = False
    keep = keep.reshape(w.shape)
    out = np.zeros(w.shape)
    out[keep] = w[keep]
    return out, keep


def prune_2_4(w):
    w = np.array(w, dtype=float)
    if w.ndim == 0 or w.shape[-1] % 4:
        raise ValueError("last axis must be a multiple of 4")
    keep = np.zeros(w.shape, dtype=bool)
    flat_w = w.reshape(-1, 4)
    flat_keep = keep.reshape(-1, 4)
    for g in range(flat_w.shape[0]):
        mags = np.abs(flat_w[g])
        order = np.lexsort((np.arange(4), mags))
        flat_keep[g, order[2:]] = True
    out = np.zeros(w.shape)
    out[keep] = w[keep]
    return out, keep
