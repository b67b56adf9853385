"""Sum over samples: Σ instead of the mean (1/N)·Σ, in the objective and the gradient.

The objective is the mean over the N samples, so each gradient entry carries a 1/N.
"""
import numpy as np


def ppo_clip_objective(log_probs, old_log_probs, advantages, clip_eps):
    log_probs = np.asarray(log_probs, dtype=float)
    old_log_probs = np.asarray(old_log_probs, dtype=float)
    advantages = np.asarray(advantages, dtype=float)
    if (log_probs.ndim != 1 or log_probs.size < 1 or old_log_probs.shape != log_probs.shape
            or advantages.shape != log_probs.shape or not clip_eps > 0):
        raise ValueError("bad input")
    n = log_probs.size
    ratio = np.exp(log_probs - old_log_probs)
    clipped = np.clip(ratio, 1.0 - clip_eps, 1.0 + clip_eps)
    plain, cut = ratio * advantages, clipped * advantages
    objective = float(np.sum(np.minimum(plain, cut)))
    grad = np.where(plain <= cut, plain, 0.0)
    return objective, grad
