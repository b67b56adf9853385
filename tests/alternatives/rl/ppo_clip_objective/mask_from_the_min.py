"""The surrogate through np.minimum; the gradient mask from which term the min picked."""
import numpy as np


def ppo_clip_objective(log_probs, old_log_probs, advantages, clip_eps):
    lp = np.array(log_probs, dtype=np.float64)
    old = np.array(old_log_probs, dtype=np.float64)
    adv = np.array(advantages, dtype=np.float64)
    if lp.ndim != 1 or lp.shape != old.shape or lp.shape != adv.shape or lp.size == 0 or not clip_eps > 0:
        raise ValueError("invalid input")
    ratio = np.exp(lp - old)
    surrogate = np.minimum(ratio * adv, np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * adv)
    picked_unclipped = surrogate == ratio * adv
    return float(surrogate.mean()), np.where(picked_unclipped, ratio * adv / lp.size, 0.0)
