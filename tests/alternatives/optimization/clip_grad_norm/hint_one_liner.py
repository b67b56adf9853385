"""The manifest's hint, almost verbatim: a generator sum and a list comprehension."""
import numpy as np


def clip_by_global_norm(grads, max_norm):
    total = np.sqrt(sum(np.sum(g ** 2) for g in grads))
    scale = max_norm / max(total, max_norm)
    return [g * scale for g in grads], float(total)
