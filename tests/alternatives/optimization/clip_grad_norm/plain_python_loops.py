"""Linalg norms per array, combined with math.hypot-style accumulation, and an explicit if."""
import math

import numpy as np


def clip_by_global_norm(grads, max_norm):
    norms = [float(np.linalg.norm(np.ravel(g))) for g in grads]
    global_norm = math.sqrt(sum(n * n for n in norms))
    if global_norm <= max_norm:
        return [np.array(g, dtype=np.float64, copy=True) for g in grads], global_norm
    factor = max_norm / global_norm
    return [np.multiply(g, factor) for g in grads], global_norm
