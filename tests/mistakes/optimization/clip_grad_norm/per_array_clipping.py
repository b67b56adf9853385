"""Per-array clipping: each array is clipped by its own norm instead of by the global norm.

Clipping by global norm uses ONE scale for all arrays, computed from the norm of all of them
together (as if flattened into one vector); clipping each array separately changes the
direction of the update.
"""
import numpy as np


def clip_by_global_norm(grads, max_norm):
    global_norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads)))
    clipped = []
    for g in grads:
        own_norm = float(np.sqrt(np.sum(g ** 2)))
        clipped.append(g * (max_norm / max(own_norm, max_norm)))
    return clipped, global_norm
