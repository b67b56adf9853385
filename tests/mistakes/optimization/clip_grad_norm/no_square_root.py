"""Norm without the square root: it uses the sum of squares as the global norm.

The Euclidean norm is the square root of the sum of squares: global_norm = sqrt(Σ g²).
"""
import numpy as np


def clip_by_global_norm(grads, max_norm):
    global_norm = float(sum(np.sum(g ** 2) for g in grads))
    scale = max_norm / max(global_norm, max_norm)
    return [g * scale for g in grads], global_norm
