"""Inverted ratio: exp(old_log_probs − log_probs) instead of exp(log_probs − old_log_probs).

The ratio is new over old, pi_new(a|s) / pi_old(a|s) = exp(log_probs − old_log_probs); its derivative with respect to log_probs is the ratio itself.
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
    ratio = np.exp(old_log_probs - log_probs)
    clipped = np.clip(ratio, 1.0 - clip_eps, 1.0 + clip_eps)
    plain, cut = ratio * advantages, clipped * advantages
    objective = float(np.mean(np.minimum(plain, cut)))
    grad = np.where(plain <= cut, plain, 0.0) / n
    return objective, grad
