"""Plain loops with math: softplus and the sigmoid by a branch on the sign of z.
"""
import math

import numpy as np


def _pairs(r_chosen, r_rejected, margin):
    chosen, rejected = list(np.asarray(r_chosen, dtype=float)), np.asarray(r_rejected, dtype=float)
    if np.ndim(r_chosen) != 1 or np.shape(r_chosen) != np.shape(r_rejected) or len(chosen) == 0:
        raise ValueError("r_chosen and r_rejected must be non-empty 1-D arrays of one shape")
    margins = np.broadcast_to(np.asarray(margin, dtype=float), (len(chosen),)) if np.ndim(margin) == 0 else np.asarray(margin, dtype=float)
    if margins.shape != (len(chosen),):
        raise ValueError("margin has the wrong shape")
    return [float(c - r - m) for c, r, m in zip(chosen, rejected, margins)]


def _minus_log_sigmoid(z):
    # log(1 + e^(−z)): for z < 0 write it as −z + log(1 + e^z)
    return math.log1p(math.exp(-z)) if z >= 0 else -z + math.log1p(math.exp(z))


def _sigmoid(t):
    return 1.0 / (1.0 + math.exp(-t)) if t >= 0 else math.exp(t) / (1.0 + math.exp(t))


def bradley_terry_loss(r_chosen, r_rejected, margin=0.0):
    zs = _pairs(r_chosen, r_rejected, margin)
    return sum(_minus_log_sigmoid(z) for z in zs) / len(zs)


def bradley_terry_grad(r_chosen, r_rejected, margin=0.0):
    zs = _pairs(r_chosen, r_rejected, margin)
    n = len(zs)
    d_chosen = np.array([-_sigmoid(-z) / n for z in zs])
    return d_chosen, -d_chosen


def preference_accuracy(r_chosen, r_rejected):
    zs = _pairs(r_chosen, r_rejected, 0.0)
    return sum(1 for z in zs if z > 0) / len(zs)
