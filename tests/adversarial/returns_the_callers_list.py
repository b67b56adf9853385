"""Hands the caller's own list back (refilled with copies of the arrays) when nothing needs
clipping: every array is new, but the list is the caller's, though the statement asks for a new
list."""
# expect: failed
# kata: optimization/clip_grad_norm
import numpy as np


def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(float(np.sum(np.square(g))) for g in grads)))
    if norm <= max_norm:
        grads[:] = [np.array(g, dtype=float) for g in grads]
        return grads, norm
    return [np.asarray(g, dtype=float) * (max_norm / norm) for g in grads], norm
