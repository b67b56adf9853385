"""Flatten everything into one vector, clip it, and cut it back into the original shapes."""
import numpy as np


def clip_by_global_norm(grads, max_norm):
    if not grads:
        return [], 0.0
    flat = np.concatenate([np.ravel(g) for g in grads])
    norm = np.linalg.norm(flat)
    if norm > max_norm:
        flat = flat * (max_norm / norm)
    else:
        flat = flat.copy()
    out, start = [], 0
    for g in grads:
        size = np.size(g)
        out.append(flat[start:start + size].reshape(np.shape(g)))
        start += size
    return out, float(norm)
