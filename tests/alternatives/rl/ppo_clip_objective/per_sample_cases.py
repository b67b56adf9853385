"""A loop over the samples with the four cases spelled out (sign of A, side of the range)."""
import math

import numpy as np


def ppo_clip_objective(log_probs, old_log_probs, advantages, clip_eps):
    new, old, adv = (np.asarray(x, dtype=float) for x in (log_probs, old_log_probs, advantages))
    if new.ndim != 1 or len(new) == 0 or old.shape != new.shape or adv.shape != new.shape:
        raise ValueError("shapes")
    if clip_eps <= 0:
        raise ValueError("clip_eps")
    n = len(new)
    total = 0.0
    grad = np.zeros(n)
    for i in range(n):
        r = math.exp(new[i] - old[i])
        a = adv[i]
        if a > 0 and r > 1 + clip_eps:
            total += (1 + clip_eps) * a
        elif a < 0 and r < 1 - clip_eps:
            total += (1 - clip_eps) * a
        else:
            total += r * a
            grad[i] = r * a / n
    return total / n, grad
