"""Returns the norm after clipping instead of the norm before clipping.

The second value is the global norm of the gradients that came in (what you would log to
spot exploding gradients), computed before any scaling.
"""
import numpy as np


def clip_by_global_norm(grads, max_norm):
    global_norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads)))
    scale = max_norm / max(global_norm, max_norm)
    clipped = [g * scale for g in grads]
    return clipped, float(np.sqrt(sum(np.sum(c ** 2) for c in clipped)))
