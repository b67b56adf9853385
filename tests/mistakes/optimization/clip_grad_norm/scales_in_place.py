"""Scales the input arrays in place (g *= scale), modifying the caller's gradients.

The caller still owns `grads`: return new arrays (g * scale makes a copy) and leave the inputs
as they were.
"""
import numpy as np

NAMED_BY_MESSAGE = "modified its argument `grads`"


def clip_by_global_norm(grads, max_norm):
    global_norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads)))
    scale = max_norm / max(global_norm, max_norm)
    for g in grads:
        g *= scale
    return list(grads), global_norm
