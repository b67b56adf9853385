"""Always rescales: the scale is max_norm / global_norm even when the norm is already below max_norm.

Clipping only ever shrinks: when global_norm ≤ max_norm the gradients are left as they are.
Use scale = max_norm / max(global_norm, max_norm).
"""
import numpy as np


def clip_by_global_norm(grads, max_norm):
    global_norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads)))
    scale = max_norm / global_norm if grads else 1.0
    return [g * scale for g in grads], global_norm
